// Bulk GET and bulk UPDATE through the SDK: any number of items, sent in chunks of exactly the
// object's limit from the capabilities (100, 5 for Component, 15 for a bulk UPDATE), each chunk
// of the right bulk type, at most `concurrency` chunks in flight at once, one result per item in
// input order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { noSuch } from '../../fake/soap-faults.ts';
import { InvalidRequestError, type BulkItem, type PartnerApiClient, type ProcessSchedules } from '../../generated/index.ts';
import { repoRoot } from '../support/paths.ts';
import { sdkClient } from './support.ts';

interface Capabilities {
  defaultBulkLimit: number;
  objects: Record<string, { verbs: Partial<Record<'bulkGet' | 'bulkUpdate', { limit?: number }>> }>;
}

const capabilities = JSON.parse(readFileSync(join(repoRoot, 'wsdl/partner-api.capabilities.json'), 'utf8')) as Capabilities;
const bulkLimit = (objectType: string, verb: 'bulkGet' | 'bulkUpdate') => capabilities.objects[objectType]!.verbs[verb]!.limit ?? capabilities.defaultBulkLimit;
const objectsWith = (verb: 'bulkGet' | 'bulkUpdate') => Object.keys(capabilities.objects).filter((o) => capabilities.objects[o]!.verbs[verb]);

let fake: RunningFake;
let boomi: PartnerApiClient;

beforeAll(async () => {
  fake = await startFakePartnerApi();
  boomi = sdkClient(fake);
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

interface Chunk {
  objectType: string;
  type: string;
  ids: string[];
}

/** The bulk requests the fake received, chunk by chunk. */
function chunks(operation: 'getBulk' | 'updateBulk'): Chunk[] {
  return fake.callLog
    .filter((call) => call.operation === operation)
    .map(({ request }) => {
      const { type, request: items } = request!['bulkObject'] as { type: string; request: { id: string }[] };
      return { objectType: request!['objectType'] as string, type, ids: items.map((item) => item.id) };
    });
}

/** Every object API of the client that offers `verb`, by accessor name. */
function apisWith<V extends string>(verb: V): [string, Record<V, (...args: never[]) => Promise<unknown>>][] {
  const names = new Set([...Object.keys(boomi), ...Object.getOwnPropertyNames(Object.getPrototypeOf(boomi))]);
  return [...names]
    .filter((name) => name !== 'constructor')
    .map((name) => [name, (boomi as unknown as Record<string, unknown>)[name]] as const)
    .filter((entry): entry is [string, Record<V, (...args: never[]) => Promise<unknown>>] => typeof (entry[1] as Record<string, unknown> | null)?.[verb] === 'function');
}

describe('bulkGet', () => {
  it('sends every object’s ids in chunks of exactly its limit, each a GET, and answers each id in input order', async () => {
    const seen = new Map<string, number[]>();
    for (const [name, api] of apisWith('bulkGet')) {
      fake.reset();
      const probe = (ids: string[]) => api.bulkGet(ids as never) as Promise<BulkItem<object>[]>;
      // The object behind the accessor, as the request names it; the type hides verbs it lacks.
      const answer = await probe(['probe']).catch((error: unknown) => error);
      // An object without bulk GET refuses it before sending anything.
      if (chunks('getBulk').length === 0) {
        expect(answer, name).toBeInstanceOf(InvalidRequestError);
        continue;
      }
      const objectType = chunks('getBulk')[0]!.objectType;
      if (!objectsWith('bulkGet').includes(objectType)) continue;
      expect(answer, name).toEqual([{ id: 'probe', ok: false, statusCode: 400, errorMessage: noSuch(objectType) }]);

      const limit = bulkLimit(objectType, 'bulkGet');
      const ids = Array.from({ length: limit + 1 }, (_, i) => `${objectType}-${i}`).reverse();
      fake.store.put(fake.primaryAccount, objectType, { id: ids[limit]! });
      fake.reset();
      const results = await probe(ids);
      const sent = chunks('getBulk');
      expect(sent.map((c) => [c.objectType, c.type]), name).toEqual([[objectType, 'GET'], [objectType, 'GET']]);
      expect(sent.map((c) => c.ids.length).sort((a, b) => b - a), name).toEqual([limit, 1]);
      expect(sent.flatMap((c) => c.ids).sort(), name).toEqual([...ids].sort());
      expect(results.map((r) => [r.id, r.ok]), name).toEqual(ids.map((id, i) => [id, i === limit]));
      expect(results[limit], name).toMatchObject({ ok: true, value: { $type: objectType } });
      seen.set(objectType, sent.map((c) => c.ids.length));
    }
    expect([...seen.keys()].sort()).toEqual(objectsWith('bulkGet').sort());
    expect(seen.get('Component')!.sort()).toEqual([1, 5]);
  });

  it('keeps input order over many chunks in flight at once, failed ids in their places', async () => {
    for (let i = 0; i < 30; i += 2) fake.store.put(fake.primaryAccount, 'Component', { componentId: `component-${i}`, name: `Component ${i}` });
    const ids = Array.from({ length: 30 }, (_, i) => `component-${(i * 7) % 30}`);
    const results = await boomi.component.bulkGet(ids, { concurrency: 4 });
    expect(chunks('getBulk').map((c) => c.ids.length)).toEqual([5, 5, 5, 5, 5, 5]);
    expect(results.map((r) => (r.ok ? `${r.id}: ${r.value.name}` : `${r.id}: ${r.statusCode}`))).toEqual(
      ids.map((id) => (Number(id.split('-')[1]) % 2 === 0 ? `${id}: Component ${id.split('-')[1]}` : `${id}: 400`)),
    );
  });
});

describe('concurrency', () => {
  /** A fetch that counts the requests in flight at once. */
  function inFlight(): { fetch: typeof fetch; readonly most: number } {
    let now = 0;
    let most = 0;
    return {
      fetch: async (input, init) => {
        most = Math.max(most, ++now);
        try {
          return await fetch(input, init);
        } finally {
          now--;
        }
      },
      get most() {
        return most;
      },
    };
  }

  it.each([
    ['1', 1, { concurrency: 1 }],
    ['the default', 2, {}],
    ['10', 3, { concurrency: 10 }],
  ])('concurrency %s: at most %i of three chunks in flight at once', async (_name, most, options) => {
    const observed = inFlight();
    const ids = Array.from({ length: 15 }, (_, i) => `component-${i}`);
    const results = await sdkClient(fake, { fetch: observed.fetch }).component.bulkGet(ids, options);
    expect(results.map((r) => r.id)).toEqual(ids);
    expect(chunks('getBulk').map((c) => c.ids.length)).toEqual([5, 5, 5]);
    expect(observed.most).toBe(most);
  });
});

describe('bulkUpdate', () => {
  const schedule = (i: number, processId: string): ProcessSchedules => ({ $type: 'ProcessSchedules', id: `schedule-${i}`, atomId: 'atom-1', processId });

  it('sends UPDATE chunks of exactly the limit, updates every object and answers each in input order', async () => {
    expect(objectsWith('bulkUpdate')).toEqual(['ProcessSchedules']);
    const limit = bulkLimit('ProcessSchedules', 'bulkUpdate');
    const count = limit + 1;
    for (let i = 0; i < count; i++) fake.store.put(fake.primaryAccount, 'ProcessSchedules', { ...schedule(i, 'process-old') });
    const updates = Array.from({ length: count }, (_, i) => schedule(count - 1 - i, `process-${count - 1 - i}`));
    updates.splice(3, 0, schedule(99, 'process-unknown'));

    const results = await boomi.processSchedules.bulkUpdate(updates);

    const sent = chunks('updateBulk');
    expect(sent.map((c) => [c.objectType, c.type])).toEqual([['ProcessSchedules', 'UPDATE'], ['ProcessSchedules', 'UPDATE']]);
    expect(sent.map((c) => c.ids.length).sort((a, b) => b - a)).toEqual([limit, 2]);
    expect(results.map((r) => (r.ok ? `${r.id}: ${r.value.processId}` : `${r.id}: ${r.statusCode}`))).toEqual(
      updates.map((u) => (u.id === 'schedule-99' ? 'schedule-99: 400' : `${u.id}: ${u.processId}`)),
    );
    for (let i = 0; i < count; i++) expect(fake.store.get(fake.primaryAccount, 'ProcessSchedules', `schedule-${i}`)).toMatchObject({ processId: `process-${i}` });
  });
});
