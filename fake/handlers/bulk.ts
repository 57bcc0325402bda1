/**
 * Bulk GET and bulk UPDATE. One `response` per requested item, in request order, with its
 * `index` (from 0), `id` and `statusCode`: 200 and the object in `Result`, or 400 and an
 * `errorMessage` — a bad item never fails the call. A request over the object's limit (100 ids,
 * 5 for Component, 15 for a bulk UPDATE) or of the wrong bulk type is a fault.
 */
import { clientFault, noSuch } from '../soap-faults.ts';
import type { Decoded } from '../xml/decode.ts';
import { required, targetAccount, type Call, type FakeState } from './context.ts';

interface BulkRequest {
  type?: string;
  request?: Decoded[];
}

export function getBulk(state: FakeState, call: Call): Decoded {
  const objectType = required(call.request, 'objectType', 'getBulk');
  const account = targetAccount(state, call, objectType, 'bulkGet');
  const items = bulkItems(state, call, objectType, 'GET');
  const response = items.map((item, index) => {
    if (item.$type !== 'BulkId') return failed(index, '', `Item ${index} is a ${item.$type ?? 'value without xsi:type'}, not a BulkId.`);
    const id = String(item['id'] ?? '');
    const found = state.store.get(account, objectType, id);
    return found ? { index, id, statusCode: 200, Result: found } : failed(index, id, noSuch(objectType));
  });
  return { results: { response } };
}

export function updateBulk(state: FakeState, call: Call): Decoded {
  const objectType = required(call.request, 'objectType', 'updateBulk');
  const account = targetAccount(state, call, objectType, 'bulkUpdate');
  const items = bulkItems(state, call, objectType, 'UPDATE');
  const key = state.store.idField(objectType);
  const response = items.map((item, index) => {
    const id = String(item[key] ?? item['id'] ?? '');
    if (item.$type !== objectType) return failed(index, id, `Item ${index} is a ${item.$type ?? 'value without xsi:type'}, not a ${objectType}.`);
    if (!state.store.get(account, objectType, id)) return failed(index, id, noSuch(objectType));
    return { index, id, statusCode: 200, Result: state.store.put(account, objectType, item) };
  });
  return { results: { response } };
}

function bulkItems(state: FakeState, call: Call, objectType: string, type: 'GET' | 'UPDATE'): Decoded[] {
  const bulk = required<BulkRequest>(call.request, 'bulkObject', call.operation);
  if (bulk.type !== undefined && bulk.type !== type) throw clientFault(`Invalid request: ${call.operation} takes a bulkObject of type ${type}, not ${bulk.type}.`);
  const items = bulk.request ?? [];
  const limit = state.capabilities.bulkLimit(objectType, type === 'GET' ? 'bulkGet' : 'bulkUpdate');
  if (items.length > limit) throw clientFault(`A bulk ${type} of ${objectType} takes at most ${limit} items; this request has ${items.length}.`);
  return items;
}

function failed(index: number, id: string, errorMessage: string): Decoded {
  return { index, id, statusCode: 400, errorMessage };
}
