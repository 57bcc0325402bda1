/**
 * The Boomi Partner API on top of the core SoapClient: Boomi's endpoint for an account, its
 * WS-Security (UsernameToken with PasswordText), its idempotent operations, its rate limit per
 * account (the override account when one is given), the Partner account override, and Boomi's
 * "not found" faults (on the texts Boomi is known to send: fault-texts.ts). Object modules (objects/*.ts) and the aggregate client call through it.
 */
import { NotFoundError, type CallContext } from '../core/errors.js';
import type { XmlTypeInfo, XmlTypeList } from '../core/metadata.js';
import { SoapClient, type CallOptions, type SoapClientOptions } from '../core/soap-client.js';
import type { OperationInfo, SoapFault } from '../core/soap/message.js';
import type { PasswordType } from '../core/soap/security.js';
import { IDEMPOTENT_OPERATIONS, RATE_LIMIT } from './capabilities.js';
import { faultMeaning } from './fault-texts.js';
import type { RetryClock } from '../core/retry.js';
import { RateLimiter, type LimiterClock } from './rate-limit.js';

export interface PartnerClientOptions extends Omit<SoapClientOptions, 'endpoint' | 'security' | 'idempotentOperations'> {
  /** The account the credentials belong to: the endpoint's account. */
  accountId: string;
  /** A user name, or `BOOMI_TOKEN.<user>` with an API token as the password. */
  username: string;
  password: string;
  /** Default `https://api.boomi.com/partner/api/soap/v1/<accountId>`. */
  endpoint?: string;
  /** Boomi wants PasswordText (the default). */
  passwordType?: PasswordType;
  /** Client-side limit per account, default 10 (Boomi's limit). */
  requestsPerSecond?: number;
  /** Operations retried by default (get, query, queryMore, getBulk, asyncResult). */
  idempotentOperations?: readonly string[];
  /** Time for retries and the rate limit; tests give one they move by hand. */
  clock?: RetryClock & LimiterClock;
}

export interface PartnerCallOptions extends CallOptions {
  /** Partner account override: run this call as that account. */
  accountId?: string;
}

/** A client acting as another account (made by withAccount): object accessors over it leave out the verbs Boomi refuses the override on. */
export type SubAccountClient = PartnerClient & { readonly actingAs: string };

/** What an object module says about a call: the object it concerns and the types its values may take. */
export interface PartnerCallScope {
  objectType?: string | undefined;
  types?: XmlTypeList | undefined;
  /** Boomi refuses the account override for this call (Account CREATE/DELETE, provisioning). */
  noOverride?: boolean | undefined;
}

export class PartnerClient {
  readonly soap: SoapClient;
  /** The account the credentials belong to. */
  readonly accountId: string;
  readonly #limiter: RateLimiter;
  readonly #defaults: PartnerCallOptions;

  constructor(options: PartnerClientOptions);
  /** Another view of an existing client: the same connection, credentials and rate limit, other default call options. */
  constructor(client: PartnerClient, defaults: PartnerCallOptions);
  constructor(options: PartnerClientOptions | PartnerClient, defaults: PartnerCallOptions = {}) {
    if (options instanceof PartnerClient) {
      this.soap = options.soap;
      this.accountId = options.accountId;
      this.#limiter = options.#limiter;
      this.#defaults = { ...options.#defaults, ...defaults };
      return;
    }
    if (!options.accountId) throw new TypeError('accountId is required');
    if (!options.username || !options.password) throw new TypeError('username and password (or an API token) are required');
    const { accountId, username, password, passwordType, requestsPerSecond, idempotentOperations, ...soapOptions } = options;
    this.accountId = accountId;
    this.soap = new SoapClient({
      ...soapOptions,
      endpoint: options.endpoint ?? `https://api.boomi.com/partner/api/soap/v1/${encodeURIComponent(accountId)}`,
      security: { username, password, passwordType: passwordType ?? 'PasswordText' },
      idempotentOperations: idempotentOperations ?? IDEMPOTENT_OPERATIONS,
    });
    this.#limiter = new RateLimiter(requestsPerSecond ?? RATE_LIMIT.requestsPerSecond, options.clock);
    this.#defaults = defaults;
  }

  /** The account calls act as by default when it is not the credentials' own (set by withAccount). */
  get actingAs(): string | undefined {
    return this.#defaults.accountId;
  }

  /** The same client acting as another account (the Partner account override) for every call. */
  withAccount(accountId: string): SubAccountClient {
    return new PartnerClient(this, { accountId }) as SubAccountClient;
  }

  /** One SOAP call with the Partner rules: the override put into the request, the rate limit of the account the call acts as. */
  call<Response>(op: OperationInfo, request: object, options: PartnerCallOptions = {}, scope: PartnerCallScope = {}): Promise<Response> {
    const { accountId, ...callOptions } = { ...this.#defaults, ...options };
    const refusal = accountId === undefined ? undefined : overrideRefusal(op, scope);
    const account = accountId ?? this.accountId;
    // The SOAP layer refuses the call, so that hooks and the debug output hear of it like any failure.
    return this.soap.call<Response>(op, accountId === undefined || refusal ? request : { ...request, accountId }, callOptions, {
      objectType: scope.objectType,
      accountId: account,
      refusal,
      types: scope.types,
      beforeAttempt: () => this.#limiter.acquire(account),
      classifyFault: (fault: SoapFault, status: number, faultContext: CallContext) => (faultMeaning(fault.reason) === 'not-found' ? new NotFoundError(fault.code, fault.reason, fault.detail?.xml, status, faultContext) : undefined),
    });
  }

  toJSON(): object {
    return { accountId: this.accountId, ...this.soap.toJSON(), ...(this.#defaults.accountId !== undefined ? { actingAs: this.#defaults.accountId } : {}) };
  }

}

/** Why the account override cannot be sent with this call, if it cannot. */
function overrideRefusal(op: OperationInfo, scope: PartnerCallScope): string | undefined {
  if (scope.noOverride) return `Boomi does not accept the account override for ${op.name}${scope.objectType ? ` of ${scope.objectType}` : ''}`;
  if (!acceptsOverride(op)) return `the ${op.name} request of this WSDL has no accountId field: the Partner account override cannot be sent`;
  return undefined;
}

const overrideFields = new WeakMap<OperationInfo, boolean>();

/** Whether the operation's request wrapper has the `accountId` field the override travels in. */
export function acceptsOverride(op: OperationInfo): boolean {
  let accepts = overrideFields.get(op);
  if (accepts === undefined) {
    const part = op.input.body.length === 1 ? op.input.body[0]![3] : undefined;
    const wrapper = typeof part === 'function' ? part() : undefined;
    accepts = wrapper !== undefined && !Array.isArray(wrapper) && hasField(wrapper as XmlTypeInfo, 'accountId');
    overrideFields.set(op, accepts);
  }
  return accepts;
}

function hasField(type: XmlTypeInfo, property: string): boolean {
  for (let t: XmlTypeInfo | undefined = type; t; t = t.base?.()) if (t.fields.some((f) => f[2] === property)) return true;
  return false;
}
