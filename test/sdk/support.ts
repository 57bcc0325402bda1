/**
 * What the SDK tests share: a client of the generated SDK pointed at a fake, what the fake saw
 * (the account each call acted for), a clock moved by hand, a fetch that counts what the
 * client sent and what it was handed back, and a logger that keeps what it is given.
 */
import { vi } from 'vitest';
import { DEFAULT_PASSWORD, DEFAULT_USER, type ReceivedCall, type RunningFake } from '../../fake/index.ts';
import { PartnerApiClient, type PartnerClientOptions, type SoapLogger } from '../../generated/index.ts';

/** A client of the fake's primary account; no client-side rate limit unless the test sets one. */
export function sdkClient(fake: RunningFake, overrides: Partial<PartnerClientOptions> = {}): PartnerApiClient {
  return new PartnerApiClient({
    accountId: fake.primaryAccount,
    username: DEFAULT_USER,
    password: DEFAULT_PASSWORD,
    endpoint: fake.url,
    allowInsecureHttp: true,
    requestsPerSecond: Infinity,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...overrides,
  });
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** A logger for the client's `logger` option that keeps each line it is given, per level (arguments joined by a space). */
export function keepingLogger(): SoapLogger & { readonly lines: Record<LogLevel, string[]> } {
  const lines: Record<LogLevel, string[]> = { debug: [], info: [], warn: [], error: [] };
  const at = (level: LogLevel) => (...args: unknown[]) => void lines[level].push(args.map(String).join(' '));
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Every item of an async iterable (Array.fromAsync is newer than Node 20). */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The account a call named: the override when it carried one, else the endpoint's. */
function actingAccount(call: ReceivedCall): string {
  const override = call.request?.['accountId'];
  return typeof override === 'string' ? override : call.endpointAccount;
}

/** `operation → account` for every logged call, in order of arrival. */
export function callsByAccount(fake: RunningFake): string[] {
  return fake.callLog.map((call) => `${call.operation} → ${actingAccount(call)}`);
}

/** Until `check` passes (it throws while not), for something that follows from I/O already under way. */
export function eventually(check: () => void): Promise<void> {
  return vi.waitFor(check, { timeout: 10_000, interval: 5 });
}

/** Lets every microtask and pending callback run: what the client does without waiting for I/O or time is done after it. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
}

export interface ManualClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
  /** How many sleeps have not ended. */
  readonly sleeping: number;
  /** Moves time on, ending the sleeps that are due. */
  advance(ms: number): void;
}

/** A clock for ClientOptions.clock that only moves when the test says so. */
export function manualClock(): ManualClock {
  let now = 0;
  const sleepers: { until: number; wake: () => void }[] = [];
  return {
    now: () => now,
    sleep: (ms) => new Promise<void>((wake) => sleepers.push({ until: now + ms, wake })),
    random: () => 0.5,
    get sleeping() {
      return sleepers.length;
    },
    advance(ms) {
      now += ms;
      for (const sleeper of sleepers.filter((s) => s.until <= now)) {
        sleepers.splice(sleepers.indexOf(sleeper), 1);
        sleeper.wake();
      }
    },
  };
}

export interface ObservedFetch {
  fetch: typeof fetch;
  /** Requests the client has started. */
  readonly sent: number;
  /** Responses handed back to the client, bodies read in full. */
  readonly delivered: number;
}

/** Node's fetch, counting: each response's body is read before it is handed back, so `delivered` means the client has it all. */
export function observedFetch(): ObservedFetch {
  let sent = 0;
  let delivered = 0;
  return {
    fetch: async (input, init) => {
      sent++;
      const response = await fetch(input, init);
      const body = await response.arrayBuffer();
      delivered++;
      return new Response(body, { status: response.status, headers: response.headers });
    },
    get sent() {
      return sent;
    },
    get delivered() {
      return delivered;
    },
  };
}
