/**
 * One SOAP call, end to end, for any WSDL: the request encoded by the codec, the envelope (SOAP
 * 1.1 or 1.2) with WS-Security when configured, retries for idempotent calls, HTTP, and the
 * answer classified — a value, or the error class that says what went wrong — with each step
 * told to the hooks and the debug output. Credentials live in private fields (which inspect()
 * does not show): they are in no message, no inspect(), no JSON, no hook's or logger's argument.
 */
import type { XmlTypeList } from './metadata.js';
import { debugHooks, debugMode, type SoapDebugMode } from './debug-output.js';
import { AuthenticationError, DeclaredFaultError, HttpStatusError, InvalidRequestError, MalformedResponseError, RateLimitError, SoapFaultError, type CallContext, type SoapCallError } from './errors.js';
import { CallEvents, type SoapHooks, type SoapLogger } from './hooks.js';
import { clientHeaders } from './http-headers.js';
import { redactedError, redactedExcerpt, redactor, type Redact } from './redact.js';
import { DEFAULT_RETRY, parseRetryAfter, realClock, withRetries, type RetryClock, type RetryPolicy } from './retry.js';
import { soapEnvelope, soapHttpHeaders } from './soap/envelope.js';
import { decodeMessage, declaredFault, encodeBody, encodeHeaders, type OperationInfo, type SoapFault } from './soap/message.js';
import { usernameTokenHeader, type UsernameToken } from './soap/security.js';
import { postSoap } from './transport.js';
import { registryOf } from './xml/type-registry.js';

export interface SoapClientOptions {
  /** The service's address: the WSDL's `soap:address` unless given. */
  endpoint: string;
  /** WS-Security UsernameToken on every request; none unless given. */
  security?: UsernameToken;
  /** Per call, default 60 s. */
  timeoutMs?: number;
  /** Retries for idempotent calls; `false` for none. */
  retry?: Partial<RetryPolicy> | false;
  /** Operations retried by default (none unless listed). */
  idempotentOperations?: readonly string[];
  /** Plain http:// endpoints are refused unless this is set (tests on loopback set it). */
  allowInsecureHttp?: boolean;
  /** Redirects are not followed (a RedirectError); `same-origin` follows 307/308 within the endpoint's origin. */
  redirects?: 'none' | 'same-origin';
  maxResponseBytes?: number;
  fetch?: typeof fetch;
  clock?: RetryClock;
  /** Told of every call of this client: each attempt's request and response, retries, failures. */
  hooks?: SoapHooks;
  /** Where the debug output and hooks that threw are written; console by default. */
  logger?: SoapLogger;
  /** `calls`: a line per attempt; `wire`: each exchange with both envelopes, redacted; default BOOMI_SDK_DEBUG's value; false: none. */
  debug?: SoapDebugMode | false;
  /** The User-Agent header; default `boomi-soap-codegen/<version> node/<version>` (SDK_USER_AGENT). */
  userAgent?: string;
  /** Sent with every request. The headers SOAP and fetch set (content-type, SOAPAction, accept, user-agent, …) are refused. */
  httpHeaders?: Record<string, string>;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Retry this call even if its operation is not idempotent (or never, with false). */
  retry?: boolean;
  /** Told of this call, after the client's hooks. */
  hooks?: SoapHooks;
}

/** What a profile adds to a call: what the call is about, the types its values may take, a wait before each attempt. */
export interface CallScope {
  objectType?: string | undefined;
  /** The account the call acts as, for the hooks. */
  accountId?: string | undefined;
  /** Why the profile refuses the call: an InvalidRequestError before anything is sent. */
  refusal?: string | undefined;
  types?: XmlTypeList | undefined;
  /** SOAP header values, by part name. */
  headers?: Record<string, unknown> | undefined;
  /** Awaited before every attempt (a rate limit). */
  beforeAttempt?: (() => Promise<void>) | undefined;
  /** Turns a fault into the error to throw; the default is SoapFaultError (or DeclaredFaultError for declared faults). */
  classifyFault?: ((fault: SoapFault, status: number, context: CallContext) => SoapFaultError | undefined) | undefined;
}

export class SoapClient {
  readonly endpoint: string;
  readonly username: string | undefined;
  readonly #security: UsernameToken | undefined;
  readonly #options: SoapClientOptions;
  readonly #redact: Redact;
  readonly #httpHeaders: Record<string, string>;
  /** The debug output's hooks and the client's own, in that order. */
  readonly #hooks: readonly SoapHooks[];
  readonly #logger: SoapLogger;

  constructor(options: SoapClientOptions) {
    if (!options.endpoint) throw new TypeError('endpoint is required');
    if (!URL.canParse(options.endpoint)) throw new TypeError(`refusing ${options.endpoint}: not a URL`);
    const url = new URL(options.endpoint);
    // fetch refuses such a URL at every call, in a message that spells the password out.
    if (url.username || url.password) throw new TypeError('refusing an endpoint with credentials in its URL (user:password@host): give them as `security`');
    if (!/^https:\/\//i.test(options.endpoint) && !(options.allowInsecureHttp && /^http:\/\//i.test(options.endpoint))) {
      throw new TypeError(`refusing ${options.endpoint}: only https:// endpoints (set allowInsecureHttp for http://)`);
    }
    this.endpoint = options.endpoint;
    this.#security = options.security;
    this.username = options.security?.username;
    this.#options = { ...options };
    delete this.#options.security;
    const headers = clientHeaders(options.userAgent, options.httpHeaders);
    this.#httpHeaders = headers.headers;
    this.#redact = redactor(options.security?.username, [options.security?.password, ...headers.secrets]);
    this.#logger = options.logger ?? console;
    const debug = debugMode(options.debug, this.#logger);
    this.#hooks = [...(debug ? [debugHooks(debug, this.#logger)] : []), ...(options.hooks ? [options.hooks] : [])];
  }

  /** Takes this client's secrets out of a text, in every spelling a server might echo them. */
  redact(text: string): string {
    return this.#redact(text);
  }

  async call<Response>(op: OperationInfo, request: unknown, options: CallOptions = {}, scope: CallScope = {}): Promise<Response> {
    const context: CallContext = { operation: op.name, objectType: scope.objectType };
    const hooks = options.hooks ? [...this.#hooks, options.hooks] : this.#hooks;
    const events = hooks.length > 0 ? new CallEvents({ operation: op.name, soapAction: op.soapAction, endpoint: this.endpoint, objectType: scope.objectType, accountId: scope.accountId }, hooks, this.#logger, this.#redact) : undefined;
    let attempts = 0;
    try {
      const encoded = this.#encode(op, request, context, scope);
      const idempotent = options.retry ?? (this.#options.idempotentOperations ?? []).includes(op.name);
      const policy = { ...DEFAULT_RETRY, ...(this.#options.retry || {}) };
      const retry = this.#options.retry !== false && idempotent;
      return await withRetries(
        (attempt) => this.#attempt<Response>(op, encoded, (attempts = attempt), options, scope, context, events),
        retry,
        policy,
        this.#options.clock ?? realClock,
        options.signal,
        events && ((attempt, delayMs, cause) => events.retry(attempt, delayMs, cause as SoapCallError)),
      );
    } catch (error) {
      events?.error(attempts, error);
      throw error;
    }
  }

  async #attempt<Response>(op: OperationInfo, encoded: { body: string; headers: string }, attempt: number, options: CallOptions, scope: CallScope, context: CallContext, events: CallEvents | undefined): Promise<Response> {
    await scope.beforeAttempt?.();
    const version = op.soapVersion ?? '1.1';
    const security = this.#security ? usernameTokenHeader(this.#security) : '';
    const envelope = soapEnvelope(version, encoded.body, security + encoded.headers);
    // The protocol's headers last: they win over anything else of the same name.
    const headers = { ...this.#httpHeaders, ...soapHttpHeaders(version, op.soapAction) };
    events?.request(attempt, this.endpoint, headers, envelope);
    const sentAt = performance.now();
    const response = await postSoap({
      url: this.endpoint,
      body: envelope,
      headers,
      timeoutMs: options.timeoutMs ?? this.#options.timeoutMs ?? 60_000,
      maxResponseBytes: this.#options.maxResponseBytes ?? 64 * 1024 * 1024,
      redirects: this.#options.redirects,
      signal: options.signal,
      fetch: this.#options.fetch,
      context,
      redact: this.#redact,
    });
    let value: Response;
    try {
      value = this.#read<Response>(op, response.status, response.headers, response.body, context, scope);
    } catch (error) {
      events?.response(attempt, sentAt, response, error as SoapCallError); // #read throws SoapCallErrors only
      throw error;
    }
    events?.response(attempt, sentAt, response, undefined);
    return value;
  }

  /** The request's Body and SOAP headers; what cannot be encoded, or what the profile refuses, is an InvalidRequestError. */
  #encode(op: OperationInfo, request: unknown, context: CallContext, scope: CallScope): { body: string; headers: string } {
    if (scope.refusal !== undefined) throw new InvalidRequestError(scope.refusal, context);
    const registry = registryOf(scope.types);
    try {
      return { body: encodeBody(op.input, request, registry, op.name, op.soapVersion), headers: encodeHeaders(op.input, scope.headers, registry, op.name) };
    } catch (error) {
      throw new InvalidRequestError(this.#redact((error as Error).message), context, { cause: redactedError(error, this.#redact) });
    }
  }

  #read<Response>(op: OperationInfo, status: number, headers: Headers, body: string, context: CallContext, scope: CallScope): Response {
    const excerpt = redactedExcerpt(body, this.#redact);
    if (status === 401 || status === 403) throw new AuthenticationError(status, excerpt, context);
    if (status === 503 || status === 429) throw new RateLimitError(status, excerpt, parseRetryAfter(headers.get('retry-after')), context);
    if (!op.output && status >= 200 && status < 300 && !/Envelope/.test(body.slice(0, 2000))) return undefined as Response; // one-way: 200/202 and no envelope
    const type = headers.get('content-type') ?? '';
    if (!/xml/i.test(type) || !/Envelope/.test(body.slice(0, 2000))) {
      if (status !== 200) throw new HttpStatusError(status, excerpt, context);
      throw new MalformedResponseError(`expected a SOAP envelope, got ${type || 'no content type'}`, excerpt, context);
    }
    const registry = registryOf(scope.types);
    let decoded;
    try {
      decoded = decodeMessage(body, op.output, registry);
    } catch (error) {
      if (status !== 200) throw new HttpStatusError(status, excerpt, context);
      throw new MalformedResponseError(`unreadable SOAP response: ${this.#redact((error as Error).message)}`, excerpt, context, { cause: redactedError(error, this.#redact) });
    }
    if (decoded.fault) throw this.#faultError(op, decoded.fault, status, context, scope);
    if (status !== 200 && status !== 202) throw new HttpStatusError(status, excerpt, context);
    return decoded.value as Response;
  }

  #faultError(op: OperationInfo, raw: SoapFault, status: number, context: CallContext, scope: CallScope): SoapFaultError {
    const fault: SoapFault = { ...raw, reason: this.#redact(raw.reason), ...(raw.detail ? { detail: { ...raw.detail, xml: this.#redact(raw.detail.xml) } } : {}) };
    const declared = declaredFault(op, fault, registryOf(scope.types));
    if (declared) return new DeclaredFaultError(declared.name, declared.value, fault.code, fault.reason, fault.detail?.xml, status, context);
    return scope.classifyFault?.(fault, status, context) ?? new SoapFaultError(fault.code, fault.reason, fault.detail?.xml, status, context);
  }

  toJSON(): object {
    return { endpoint: this.endpoint, ...(this.username !== undefined ? { username: this.username } : {}) };
  }

}
