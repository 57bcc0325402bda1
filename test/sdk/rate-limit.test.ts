// The client-side rate limit through the SDK: each request counts against the account it acts
// for (Boomi limits Partner calls per account named in the request), so a busy sub-account does
// not hold up the others. Time is a clock the test moves; what reached the fake is counted.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { callsByAccount, eventually, manualClock, sdkClient } from './support.ts';

const SUB_A = 'sub-A1XY34';
const SUB_B = 'sub-B2ZW56';
let fake: RunningFake;

beforeAll(async () => {
  fake = await startFakePartnerApi({ subAccounts: [SUB_A, SUB_B] });
  for (const account of [fake.primaryAccount, SUB_A, SUB_B]) fake.store.put(account, 'Environment', { id: 'env-1', name: account });
});
afterAll(() => fake.close());

it('spaces the requests of each acting account, and of that account only', async () => {
  const clock = manualClock();
  const boomi = sdkClient(fake, { requestsPerSecond: 1, clock });
  let finished = 0;
  const calls = [
    boomi.environment.get('env-1'),
    boomi.environment.get('env-1'),
    boomi.withAccount(SUB_A).environment.get('env-1'),
    boomi.environment.get('env-1', { accountId: SUB_A }),
    boomi.withAccount(SUB_B).environment.get('env-1'),
  ].map((call) => call.then(() => finished++));

  // Each account's first request goes at once; its second waits for the clock.
  await eventually(() => expect(finished + clock.sleeping).toBe(calls.length));
  expect(callsByAccount(fake).sort()).toEqual([`get → ${fake.primaryAccount}`, `get → ${SUB_A}`, `get → ${SUB_B}`].sort());
  expect(clock.sleeping).toBe(2);

  clock.advance(999);
  expect(clock.sleeping).toBe(2);
  clock.advance(1);
  await Promise.all(calls);
  expect(callsByAccount(fake).slice(3).sort()).toEqual([`get → ${fake.primaryAccount}`, `get → ${SUB_A}`].sort());
});
