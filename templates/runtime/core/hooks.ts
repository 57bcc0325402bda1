/**
 * Hooks: what a SOAP call does, told as it happens — each attempt's request and response, the
 * wait before a retry, the error a call ends with — for logs, metrics and traces (a span per
 * call and per attempt: README.md has an OpenTelemetry example), with no dependency on any of
 * them. Hooks observe and nothing more: every event is frozen, its texts are redacted by the
 * client (the password in none of its spellings), and nothing in it reaches the request being
 * sent or the credentials. A hook that throws, or returns a promise that rejects, is reported
 * to the logger's `warn` and the call goes on: a fault in telemetry must not turn a call that
 * went through (a create, say) into an error the caller would retry.
 *
 * The events of one call, in order: per attempt `request`, then `response` when an HTTP answer
 * came; `retry` between attempts; the call ends with a `response` without `error` (it
 * succeeded) or with `error` (it failed, its last `response` carrying the same error if there
 * was one).
 */
import type { SoapCallError } from './errors.js';
import type { Redact } from './redact.js';

/** One SOAP call: the same frozen object in each of its events, so it can key a WeakMap (a span per call). */
export interface SoapCallInfo {
  /** Counts calls within the process: tells concurrent calls apart in a log. */
  readonly id: number;
  readonly operation: string;
  readonly soapAction: string;
  readonly endpoint: string;
  /** The object the call is about, when the profile says (Boomi: `Environment`, …). */
  readonly objectType: string | undefined;
  /** The account the call acts as, when the profile knows it (Boomi: the override, or the credentials' own account). */
  readonly accountId: string | undefined;
}

export interface SoapRequestEvent {
  readonly call: SoapCallInfo;
  /** 1 for the first attempt, 2 for the first retry, … */
  readonly attempt: number;
  readonly url: string;
  /** The HTTP headers sent, values redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /** The SOAP envelope sent, redacted: the UsernameToken's password reads `***`. */
  readonly envelope: string;
  /** The size of the envelope sent, in bytes. */
  readonly bytes: number;
}

export interface SoapResponseEvent {
  readonly call: SoapCallInfo;
  readonly attempt: number;
  readonly status: number;
  /** From sending the request to the response's last byte. */
  readonly durationMs: number;
  /** The size of the response body, in bytes. */
  readonly bytes: number;
  /** The response's HTTP headers, values redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /** What this response made of the attempt (a 503, a fault, an unreadable body); undefined: the call succeeded with it. */
  readonly error: SoapCallError | undefined;
  /** The response body, redacted; made only when asked, as a body may run to megabytes. */
  body(): string;
}

export interface SoapRetryEvent {
  readonly call: SoapCallInfo;
  /** The attempt that failed; the next one is `attempt + 1`. */
  readonly attempt: number;
  /** The wait before the next attempt (the server's Retry-After, or the backoff). */
  readonly delayMs: number;
  /** Why the attempt failed (RateLimitError, NetworkError). */
  readonly cause: SoapCallError;
}

export interface SoapErrorEvent {
  readonly call: SoapCallInfo;
  /** The last attempt made; 0 when the call failed before anything was sent (an invalid request). */
  readonly attempt: number;
  /** From the start of the call to its failure, retries and waits included. */
  readonly durationMs: number;
  /** What the call throws: a SoapCallError, or the reason given to the caller's AbortSignal. */
  readonly error: unknown;
}

/** Observers of calls: given per client (`hooks` option) and per call (`CallOptions.hooks`); the client's run first. */
export interface SoapHooks {
  request?(event: SoapRequestEvent): unknown;
  response?(event: SoapResponseEvent): unknown;
  retry?(event: SoapRetryEvent): unknown;
  error?(event: SoapErrorEvent): unknown;
}

/**
 * Where the SDK writes: console-compatible (console itself, pino, winston, …). It writes `debug`
 * (the BOOMI_SDK_DEBUG output) and `warn` (a hook that threw); `info` and `error` complete the
 * shape loggers share.
 */
export interface SoapLogger {
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

let lastCallId = 0;

/** The events of one call, sent to each of its hooks in turn; made only when some hook listens. */
export class CallEvents {
  readonly call: SoapCallInfo;
  readonly #hooks: readonly SoapHooks[];
  readonly #logger: SoapLogger;
  readonly #redact: Redact;
  readonly #started: number = performance.now();

  constructor(call: Omit<SoapCallInfo, 'id'>, hooks: readonly SoapHooks[], logger: SoapLogger, redact: Redact) {
    this.call = Object.freeze({ id: ++lastCallId, ...call });
    this.#hooks = hooks;
    this.#logger = logger;
    this.#redact = redact;
  }

  request(attempt: number, url: string, headers: Record<string, string>, envelope: string): void {
    this.#emit('request', { call: this.call, attempt, url, headers: this.#headers(Object.entries(headers)), envelope: this.#redact(envelope), bytes: Buffer.byteLength(envelope) });
  }

  response(attempt: number, sentAt: number, response: { status: number; headers: Headers; body: string; bytes: number }, error: SoapCallError | undefined): void {
    let body: string | undefined;
    this.#emit('response', {
      call: this.call,
      attempt,
      status: response.status,
      durationMs: performance.now() - sentAt,
      bytes: response.bytes,
      headers: this.#headers(response.headers.entries()),
      error,
      body: () => (body ??= this.#redact(response.body)),
    });
  }

  retry(attempt: number, delayMs: number, cause: SoapCallError): void {
    this.#emit('retry', { call: this.call, attempt, delayMs, cause });
  }

  error(attempt: number, error: unknown): void {
    this.#emit('error', { call: this.call, attempt, durationMs: performance.now() - this.#started, error });
  }

  #headers(entries: Iterable<[string, string]>): Readonly<Record<string, string>> {
    return Object.freeze(Object.fromEntries([...entries].map(([name, value]) => [name, this.#redact(value)])));
  }

  #emit<K extends keyof SoapHooks>(name: K, event: Parameters<NonNullable<SoapHooks[K]>>[0]): void {
    Object.freeze(event);
    for (const hooks of this.#hooks) {
      const hook = hooks[name] as ((event: unknown) => unknown) | undefined;
      if (!hook) continue;
      try {
        const result = hook.call(hooks, event);
        if (typeof (result as PromiseLike<unknown> | undefined)?.then === 'function') (result as PromiseLike<unknown>).then(undefined, (error: unknown) => this.#hookFailed(name, error));
      } catch (error) {
        this.#hookFailed(name, error);
      }
    }
  }

  #hookFailed(name: string, error: unknown): void {
    const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    try {
      this.#logger.warn(`the ${name} hook of ${this.call.operation} #${this.call.id} threw; the call goes on: ${this.#redact(text)}`);
    } catch {
      // A logger that throws has nowhere left to report to; the call still goes on.
    }
  }
}
