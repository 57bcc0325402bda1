// The asynchronous operations through the SDK: asyncResult polled until the result is complete,
// the wait between polls doubled from pollIntervalMs, a TimeoutError once the next wait would end
// past pollTimeoutMs, each poll retried like any idempotent call, an empty result an empty list.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { TimeoutError, type PartnerApiClient } from '../../generated/index.ts';
import { sdkClient } from './support.ts';

let fake: RunningFake;
let boomi: PartnerApiClient;

beforeAll(async () => {
  fake = await startFakePartnerApi();
  fake.store.put(fake.primaryAccount, 'AtomDiskSpace', { id: 'atom-1', totalSize: '10 GB' });
  fake.store.put(fake.primaryAccount, 'ListenerStatus', { listenerId: 'l-1', status: 'listening', containerId: 'atom-1' });
  boomi = sdkClient(fake);
});
beforeEach(() => fake.reset());
afterAll(() => fake.close());

describe('the wait between polls', () => {
  it('doubles from pollIntervalMs: three pending answers take 1 + 2 + 4 ms of waiting, well within the timeout', async () => {
    fake.settings.asyncPendingPolls = 3;
    expect(await boomi.atomDiskSpace.asyncGet('atom-1', { pollIntervalMs: 1, pollTimeoutMs: 2000 })).toEqual([{ $type: 'AtomDiskSpace', totalSize: '10 GB' }]);
    expect(fake.callCount('asyncResult')).toBe(4);
  });

  it('ends in a TimeoutError when the next wait would end past pollTimeoutMs: after the second poll, 400 + 800 ms being over 1000', async () => {
    fake.settings.asyncPendingPolls = 100;
    const error = await boomi.atomDiskSpace.asyncGet('atom-1', { pollIntervalMs: 400, pollTimeoutMs: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ message: 'asyncResult AtomDiskSpace: no complete response within 1000 ms', timeoutMs: 1000, operation: 'asyncResult', objectType: 'AtomDiskSpace' });
    expect(fake.callCount('asyncResult')).toBe(2);
  });
});

describe('a poll', () => {
  it('is retried even when the client retries no operation by default', async () => {
    fake.settings.asyncPendingPolls = 0;
    const strict = sdkClient(fake, { idempotentOperations: [] });
    fake.failNext({ operation: 'asyncResult', faultstring: 'Busy', httpStatus: 503 });
    expect(await strict.atomDiskSpace.asyncGet('atom-1')).toEqual([{ $type: 'AtomDiskSpace', totalSize: '10 GB' }]);
    expect(fake.callLog.map((call) => call.operation)).toEqual(['asyncGet', 'asyncResult', 'asyncResult']);
  });

  it('that completes without records gives an empty list', async () => {
    fake.settings.asyncPendingPolls = 0;
    expect(await boomi.listenerStatus.asyncQuery((f) => f.listenerId.equals('l-9'))).toEqual([]);
    expect(fake.callLog.map((call) => call.operation)).toEqual(['queryAsync', 'asyncResult']);
  });
});
