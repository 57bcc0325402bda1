/**
 * One SOAP call, end to end: the request value encoded by the codec (with the Partner account
 * override when given), the envelope with WS-Security, the per-account rate limit, retries for
 * idempotent calls, HTTP, and the answer classified — a value, or the error class that says what
 * went wrong. The password lives in a private field: it is in no message, no inspect(), no JSON.
 */
import { inspect } from 'node:util';
import type { XmlTypeInfo } from './metadata.js';
import { AuthenticationError, HttpStatusError, InvalidRequestError, MalformedResponseError, NotFoundError, RateLimitError, SoapFaultError, type CallContext } from './errors.js';
import { faultMeaning } from './fault-texts.js';
import { RateLimiter } from './rate-limit.js';
import { DEFAULT_RETRY, parseRetryAfter, realClock, withRetries, type RetryClock, type RetryPolicy } from './retry.js';
import { soapEnvelope } from './soap/envelope.js';
import { usernameTokenHeader, type PasswordType } from './soap/security.js';
import { postSoap } from './transport.js';
import { encodeElement, type QualifiedName } from './xml/encode.js';
import { decodeSoapBody } from './xml/soap-body.js';

export interface OperationInfo {
  name: string;
  soapAction: string;
  request: { element: QualifiedName; info: XmlTypeInfo };
  response: { element: QualifiedName; info: XmlTypeInfo };
}

export interface ClientOptions {
  /** The account the credentials belong to: the endpoint's account. */
  accountId: string;
  username: string;
  password: string;
  /** Default `https://api.boomi.com/partner/api/soap/v1/<accountId>`. */
  endpoint?: string;
  passwordType?: PasswordType;
  /** Per call, default 60 s. */
  timeoutMs?: number;
  /** Retries for idempotent calls; `false` for none. */
  retry?: Partial<RetryPolicy> | false;
  /** Client-side limit per account, default 10 (Boomi's limit). */
  requestsPerSecond?: number;
  /** Operations retried by default (get, query, queryMore, getBulk, asyncResult). */
  idempotentOperations?: readonly string[];
  /** Plain http:// endpoints are refused unless this is set (tests on loopback set it). */
  allowInsecureHttp?: boolean;
  maxResponseBytes?: number;
  fetch?: typeof fetch;
  clock?: RetryClock;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Partner account override: run this call as that account. */
  accountId?: string;
  /** Retry this call even if its operation is not idempotent (or never, with false). */
  retry?: boolean;
}

const DEFAULT_IDEMPOTENT = ['get', 'query', 'queryMore', 'getBulk', 'asyncResult'];

export class SoapClient {
  readonly accountId: string;
  readonly endpoint: string;
  readonly username: string;
  readonly #password: string;
  readonly #options: ClientOptions;
  readonly #limiter: RateLimiter;

  constructor(options: ClientOptions) {
    if (!options.accountId) throw new TypeError('accountId is required');
    if (!options.username || !options.password) throw new TypeError('username and password (or an API token) are required');
    this.accountId = options.accountId;
    this.endpoint = options.endpoint ?? `https://api.boomi.com/partner/api/soap/v1/${encodeURIComponent(options.accountId)}`;
    if (!/^https:\/\//i.test(this.endpoint) && !(options.allowInsecureHttp && /^http:\/\//i.test(this.endpoint))) {
      throw new TypeError(`refusing ${this.endpoint}: only https:// endpoints (set allowInsecureHttp for http://)`);
    }
    this.username = options.username;
    this.#password = options.password;
    this.#options = options;
    this.#limiter = new RateLimiter(options.requestsPerSecond ?? 10);
  }

  async call<Response>(op: OperationInfo, request: object, objectType: string | undefined, options: CallOptions = {}): Promise<Response> {
    const context: CallContext = { operation: op.name, objectType };
    const body = { ...request, ...(options.accountId !== undefined ? { accountId: options.accountId } : {}) };
    let payload: string;
    try {
      payload = encodeElement(body, op.request.info, op.request.element);
    } catch (error) {
      throw new InvalidRequestError((error as Error).message, context, { cause: error });
    }
    const idempotent = options.retry ?? (this.#options.idempotentOperations ?? DEFAULT_IDEMPOTENT).includes(op.name);
    const policy = { ...DEFAULT_RETRY, ...(this.#options.retry || {}) };
    const retry = this.#options.retry !== false && idempotent;
    return withRetries(
      async () => {
        await this.#limiter.acquire(options.accountId ?? this.accountId);
        const security = usernameTokenHeader({ username: this.username, password: this.#password, passwordType: this.#options.passwordType ?? 'PasswordText' });
        const response = await postSoap({
          url: this.endpoint,
          body: soapEnvelope(payload, security),
          soapAction: op.soapAction,
          timeoutMs: options.timeoutMs ?? this.#options.timeoutMs ?? 60_000,
          maxResponseBytes: this.#options.maxResponseBytes ?? 64 * 1024 * 1024,
          signal: options.signal,
          fetch: this.#options.fetch,
          context,
        });
        return this.#read<Response>(op, response.status, response.headers, response.body, context);
      },
      retry,
      policy,
      this.#options.clock ?? realClock,
      options.signal,
    );
  }

  #read<Response>(op: OperationInfo, status: number, headers: Headers, body: string, context: CallContext): Response {
    const excerpt = this.#redact(body.slice(0, 500));
    if (status === 401 || status === 403) throw new AuthenticationError(status, excerpt, context);
    if (status === 503 || status === 429) throw new RateLimitError(status, excerpt, parseRetryAfter(headers.get('retry-after')), context);
    const type = headers.get('content-type') ?? '';
    if (!/xml/i.test(type) || !/Envelope/.test(body.slice(0, 2000))) {
      if (status !== 200) throw new HttpStatusError(status, excerpt, context);
      throw new MalformedResponseError(`expected a SOAP envelope, got ${type || 'no content type'}`, excerpt, context);
    }
    let decoded;
    try {
      decoded = decodeSoapBody<Response>(body, op.response.element, op.response.info);
    } catch (error) {
      if (status !== 200) throw new HttpStatusError(status, excerpt, context);
      throw new MalformedResponseError(`unreadable SOAP response: ${(error as Error).message}`, excerpt, context, { cause: error });
    }
    if (decoded.fault) {
      const { faultcode, faultstring, detail } = decoded.fault;
      const text = this.#redact(faultstring ?? '');
      const Fault = faultMeaning(text) === 'not-found' ? NotFoundError : SoapFaultError;
      throw new Fault(faultcode ?? '', text, detail?.xml && this.#redact(detail.xml), status, context);
    }
    if (status !== 200) throw new HttpStatusError(status, excerpt, context);
    return decoded.value as Response;
  }

  #redact(text: string): string {
    return this.#password ? text.split(this.#password).join('***') : text;
  }

  toJSON(): object {
    return { accountId: this.accountId, endpoint: this.endpoint, username: this.username };
  }

  [inspect.custom](): string {
    return `${this.constructor.name} ${inspect(this.toJSON())}`;
  }
}
