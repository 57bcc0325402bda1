/**
 * A client-side limit on requests per second for each account (the override account when one
 * is given), so that a busy client slows itself down instead of collecting 503s. Boomi allows
 * 10 requests per second per account.
 */
export interface LimiterClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export class RateLimiter {
  /** Per account: the earliest time the next request may start. */
  private readonly next = new Map<string, number>();

  constructor(
    private readonly requestsPerSecond: number,
    private readonly clock: LimiterClock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
  ) {}

  async acquire(account: string): Promise<void> {
    if (!(this.requestsPerSecond > 0) || this.requestsPerSecond === Infinity) return;
    const interval = 1000 / this.requestsPerSecond;
    const now = this.clock.now();
    const slot = Math.max(now, this.next.get(account) ?? now);
    this.next.set(account, slot + interval);
    if (slot > now) await this.clock.sleep(slot - now);
  }
}
