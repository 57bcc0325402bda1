/**
 * Switchable failures and counters, so tests can stage trouble and see what arrived: the next n
 * calls answer HTTP 503, the next call (or the next call of one operation, or the one after a
 * few more) answers a fault, and every SOAP call that gets past the credentials is counted per
 * operation and logged with its decoded request.
 */
import { FakeFault } from './soap-faults.ts';
import type { Decoded } from './xml/decode.ts';

export interface FaultSpec {
  faultstring: string;
  faultcode?: 'S:Client' | 'S:Server';
  /** HTTP status of the fault response; 500 as SOAP 1.1 prescribes. */
  httpStatus?: number;
  /** Only a call of this operation takes the fault; any call when absent. */
  operation?: string;
  /** Let this many such calls through first (0 by default): `after: 2` fails the third. */
  after?: number;
}

/** One SOAP call as it arrived, for tests to check what the client sent. */
export interface ReceivedCall {
  operation: string;
  /** The account in the endpoint URL, whose credentials were checked. */
  endpointAccount: string;
  /**
   * The request wrapper's children as the fake decodes them (the override is `accountId`);
   * undefined when the request broke the schema and was answered with a fault.
   */
  request: Decoded | undefined;
}

export class Controls {
  /** SOAP calls per operation that passed the credentials check (503s never get that far). */
  readonly calls = new Map<string, number>();
  /** The same calls in order of arrival, with what they asked. */
  readonly log: ReceivedCall[] = [];
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
    const waiting = this.faults[index]!.after ?? 0;
    if (waiting > 0) {
      this.faults[index] = { ...this.faults[index]!, after: waiting - 1 };
      return undefined;
    }
    const [spec] = this.faults.splice(index, 1);
    return new FakeFault(spec!.faultstring, spec!.faultcode ?? 'S:Server', spec!.httpStatus ?? 500);
  }

  record(call: ReceivedCall): void {
    this.calls.set(call.operation, (this.calls.get(call.operation) ?? 0) + 1);
    this.log.push(call);
  }

  callCount(operation?: string): number {
    if (operation !== undefined) return this.calls.get(operation) ?? 0;
    let total = 0;
    for (const n of this.calls.values()) total += n;
    return total;
  }

  /** Zeroes the counters, empties the log and drops staged failures. */
  reset(): void {
    this.calls.clear();
    this.log.length = 0;
    this.httpRequests = 0;
    this.rateLimited = 0;
    this.faults.length = 0;
  }
}
