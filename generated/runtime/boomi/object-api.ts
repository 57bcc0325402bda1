/**
 * The operations of one API object, on top of PartnerClient: get, query with paging (records or
 * pages, resumable from a token, the next page fetched while the current one is consumed but
 * never more than one ahead), create, update, delete, execute, bulk get and update in chunks
 * with per-item results in input order, and the asynchronous operations polled to completion.
 * Each generated object module describes its object (ObjectDescription) and types its accessor
 * as the verb methods below that the object supports.
 */
import { InvalidRequestError, MalformedResponseError, SoapCallError, TimeoutError } from '../core/errors.js';
import type { XmlTypeList } from '../core/metadata.js';
import type { CallOptions } from '../core/soap-client.js';
import type { OperationInfo } from '../core/soap/message.js';
import type { ObjectOperation, Verb } from './capabilities.js';
import type { PartnerCallOptions, PartnerClient } from './partner-client.js';
import { checkFilter, filterBuilder, type FilterInfo } from './query-filter.js';

/** What the runtime needs to know of an object; generated in its module. */
export interface ObjectDescription {
  objectType: string;
  /** The SOAP operations its verbs use. */
  operations: () => Partial<Record<ObjectOperation, OperationInfo>>;
  /** The types its values may take (the object type, bulk ids, results). */
  types?: XmlTypeList;
  bulkGetLimit?: number;
  bulkUpdateLimit?: number;
  /** Verbs for which Boomi refuses the Partner account override. */
  noAccountOverride?: readonly Verb[];
  /** The object's filter fields and operators, for the filter builder and the checks. */
  filter?: FilterInfo;
}

/** A filter value, or a function that builds one with the object's filter builder. */
export type FilterArgument<Filter, Builder> = Filter | ((f: Builder) => Filter);

export interface QueryPage<T> {
  records: T[];
  /** Present while more pages remain: give it to `pages({ fromToken })` to resume. */
  queryToken?: string;
}

export type BulkItem<T> = { id: string; ok: true; value: T } | { id: string; ok: false; statusCode: number; errorMessage: string };

export interface QueryOptions extends PartnerCallOptions {
  /** Resume a query from the token of an earlier page. */
  fromToken?: string;
}

export interface BulkOptions extends PartnerCallOptions {
  /** Chunks in flight at once, default 2. */
  concurrency?: number;
}

export interface PollOptions extends PartnerCallOptions {
  /** Give up after this long, default 5 minutes. */
  pollTimeoutMs?: number;
  /** First wait between polls, doubled up to 5 s; default 500 ms. */
  pollIntervalMs?: number;
}

/**
 * Call options of a verb Boomi refuses the account override on: the override does not compile,
 * in a literal or in options typed elsewhere (`accountId?: never`, not only left out).
 */
export type WithoutOverride<O extends PartnerCallOptions> = Omit<O, 'accountId'> & { accountId?: never };

/** A value to create or update: its `$type` may be left out (the object's type is meant). */
export type ObjectInput<T> = T extends unknown ? T | Omit<T, '$type'> : never;

// One interface per verb: a generated object type is the intersection of the verbs it supports,
// with the override left out of the options where Boomi refuses it.
export interface GetVerb<T, O extends CallOptions = PartnerCallOptions> {
  /** The object with this id; NotFoundError when there is none. */
  get(id: string, options?: O): Promise<T>;
}
export interface QueryVerb<T, F, B, O extends CallOptions = QueryOptions> {
  /** Every record the filter matches (all when there is none), page after page, lazily. */
  query(filter?: FilterArgument<F, B>, options?: O): AsyncGenerator<T, void, undefined>;
  /** The same, page by page, each with the token to resume from. */
  pages(filter?: FilterArgument<F, B>, options?: O): AsyncGenerator<QueryPage<T>, void, undefined>;
}
export interface CreateVerb<T, In, O extends CallOptions = PartnerCallOptions> {
  create(value: In, options?: O): Promise<T>;
}
export interface UpdateVerb<T, In, O extends CallOptions = PartnerCallOptions> {
  update(value: In, options?: O): Promise<T>;
}
export interface DeleteVerb<O extends CallOptions = PartnerCallOptions> {
  /** True when the object was deleted. */
  delete(id: string, options?: O): Promise<boolean>;
}
export interface ExecuteVerb<Result, In, O extends CallOptions = PartnerCallOptions> {
  execute(value: In, options?: O & { objectId?: string }): Promise<Result>;
}
export interface BulkGetVerb<T, O extends CallOptions = BulkOptions> {
  /** Any number of ids, in chunks of the object's bulk limit; one result per id, in input order. */
  bulkGet(ids: readonly string[], options?: O): Promise<BulkItem<T>[]>;
}
export interface BulkUpdateVerb<T, In, O extends CallOptions = BulkOptions> {
  bulkUpdate(values: readonly In[], options?: O): Promise<BulkItem<T>[]>;
}
export interface AsyncGetVerb<T, O extends CallOptions = PollOptions> {
  /** asyncGet, then asyncResult polled until the result is complete. */
  asyncGet(id: string, options?: O): Promise<T[]>;
}
export interface AsyncQueryVerb<T, F, B, O extends CallOptions = PollOptions> {
  asyncQuery(filter?: FilterArgument<F, B>, options?: O): Promise<T[]>;
}

interface QueryResultValue<T> {
  numberOfResults?: number;
  queryToken?: string;
  result?: T[];
}

type AnyObject = { $type?: string };

/** Every verb's method; generated accessors expose only the object's verbs, typed. */
export class ObjectApi {
  constructor(
    private readonly client: PartnerClient,
    private readonly description: ObjectDescription,
  ) {}

  private resolveFilter(filter: unknown, operation: string): object | undefined {
    if (filter === undefined) return undefined;
    const info = this.description.filter;
    if (!info) throw new InvalidRequestError(`${this.description.objectType} has no filter fields`, { operation, objectType: this.description.objectType });
    const built = typeof filter === 'function' ? (filter as (f: unknown) => unknown)(filterBuilder(info)) : filter;
    checkFilter(info, built);
    return built as object;
  }

  async get(id: string, options: PartnerCallOptions = {}): Promise<unknown> {
    const response = await this.call<{ result?: unknown }>('get', 'get', { objectType: this.description.objectType, objectId: id }, options);
    // Boomi answers a missing object with a fault; an answer without a result says nothing of the object.
    if (!response.result) throw new MalformedResponseError(`the getResponse holds no result for ${id}`, '', { operation: 'get', objectType: this.description.objectType });
    return response.result;
  }

  async *query(filter?: unknown, options: QueryOptions = {}): AsyncGenerator<unknown, void, undefined> {
    for await (const page of this.pages(filter, options)) yield* page.records;
  }

  async *pages(filterArgument?: unknown, options: QueryOptions = {}): AsyncGenerator<QueryPage<unknown>, void, undefined> {
    const filter = this.resolveFilter(filterArgument, 'query');
    const { fromToken, ...callOptions } = options;
    const first = (): Promise<QueryResultValue<unknown>> =>
      fromToken !== undefined
        ? this.queryMore(fromToken, callOptions)
        : this.call<{ results?: QueryResultValue<unknown> }>('query', 'query', { objectType: this.description.objectType, ...(filter ? { queryConfig: { QueryFilter: { expression: filter } } } : {}) }, callOptions).then((r) => r.results ?? {});
    let lastToken = fromToken;
    let pending = settle(first());
    for (;;) {
      const page = await pending;
      if ('error' in page) throw withResumeToken(page.error, lastToken);
      const token = page.value.queryToken;
      // The next page is fetched while this one is consumed: at most one ahead.
      if (token) pending = settle(this.queryMore(token, callOptions));
      yield { records: page.value.result ?? [], ...(token ? { queryToken: token } : {}) };
      if (!token) return;
      lastToken = token;
    }
  }

  private async queryMore(token: string, options: PartnerCallOptions): Promise<QueryResultValue<unknown>> {
    const response = await this.call<{ results?: QueryResultValue<unknown> }>('query', 'queryMore', { queryToken: token }, options);
    return response.results ?? {};
  }

  async create(value: AnyObject, options: PartnerCallOptions = {}): Promise<unknown> {
    const response = await this.call<{ result?: unknown }>('create', 'create', { object: this.tagged(value) }, options);
    return response.result;
  }

  async update(value: AnyObject, options: PartnerCallOptions = {}): Promise<unknown> {
    const response = await this.call<{ result?: unknown }>('update', 'update', { object: this.tagged(value) }, options);
    return response.result;
  }

  async delete(id: string, options: PartnerCallOptions = {}): Promise<boolean> {
    const response = await this.call<{ successful: boolean }>('delete', 'delete', { objectType: this.description.objectType, objectId: id }, options);
    return response.successful;
  }

  async execute(value: AnyObject, options: PartnerCallOptions & { objectId?: string } = {}): Promise<unknown> {
    const { objectId, ...callOptions } = options;
    const request = { objectType: this.description.objectType, ...(objectId ? { objectId } : {}), object: this.tagged(value) };
    const response = await this.call<{ results?: unknown }>('execute', 'execute', request, callOptions);
    return response.results;
  }

  async bulkGet(ids: readonly string[], options: BulkOptions = {}): Promise<BulkItem<unknown>[]> {
    return this.bulk('bulkGet', 'getBulk', 'GET', ids.map((id) => ({ $type: 'BulkId', id })), this.description.bulkGetLimit, options, ids);
  }

  async bulkUpdate(values: readonly AnyObject[], options: BulkOptions = {}): Promise<BulkItem<unknown>[]> {
    const ids = values.map((v) => String((v as { id?: unknown }).id ?? ''));
    return this.bulk('bulkUpdate', 'updateBulk', 'UPDATE', values.map((v) => this.tagged(v)), this.description.bulkUpdateLimit, options, ids);
  }

  private async bulk(verb: Verb, op: ObjectOperation, type: string, requests: object[], limit: number | undefined, options: BulkOptions, ids: readonly string[]): Promise<BulkItem<unknown>[]> {
    if (!limit) throw new InvalidRequestError(`${this.description.objectType} has no ${verb} limit`, { operation: op, objectType: this.description.objectType });
    const { concurrency, ...callOptions } = options;
    const chunks: number[] = [];
    for (let start = 0; start < requests.length; start += limit) chunks.push(start);
    const results: BulkItem<unknown>[] = new Array(requests.length);
    let next = 0;
    const worker = async () => {
      while (next < chunks.length) {
        const start = chunks[next++]!;
        const chunk = requests.slice(start, start + limit);
        const response = await this.call<{ results?: { response?: { index?: number; id?: string; statusCode?: number; errorMessage?: string; Result?: unknown }[] } }>(
          verb,
          op,
          { objectType: this.description.objectType, bulkObject: { type, request: chunk } },
          callOptions,
        );
        for (const [position, item] of (response.results?.response ?? []).entries()) {
          const offset = item.index ?? position;
          // An item outside the chunk would answer no id asked for, or another chunk's.
          if (!(offset >= 0 && offset < chunk.length)) throw new MalformedResponseError(`item ${position} of the answer has index ${offset}, outside the ${chunk.length} item(s) asked for`, '', { operation: op, objectType: this.description.objectType });
          const i = start + offset;
          const id = item.id ?? ids[i]!;
          results[i] = item.Result && (item.statusCode ?? 200) < 300 ? { id, ok: true, value: item.Result } : { id, ok: false, statusCode: item.statusCode ?? 0, errorMessage: item.errorMessage ?? 'no result' };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency ?? 2, chunks.length) }, worker));
    return Array.from(results, (item, i) => item ?? { id: ids[i]!, ok: false as const, statusCode: 0, errorMessage: 'the server returned no result for this id' });
  }

  async asyncGet(id: string, options: PollOptions = {}): Promise<unknown[]> {
    const { pollTimeoutMs, pollIntervalMs, ...callOptions } = options;
    const response = await this.call<{ result?: { asyncToken?: { token?: string } } }>('asyncGet', 'asyncGet', { objectType: this.description.objectType, objectId: id }, callOptions);
    return this.poll(response.result?.asyncToken?.token, 'asyncGet', 'asyncGet', callOptions, pollTimeoutMs, pollIntervalMs);
  }

  async asyncQuery(filterArgument?: unknown, options: PollOptions = {}): Promise<unknown[]> {
    const { pollTimeoutMs, pollIntervalMs, ...callOptions } = options;
    const filter = this.resolveFilter(filterArgument, 'queryAsync');
    const request = { objectType: this.description.objectType, ...(filter ? { queryConfig: { QueryFilter: { expression: filter } } } : {}) };
    const response = await this.call<{ results?: { asyncToken?: { token?: string } } }>('asyncQuery', 'queryAsync', request, callOptions);
    return this.poll(response.results?.asyncToken?.token, 'asyncQuery', 'queryAsync', callOptions, pollTimeoutMs, pollIntervalMs);
  }

  private async poll(token: string | undefined, verb: Verb, operation: string, options: PartnerCallOptions, timeoutMs = 300_000, intervalMs = 500): Promise<unknown[]> {
    if (!token) throw new SoapCallError('the server returned no async token', { operation, objectType: this.description.objectType });
    const deadline = Date.now() + timeoutMs;
    for (let wait = intervalMs; ; wait = Math.min(wait * 2, 5000)) {
      const response = await this.call<{ results?: { responseStatusCode: number; result?: unknown[] } }>(verb, 'asyncResult', { token }, { ...options, retry: true });
      if (response.results && response.results.responseStatusCode !== 202) return response.results.result ?? [];
      if (Date.now() + wait > deadline) throw new TimeoutError(timeoutMs, { operation: 'asyncResult', objectType: this.description.objectType });
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  private tagged(value: AnyObject): object {
    return '$type' in value ? value : { $type: this.description.objectType, ...value };
  }

  private call<R>(verb: Verb, op: ObjectOperation, request: object, options: PartnerCallOptions): Promise<R> {
    const { objectType } = this.description;
    const info = this.description.operations()[op];
    if (!info) return Promise.reject(new InvalidRequestError(`${objectType} cannot ${verb}: the WSDL has no ${op} operation`, { operation: op, objectType }));
    return this.client.call<R>(info, request, options, { objectType, types: this.description.types, noOverride: this.description.noAccountOverride?.includes(verb) });
  }
}

type Settled<V> = { value: V } | { error: unknown };

/** A promise that never rejects unobserved: a prefetched page that nobody reads must not crash the process. */
function settle<V>(promise: Promise<V>): Promise<Settled<V>> {
  return promise.then((value) => ({ value }), (error: unknown) => ({ error }));
}

function withResumeToken(error: unknown, token: string | undefined): unknown {
  if (error instanceof SoapCallError && token !== undefined) error.resumeToken = token;
  return error;
}
