// The Partner account override on a verb Boomi refuses it on (issue #14): Account CREATE and
// DELETE, AccountProvision. With `withAccount(id)` or a per-call `accountId` such a call does not
// compile (tsc checks every @ts-expect-error here), and from JavaScript it is an
// InvalidRequestError before anything is sent to the fake Partner API.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, DEFAULT_USER, startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { account, accountProvision, InvalidRequestError, PartnerClient, type PartnerApiClient, type PartnerCallOptions } from '../../generated/index.ts';
import { sdkClient } from '../sdk/support.ts';

const SUB = 'sub-XY34ZW';
let fake: RunningFake;
let boomi: PartnerApiClient;
let partner: PartnerClient;

beforeAll(async () => {
  fake = await startFakePartnerApi({ subAccounts: [SUB] });
  boomi = sdkClient(fake);
  partner = new PartnerClient({ accountId: fake.primaryAccount, username: DEFAULT_USER, password: DEFAULT_PASSWORD, endpoint: fake.url, allowInsecureHttp: true });
});
beforeEach(() => fake.reset());
afterAll(() => fake.close());

/** The per-call override as a JavaScript caller passes it, past the types. */
const override = { accountId: SUB } as never;
const provisioning = { $type: 'AccountProvision', name: 'New Customer', countryCode: 'US' } as const;

describe('does not compile', () => {
  it('withAccount(id) offers none of those verbs, and they take no accountId', () => {
    const shared: PartnerCallOptions = { accountId: SUB, timeoutMs: 5000 };
    const mistakes = [
      // @ts-expect-error withAccount(id).account has no create
      () => boomi.withAccount(SUB).account.create({ name: 'x' }),
      // @ts-expect-error nor delete
      () => boomi.withAccount(SUB).account.delete('sub-1'),
      // @ts-expect-error nor AccountProvision's execute
      () => boomi.withAccount(SUB).accountProvision.execute(provisioning),
      // @ts-expect-error the accessor over a sub-account client neither
      () => account(partner.withAccount(SUB)).create({ name: 'x' }),
      // @ts-expect-error a per-call accountId on Account CREATE
      () => boomi.account.create({ name: 'x' }, { accountId: SUB }),
      // @ts-expect-error on Account DELETE
      () => boomi.account.delete('sub-1', { accountId: SUB }),
      // @ts-expect-error on AccountProvision's execute
      () => boomi.accountProvision.execute(provisioning, { accountId: SUB }),
      // @ts-expect-error on its get
      () => accountProvision(partner).get('provision-1', { accountId: SUB }),
      // @ts-expect-error nor in options made elsewhere and shared between calls
      () => boomi.account.create({ name: 'x' }, shared),
    ];
    // What does compile: the same verbs without the override, the override where Boomi takes it.
    const allowed = [
      () => boomi.account.create({ name: 'x' }),
      () => boomi.account.delete('sub-1', { timeoutMs: 1000 }),
      () => boomi.accountProvision.execute(provisioning),
      () => boomi.withAccount(SUB).account.get(SUB),
      () => boomi.account.get(SUB, shared),
    ];
    expect([mistakes.length, allowed.length]).toEqual([9, 5]);
  });
});

describe('from JavaScript → InvalidRequestError; nothing sent', () => {
  /** What a JavaScript caller reaches: every verb, whatever the view. */
  const js = (api: unknown) => api as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const cases: [string, () => Promise<unknown>, string][] = [
    ['withAccount(id).account.create', () => js(boomi.withAccount(SUB).account)['create']!({ name: 'x' }), 'create Account: Boomi does not accept the account override for create of Account'],
    ['withAccount(id).account.delete', () => js(boomi.withAccount(SUB).account)['delete']!('sub-1'), 'delete Account: Boomi does not accept the account override for delete of Account'],
    ['account.create with accountId', () => boomi.account.create({ name: 'x' }, override), 'create Account: Boomi does not accept the account override for create of Account'],
    ['account.delete with accountId', () => boomi.account.delete('sub-1', override), 'delete Account: Boomi does not accept the account override for delete of Account'],
    ['accountProvision.execute with accountId', () => boomi.accountProvision.execute(provisioning, override), 'execute AccountProvision: Boomi does not accept the account override for execute of AccountProvision'],
    ['withAccount(id).accountProvision.execute', () => js(boomi.withAccount(SUB).accountProvision)['execute']!(provisioning), 'execute AccountProvision: Boomi does not accept the account override for execute of AccountProvision'],
    ['accountProvision.get with accountId', () => boomi.accountProvision.get('provision-1', override), 'get AccountProvision: Boomi does not accept the account override for get of AccountProvision'],
    ['account(partner.withAccount(id)).create', () => js(account(partner.withAccount(SUB)))['create']!({ name: 'x' }), 'create Account: Boomi does not accept the account override for create of Account'],
  ];
  it.each(cases)('%s', async (_name, call, message) => {
    const error = await call().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as Error).message).toBe(message);
    expect(fake.httpRequests).toBe(0);
    expect(fake.callLog).toEqual([]);
  });

  it('without the override the same verbs are sent, to the credentials’ own account', async () => {
    const created = await boomi.account.create({ name: 'Acme Retail' });
    const started = await boomi.accountProvision.execute(provisioning);
    expect(await boomi.account.delete(created.accountId!)).toBe(true);
    expect(started).toMatchObject({ $type: 'AccountProvisionResult', status: 'PENDING' });
    expect(fake.callLog.map((call) => `${call.operation} ${call.request?.['accountId'] ?? '(no override)'}`)).toEqual(['create (no override)', 'execute (no override)', 'delete (no override)']);
  });
});
