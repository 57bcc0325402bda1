/**
 * The operations of one API object, on top of SoapClient: get, query with paging (records or
 * pages, resumable from a token, the next page fetched while the current one is consumed but
 * never more than one ahead), create, update, delete, execute, bulk get and update in chunks
 * with per-item results in input order, and the asynchronous operations polled to completion.
 * The generated client exposes, per object, only the verbs that object supports.
 */
import { BoomiApiError, InvalidRequestError, MalformedResponseError, TimeoutError } from './errors.js';
import type { CallOptions, OperationInfo, SoapClient } from './soap-client.js';
import { filterBuilder, type FilterInfo } from './query-filter.js';

export type Verb = 'get' | 'query' | 'create' | 'update' | 'delete' | 'execute' | 'bulkGet' | 'bulkUpdate' | 'asyncGet' | 'asyncQuery';

/** The SOAP operations the object API uses, from the generated operation table. */
export type ObjectOperationTable = Record<'get' | 'query' | 'queryMore' | 'create' | 'update' | 'delete' | 'execute' | 'getBulk' | 'updateBulk' | 'asyncGet' | 'queryAsync' | 'asyncResult', OperationInfo>;

export interface ObjectFacts {
  objectType: string;
  bulkGetLimit?: number;
  bulkUpdateLimit?: number;
  /** Verbs for which Boomi refuses the Partner account override. */
  noAccountOverride?: readonly Verb[];
  /** The object's filter fields and operators, for the filter builder. */
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

export interface QueryOptions extends CallOptions {
  /** Resume a query from the token of an earlier page. */
  fromToken?: string;
}

export interface BulkOptions extends CallOptions {
  /** Chunks in flight at once, default 2. */
  concurrency?: number;
}

export interface PollOptions extends CallOptions {
  /** Give up after this long, default 5 minutes. */
  pollTimeoutMs?: number;
  /** First wait between polls, doubled up to 5 s; default 500 ms. */
  pollIntervalMs?: number;
}

interface QueryResultValue<T> {
  numberOfResults?: number;
  queryToken?: string;
  result?: T[];
}

export class ObjectApi<T extends object, Filter extends object = object, Builder = never> {
  constructor(
    private readonly client: SoapClient,
    private readonly ops: ObjectOperationTable,
    private readonly facts: ObjectFacts,
    private readonly defaults: CallOptions = {},
  ) {}

  /** The same operations with other default call options (the Partner account override). */
  withOptions(defaults: CallOptions): ObjectApi<T, Filter, Builder> {
    return new ObjectApi(this.client, this.ops, this.facts, { ...this.defaults, ...defaults });
  }

  private resolveFilter(filter: FilterArgument<Filter, Builder> | undefined): Filter | undefined {
    if (typeof filter !== 'function') return filter;
    if (!this.facts.filter) throw new InvalidRequestError(`${this.facts.objectType} has no filter fields`, { operation: 'query', objectType: this.facts.objectType });
    return (filter as (f: Builder) => Filter)(filterBuilder<Builder>(this.facts.filter));
  }

  async get(id: string, options: CallOptions = {}): Promise<T> {
    const response = await this.call<{ result?: T }>('get', 'get', { objectType: this.facts.objectType, objectId: id }, options);
    // Boomi answers a missing object with a fault; an answer without a result says nothing of the object.
    if (!response.result) throw new MalformedResponseError(`the getResponse holds no result for ${id}`, '', { operation: 'get', objectType: this.facts.objectType });
    return response.result;
  }

  /** Every record the filter matches (all when there is none), page after page, lazily. */
  async *query(filter?: FilterArgument<Filter, Builder>, options: QueryOptions = {}): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages(filter, options)) yield* page.records;
  }

  async *pages(filterArgument?: FilterArgument<Filter, Builder>, options: QueryOptions = {}): AsyncGenerator<QueryPage<T>, void, undefined> {
    const filter = this.resolveFilter(filterArgument);
    const first = (): Promise<QueryResultValue<T>> =>
      options.fromToken !== undefined
        ? this.queryMore(options.fromToken, options)
        : this.call<{ results?: QueryResultValue<T> }>('query', 'query', { objectType: this.facts.objectType, ...(filter ? { queryConfig: { QueryFilter: { expression: filter } } } : {}) }, options).then((r) => r.results ?? {});
    let lastToken = options.fromToken;
    let pending = settle(first());
    for (;;) {
      const page = await pending;
      if ('error' in page) throw withResumeToken(page.error, lastToken);
      const token = page.value.queryToken;
      // The next page is fetched while this one is consumed: at most one ahead.
      if (token) pending = settle(this.queryMore(token, options));
      yield { records: page.value.result ?? [], ...(token ? { queryToken: token } : {}) };
      if (!token) return;
      lastToken = token;
    }
  }

  private async queryMore(token: string, options: CallOptions): Promise<QueryResultValue<T>> {
    const response = await this.call<{ results?: QueryResultValue<T> }>('query', 'queryMore', { queryToken: token }, options);
    return response.results ?? {};
  }

  async create(value: T | Omit<T, '$type'>, options: CallOptions = {}): Promise<T> {
    const response = await this.call<{ result?: T }>('create', 'create', { object: this.tagged(value) }, options);
    return response.result as T;
  }

  async update(value: T | Omit<T, '$type'>, options: CallOptions = {}): Promise<T> {
    const response = await this.call<{ result?: T }>('update', 'update', { object: this.tagged(value) }, options);
    return response.result as T;
  }

  async delete(id: string, options: CallOptions = {}): Promise<boolean> {
    const response = await this.call<{ successful: boolean }>('delete', 'delete', { objectType: this.facts.objectType, objectId: id }, options);
    return response.successful;
  }

  async execute<Result = unknown>(value: object, options: CallOptions & { objectId?: string } = {}): Promise<Result> {
    const { objectId, ...callOptions } = options;
    const request = { objectType: this.facts.objectType, ...(objectId ? { objectId } : {}), object: value };
    const response = await this.call<{ results?: Result }>('execute', 'execute', request, callOptions);
    return response.results as Result;
  }

  /** Any number of ids, in chunks of the object's bulk limit; one result per id, in input order. */
  async bulkGet(ids: readonly string[], options: BulkOptions = {}): Promise<BulkItem<T>[]> {
    return this.bulk('bulkGet', 'getBulk', 'GET', ids.map((id) => ({ $type: 'BulkId', id })), this.facts.bulkGetLimit ?? 100, options, ids);
  }

  async bulkUpdate(values: readonly T[], options: BulkOptions = {}): Promise<BulkItem<T>[]> {
    const ids = values.map((v) => String((v as { id?: unknown }).id ?? ''));
    return this.bulk('bulkUpdate', 'updateBulk', 'UPDATE', values.map((v) => this.tagged(v)), this.facts.bulkUpdateLimit ?? 15, options, ids);
  }

  private async bulk(verb: Verb, op: keyof ObjectOperationTable, type: string, requests: object[], limit: number, options: BulkOptions, ids: readonly string[]): Promise<BulkItem<T>[]> {
    const chunks: number[] = [];
    for (let start = 0; start < requests.length; start += limit) chunks.push(start);
    const results: BulkItem<T>[] = new Array(requests.length);
    let next = 0;
    const worker = async () => {
      while (next < chunks.length) {
        const start = chunks[next++]!;
        const chunk = requests.slice(start, start + limit);
        const response = await this.call<{ results?: { response?: { index?: number; id?: string; statusCode?: number; errorMessage?: string; Result?: T }[] } }>(
          verb,
          op,
          { objectType: this.facts.objectType, bulkObject: { type, request: chunk } },
          options,
        );
        for (const [position, item] of (response.results?.response ?? []).entries()) {
          const i = start + (item.index ?? position);
          const id = item.id ?? ids[i] ?? '';
          results[i] = item.Result && (item.statusCode ?? 200) < 300 ? { id, ok: true, value: item.Result } : { id, ok: false, statusCode: item.statusCode ?? 0, errorMessage: item.errorMessage ?? 'no result' };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 2, chunks.length) }, worker));
    return Array.from(results, (item, i) => item ?? { id: ids[i] ?? '', ok: false as const, statusCode: 0, errorMessage: 'the server returned no result for this id' });
  }

  /** asyncGet, then asyncResult polled until the result is complete. */
  async asyncGet(id: string, options: PollOptions = {}): Promise<T[]> {
    const response = await this.call<{ result?: { asyncToken?: { token?: string } } }>('asyncGet', 'asyncGet', { objectType: this.facts.objectType, objectId: id }, options);
    return this.poll(response.result?.asyncToken?.token, 'asyncGet', options);
  }

  async asyncQuery(filterArgument?: FilterArgument<Filter, Builder>, options: PollOptions = {}): Promise<T[]> {
    const filter = this.resolveFilter(filterArgument);
    const request = { objectType: this.facts.objectType, ...(filter ? { queryConfig: { QueryFilter: { expression: filter } } } : {}) };
    const response = await this.call<{ results?: { asyncToken?: { token?: string } } }>('asyncQuery', 'queryAsync', request, options);
    return this.poll(response.results?.asyncToken?.token, 'queryAsync', options);
  }

  private async poll(token: string | undefined, operation: string, options: PollOptions): Promise<T[]> {
    if (!token) throw new BoomiApiError('the server returned no async token', { operation, objectType: this.facts.objectType });
    const deadline = Date.now() + (options.pollTimeoutMs ?? 300_000);
    for (let wait = options.pollIntervalMs ?? 500; ; wait = Math.min(wait * 2, 5000)) {
      const response = await this.call<{ results?: { responseStatusCode: number; result?: T[] } }>('asyncGet', 'asyncResult', { token }, { ...options, retry: true });
      if (response.results && response.results.responseStatusCode !== 202) return response.results.result ?? [];
      if (Date.now() + wait > deadline) throw new TimeoutError(options.pollTimeoutMs ?? 300_000, { operation: 'asyncResult', objectType: this.facts.objectType });
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  private tagged(value: object): object {
    return '$type' in value ? value : { $type: this.facts.objectType, ...value };
  }

  private call<R>(verb: Verb, op: keyof ObjectOperationTable, request: object, options: CallOptions): Promise<R> {
    const merged = { ...this.defaults, ...options };
    if (merged.accountId !== undefined && this.facts.noAccountOverride?.includes(verb)) {
      return Promise.reject(new InvalidRequestError(`Boomi does not accept the account override for ${verb} of ${this.facts.objectType}`, { operation: this.ops[op].name, objectType: this.facts.objectType }));
    }
    return this.client.call<R>(this.ops[op], request, this.facts.objectType, merged);
  }
}

type Settled<V> = { value: V } | { error: unknown };

/** A promise that never rejects unobserved: a prefetched page that nobody reads must not crash the process. */
function settle<V>(promise: Promise<V>): Promise<Settled<V>> {
  return promise.then((value) => ({ value }), (error: unknown) => ({ error }));
}

function withResumeToken(error: unknown, token: string | undefined): unknown {
  if (error instanceof BoomiApiError && token !== undefined) error.resumeToken = token;
  return error;
}
