/**
 * Retries with exponential backoff and full jitter, for the failures worth retrying: 503 and
 * 429 (Boomi's answer to its rate limit), and connections that failed. `Retry-After` wins over
 * the computed delay when the server sends it. Boomi's own connectors retry a 503 five times.
 */
import { NetworkError, RateLimitError } from './errors.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 250, maxDelayMs: 20_000 };

export interface RetryClock {
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  random(): number;
}

export const realClock: RetryClock = {
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      const aborted = () => {
        clearTimeout(timer);
        reject(signal!.reason);
      };
      // The listener goes when the wait ends, too: the caller's signal may outlive many calls and their retries.
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', aborted);
        resolve();
      }, ms);
      signal?.addEventListener('abort', aborted, { once: true });
    }),
  random: Math.random,
};

export function isRetryable(error: unknown): boolean {
  return error instanceof RateLimitError || error instanceof NetworkError;
}

export function retryDelayMs(error: unknown, attempt: number, policy: RetryPolicy, clock: RetryClock): number {
  if (error instanceof RateLimitError && error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, policy.maxDelayMs);
  return Math.floor(clock.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)));
}

/** `onRetry` hears of each wait before it starts: the attempt that failed, the delay, the error. */
export async function withRetries<T>(attempt: (n: number) => Promise<T>, retry: boolean, policy: RetryPolicy, clock: RetryClock, signal?: AbortSignal, onRetry?: (n: number, delayMs: number, error: unknown) => void): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!retry || n >= policy.maxAttempts || !isRetryable(error)) throw error;
      const delay = retryDelayMs(error, n, policy, clock);
      onRetry?.(n, delay, error);
      await clock.sleep(delay, signal);
    }
  }
}

/** `Retry-After`: seconds, or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
