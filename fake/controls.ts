/**
 * Switchable failures and counters, so tests can stage trouble and count requests: the next n
 * calls answer HTTP 503, the next call (or the next call of one operation) answers a fault, and
 * every SOAP call that gets past the credentials is counted per operation.
 */
import { FakeFault } from './soap-faults.ts';

export interface FaultSpec {
  faultstring: string;
  faultcode?: 'S:Client' | 'S:Server';
  /** HTTP status of the fault response; 500 as SOAP 1.1 prescribes. */
  httpStatus?: number;
  /** Only a call of this operation takes the fault; any call when absent. */
  operation?: string;
}

export class Controls {
  /** SOAP calls per operation that passed the credentials check (503s never get that far). */
  readonly calls = new Map<string, number>();
  /** Every POST to an endpoint, answered 503 or not. */
  httpRequests = 0;
  private rateLimited = 0;
  private retryAfterSeconds: number | undefined;
  private readonly faults: FaultSpec[] = [];

  setRateLimited(count: number, retryAfterSeconds?: number): void {
    this.rateLimited = Math.max(0, count);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Whether this request is to answer 503; with the Retry-After to send, if any. */
  takeRateLimit(): { retryAfterSeconds: number | undefined } | undefined {
    if (this.rateLimited <= 0) return undefined;
    this.rateLimited--;
    return { retryAfterSeconds: this.retryAfterSeconds };
  }

  failNext(fault: string | FaultSpec): void {
    this.faults.push(typeof fault === 'string' ? { faultstring: fault } : fault);
  }

  takeFault(operation: string): FakeFault | undefined {
    const index = this.faults.findIndex((f) => f.operation === undefined || f.operation === operation);
    if (index < 0) return undefined;
    const [spec] = this.faults.splice(index, 1);
    return new FakeFault(spec!.faultstring, spec!.faultcode ?? 'S:Server', spec!.httpStatus ?? 500);
  }

  count(operation: string): void {
    this.calls.set(operation, (this.calls.get(operation) ?? 0) + 1);
  }

  callCount(operation?: string): number {
    if (operation !== undefined) return this.calls.get(operation) ?? 0;
    let total = 0;
    for (const n of this.calls.values()) total += n;
    return total;
  }

  /** Zeroes the counters and drops staged failures. */
  reset(): void {
    this.calls.clear();
    this.httpRequests = 0;
    this.rateLimited = 0;
    this.faults.length = 0;
  }
}
