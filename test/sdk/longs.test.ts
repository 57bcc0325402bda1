// xs:long end to end: a bigint beyond 2^53 written by the SDK reaches the fake exactly, and one
// the fake holds reaches the SDK exactly (through Number either way it would come back rounded).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import type { PartnerApiClient } from '../../generated/index.ts';
import { sdkClient } from './support.ts';

const LONGS = [2n ** 53n + 1n, 2n ** 63n - 1n, -(2n ** 63n)];
let fake: RunningFake;
let boomi: PartnerApiClient;

beforeAll(async () => {
  fake = await startFakePartnerApi();
  boomi = sdkClient(fake);
});
afterAll(() => fake.close());

it.each(LONGS)('%s goes from the SDK to the fake and back exactly', async (value) => {
  const created = await boomi.atom.create({ name: 'Long runner', forceRestartTime: value });
  expect(fake.store.get(fake.primaryAccount, 'Atom', created.id!)!['forceRestartTime']).toBe(value);
  expect(created.forceRestartTime).toBe(value);
  expect((await boomi.atom.get(created.id!)).forceRestartTime).toBe(value);
});

it('reads a long the fake holds exactly, as an attribute and as an element', async () => {
  fake.store.put(fake.primaryAccount, 'AtomDiskSpace', { id: 'atom-1', rawQuotaLimit: 2n ** 62n + 3n });
  fake.store.put(fake.primaryAccount, 'GenericConnectorRecord', { id: 'record-1', size: 2n ** 60n + 7n });
  expect(await boomi.atomDiskSpace.asyncGet('atom-1', { pollIntervalMs: 1 })).toMatchObject([{ rawQuotaLimit: 2n ** 62n + 3n }]);
  expect((await boomi.genericConnectorRecord.get('record-1')).size).toBe(2n ** 60n + 7n);
});
