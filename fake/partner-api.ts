/**
 * The fake's behaviour per SOAP operation: in-memory objects per account, query filters and
 * paging with opaque tokens, bulk per-item results, asynchronous tokens answered 202 a few
 * times, account provisioning, and the Partner account override with Boomi's refusals.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fault } from './faults.ts';
import { compileFilter, FilterError, type Expression } from './filter.ts';
import { FakeStore, type StoredObject } from './store.ts';

interface Capabilities {
  objects: Record<string, { verbs: Record<string, { limit?: number; accountOverride?: boolean }>; query?: { fields: { property: string }[]; openProperties: boolean; operators: string[] } }>;
}

export interface PartnerApiState {
  store: FakeStore;
  primaryAccount: string;
  subAccounts: Set<string>;
  pageSize: number;
  asyncPending: number;
}

type Request = Record<string, unknown>;

const capabilities = JSON.parse(readFileSync(new URL('../wsdl/partner-api.capabilities.json', import.meta.url), 'utf8')) as Capabilities;

export class FakePartnerApi {
  private readonly queries = new Map<string, { rows: StoredObject[]; offset: number }>();
  private readonly asyncJobs = new Map<string, { rows: StoredObject[]; polls: number }>();
  private readonly provisions = new Map<string, { accountId: string; name: string; polls: number }>();

  constructor(readonly state: PartnerApiState) {}

  handle(operation: string, request: Request): Request {
    const account = this.effectiveAccount(operation, request);
    switch (operation) {
      case 'get':
        return { result: this.get(account, String(request['objectType']), String(request['objectId'])) };
      case 'create':
        return { result: this.create(account, request['object'] as StoredObject) };
      case 'update':
        return { result: this.update(account, request['object'] as StoredObject) };
      case 'delete':
        return { successful: this.state.store.delete(account, String(request['objectType']), String(request['objectId'])) };
      case 'query':
        return { results: this.startQuery(account, request) };
      case 'queryMore':
        return { results: this.nextPage(String(request['queryToken'])) };
      case 'getBulk':
        return { results: this.bulkGet(account, request) };
      case 'asyncGet':
        return { result: this.startAsync([this.get(account, String(request['objectType']), String(request['objectId']))]) };
      case 'queryAsync':
        return { results: this.startAsync(this.select(account, request)) };
      case 'asyncResult':
        return { results: this.asyncResult(String(request['token'])) };
      case 'execute':
        return { results: this.execute(request) };
      default:
        return {}; // actions: accepted, nothing to return
    }
  }

  /** The account a call acts on: the override when given, if the caller may act for it. */
  private effectiveAccount(operation: string, request: Request): string {
    const override = request['accountId'];
    if (override === undefined) return this.state.primaryAccount;
    const object = request['object'] as { $type?: string } | undefined;
    const objectType = (request['objectType'] as string | undefined) ?? object?.$type;
    const verb = operation === 'getBulk' ? 'bulkGet' : operation;
    if (objectType && capabilities.objects[objectType]?.verbs[verb]?.accountOverride === false) throw fault(`The account override is not allowed for ${verb} of ${objectType}`);
    if (override !== this.state.primaryAccount && !this.state.subAccounts.has(String(override))) throw fault(`Access denied: ${String(override)} is not below ${this.state.primaryAccount}`);
    return String(override);
  }

  private get(account: string, objectType: string, id: string): StoredObject {
    if (objectType === 'AccountProvision') return this.provisionStatus(id);
    const found = this.state.store.get(account, objectType, id);
    if (!found) throw fault(`${objectType} ${id} does not exist`);
    return found;
  }

  private create(account: string, object: StoredObject | undefined): StoredObject {
    if (!object?.$type) throw fault('create needs an object with xsi:type');
    const { $type, ...fields } = object;
    return this.state.store.put(account, $type, { ...fields, id: undefined });
  }

  private update(account: string, object: StoredObject | undefined): StoredObject {
    if (!object?.$type || typeof object['id'] !== 'string') throw fault('update needs an object with xsi:type and id');
    if (!this.state.store.get(account, object.$type, object['id'])) throw fault(`${object.$type} ${object['id']} does not exist`);
    const { $type, ...fields } = object;
    return this.state.store.put(account, $type, fields);
  }

  private select(account: string, request: Request): StoredObject[] {
    const objectType = String(request['objectType']);
    const query = capabilities.objects[objectType]?.query;
    if (!query) throw fault(`${objectType} cannot be queried`);
    const expression = (request['queryConfig'] as { QueryFilter?: { expression?: Expression } } | undefined)?.QueryFilter?.expression;
    try {
      const matches = compileFilter(expression, { ...(query.openProperties ? {} : { properties: query.fields.map((f) => f.property) }), operators: query.operators });
      return this.state.store.all(account, objectType).filter(matches);
    } catch (error) {
      if (error instanceof FilterError) throw fault(`${objectType}: ${error.message}`);
      throw error;
    }
  }

  private startQuery(account: string, request: Request): Request {
    const rows = this.select(account, request);
    return this.page(randomToken(), rows, 0);
  }

  private nextPage(token: string): Request {
    // Tokens stay valid after use, so a client can resume from a token it saved.
    const query = this.queries.get(token);
    if (!query) throw fault('Invalid or expired query token');
    return this.page(randomToken(), query.rows, query.offset);
  }

  private page(nextToken: string, rows: StoredObject[], offset: number): Request {
    const result = rows.slice(offset, offset + this.state.pageSize);
    const more = offset + this.state.pageSize < rows.length;
    if (more) this.queries.set(nextToken, { rows, offset: offset + this.state.pageSize });
    return { numberOfResults: result.length, ...(more ? { queryToken: nextToken } : {}), result };
  }

  private bulkGet(account: string, request: Request): Request {
    const objectType = String(request['objectType']);
    const ids = ((request['bulkObject'] as { request?: { id?: string }[] } | undefined)?.request ?? []).map((r) => r.id ?? '');
    const limit = capabilities.objects[objectType]?.verbs['bulkGet']?.limit ?? 100;
    if (ids.length > limit) throw fault(`A bulk request for ${objectType} may hold at most ${limit} ids, not ${ids.length}`);
    const response = ids.map((id, index) => {
      const found = this.state.store.get(account, objectType, id);
      return found ? { index, id, statusCode: 200, Result: found } : { index, id, statusCode: 400, errorMessage: `${objectType} ${id} does not exist` };
    });
    return { response };
  }

  private startAsync(rows: StoredObject[]): Request {
    const token = randomToken();
    this.asyncJobs.set(token, { rows, polls: 0 });
    return { responseStatusCode: 202, asyncToken: { $type: 'AsyncToken', token } };
  }

  private asyncResult(token: string): Request {
    const job = this.asyncJobs.get(token);
    if (!job) throw fault('Invalid or expired async token');
    if (job.polls++ < this.state.asyncPending) return { responseStatusCode: 202 };
    this.asyncJobs.delete(token);
    return { responseStatusCode: 200, numberOfResults: job.rows.length, result: job.rows };
  }

  private execute(request: Request): Request {
    const object = request['object'] as StoredObject | undefined;
    if (request['objectType'] !== 'AccountProvision' || object?.$type !== 'AccountProvision') return object ?? {};
    const id = randomToken().slice(0, 12);
    const accountId = `${String(object['name'] ?? 'customer').replace(/\W+/g, '').toLowerCase()}-${id.slice(0, 6).toUpperCase()}`;
    this.provisions.set(id, { accountId, name: String(object['name'] ?? ''), polls: 0 });
    return { $type: 'AccountProvisionResult', id, status: 'PENDING' };
  }

  private provisionStatus(id: string): StoredObject {
    const job = this.provisions.get(id);
    if (!job) throw fault(`AccountProvision ${id} does not exist`);
    if (job.polls++ < this.state.asyncPending) return { $type: 'AccountProvisionResult', id, status: 'PENDING' };
    this.state.subAccounts.add(job.accountId);
    this.state.store.put(this.state.primaryAccount, 'Account', { id: job.accountId, accountId: job.accountId, name: job.name, status: 'active' });
    return { $type: 'AccountProvisionResult', id, status: 'COMPLETED', accountId: job.accountId };
  }
}

/** Opaque, long and base64-like, as Boomi's query tokens are. */
function randomToken(): string {
  return randomBytes(48).toString('base64');
}
