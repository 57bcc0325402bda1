// The generated SDK against the fake Partner API, over HTTP on loopback.
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { AuthenticationError, InvalidRequestError, NotFoundError, PartnerApiClient, RateLimitError, SoapFaultError, type Environment, type EnvironmentFilterBuilder } from '../../generated/index.ts';

const PASSWORD = 's3cret';
let fake: RunningFake;
let boomi: PartnerApiClient;

const client = (overrides: Partial<ConstructorParameters<typeof PartnerApiClient>[0] & object> = {}) =>
  new PartnerApiClient({ accountId: 'acme-AB12CD', username: 'ops@acme.example', password: PASSWORD, endpoint: fake.url, allowInsecureHttp: true, requestsPerSecond: 1000, retry: { baseDelayMs: 1, maxDelayMs: 5 }, ...overrides });

beforeAll(async () => {
  fake = await startFakePartnerApi({ subAccounts: ['sub-XY34ZW'] });
  for (let i = 0; i < 250; i++) fake.store.put('acme-AB12CD', 'Environment', { id: `env-${String(i).padStart(3, '0')}`, name: `Environment ${i}`, classification: i % 3 === 0 ? 'PROD' : 'TEST' });
  fake.store.put('acme-AB12CD', 'Account', { id: 'sub-XY34ZW', accountId: 'sub-XY34ZW', name: 'Sub', status: 'active' });
  boomi = client();
});
afterAll(() => fake.close());

describe('objects', () => {
  it('gets a typed object', async () => {
    const account = await boomi.account.get('sub-XY34ZW');
    expect(account).toEqual({ $type: 'Account', accountId: 'sub-XY34ZW', name: 'Sub', status: 'active' });
  });

  it('creates, updates and deletes', async () => {
    const created = await boomi.environment.create({ name: 'Load test', classification: 'TEST' });
    expect(created).toMatchObject({ $type: 'Environment', name: 'Load test', classification: 'TEST' });
    const updated = await boomi.environment.update({ ...created, name: 'Load test 2' });
    expect((await boomi.environment.get(updated.id!)).name).toBe('Load test 2');
    expect(await boomi.environment.delete(created.id!)).toBe(true);
    await expect(boomi.environment.get(created.id!)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('queries across three pages, every record exactly once', async () => {
    const before = fake.calls.get('queryMore') ?? 0;
    const ids: string[] = [];
    for await (const environment of boomi.environment.query()) ids.push(environment.id!);
    expect(ids.length).toBe(250);
    expect(new Set(ids).size).toBe(250);
    expect((fake.calls.get('queryMore') ?? 0) - before).toBe(2);
  });

  it('filters, and resumes a query from a saved token', async () => {
    const pages = boomi.environment.pages((f) => f.classification.equals('PROD'));
    const first = (await pages.next()).value!;
    expect(first.records).toHaveLength(84);
    expect(first.records.every((e: Environment) => e.classification === 'PROD')).toBe(true);
    expect(first.queryToken).toBeUndefined();

    const all = boomi.environment.pages();
    const page1 = (await all.next()).value!;
    await all.return(undefined);
    const rest: string[] = [];
    for await (const page of boomi.environment.pages(undefined, { fromToken: page1.queryToken! })) rest.push(...page.records.map((e: Environment) => e.id!));
    expect(page1.records.length + rest.length).toBe(250);
    expect(new Set([...page1.records.map((e: Environment) => e.id!), ...rest]).size).toBe(250);
  });

  it('evaluates nested AND/OR filters, exactly the expected records across pages', async () => {
    const expected = Array.from({ length: 250 }, (_, i) => i)
      .filter((i) => i % 3 !== 0 || (/^Environment 1/.test(`Environment ${i}`) && i !== 1))
      .map((i) => `env-${String(i).padStart(3, '0')}`);
    const before = fake.calls.get('queryMore') ?? 0;
    const ids: string[] = [];
    const filter = (f: EnvironmentFilterBuilder) => f.or(f.classification.equals('TEST'), f.and(f.classification.equals('PROD'), f.name.like('Environment 1%'), f.id.notEquals('env-001')));
    for await (const environment of boomi.environment.query(filter)) ids.push(environment.id!);
    expect(ids.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(100);
    expect((fake.calls.get('queryMore') ?? 0) - before).toBe(Math.ceil(expected.length / 100) - 1);
  });

  it('bulk-gets 250 ids, some unknown, with one result per id in input order', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => (i % 50 === 7 ? `missing-${i}` : `env-${String(i).padStart(3, '0')}`));
    const before = fake.calls.get('getBulk') ?? 0;
    const results = await boomi.environment.bulkGet(ids);
    expect(results.map((r) => r.id)).toEqual(ids);
    expect(results.filter((r) => !r.ok).map((r) => r.id)).toEqual(['missing-7', 'missing-57', 'missing-107', 'missing-157', 'missing-207']);
    expect(results.find((r) => r.ok)).toMatchObject({ ok: true, value: { $type: 'Environment' } });
    expect((fake.calls.get('getBulk') ?? 0) - before).toBe(3);
  });

  it('executes with the object id when one is given, and without one when not', async () => {
    const request = { $type: 'ClearQueueRequest', AtomId: 'atom-1', QueueName: 'orders' } as const;
    const before = fake.callLog.length;
    expect(await boomi.clearQueue.execute(request, { objectId: 'atom-1' })).toEqual(request);
    expect(await boomi.clearQueue.execute(request)).toEqual(request);
    expect(fake.callLog.slice(before).map((call) => [call.operation, call.request?.['objectType'], call.request?.['objectId']])).toEqual([
      ['execute', 'ClearQueue', 'atom-1'],
      ['execute', 'ClearQueue', undefined],
    ]);
  });

  it('runs asynchronous operations to completion, polling past 202', async () => {
    for (const [id, status] of [['l1', 'listening'], ['l2', 'paused']] as const) fake.store.put('acme-AB12CD', 'ListenerStatus', { id, listenerId: id, status });
    const polls = fake.calls.get('asyncResult') ?? 0;
    const paused = await boomi.listenerStatus.asyncQuery((f) => f.listenerId.equals('l2'), { pollIntervalMs: 5 });
    expect(paused).toEqual([{ $type: 'ListenerStatus', listenerId: 'l2', status: 'paused' }]);
    expect((fake.calls.get('asyncResult') ?? 0) - polls).toBe(2); // one 202, then the result
    fake.store.put('acme-AB12CD', 'AtomDiskSpace', { id: 'atom-1' });
    expect(await boomi.atomDiskSpace.asyncGet('atom-1', { pollIntervalMs: 5 })).toEqual([{ $type: 'AtomDiskSpace' }]);
  });
});

describe('account provisioning (Partner only)', () => {
  it('executes AccountProvision, then gets its status until COMPLETED; refuses the override', async () => {
    const started = await boomi.accountProvision.execute({ $type: 'AccountProvision', name: 'New Customer', countryCode: 'US', product: [{ productCode: 'EDIBASIC', quantity: 1 }] });
    expect(started).toMatchObject({ $type: 'AccountProvisionResult', status: 'PENDING' });
    const poll = () => boomi.accountProvision.get(started.id!);
    expect((await poll()).status).toBe('PENDING');
    const done = await poll();
    expect(done.status).toBe('COMPLETED');
    expect(await boomi.withAccount(done.accountId!).environment.create({ name: 'first' })).toMatchObject({ name: 'first' });
    // Refused at compile time (the sub-account view has no execute), and at run time for JavaScript callers.
    const sub = boomi.withAccount('sub-XY34ZW') as unknown as PartnerApiClient;
    await expect(sub.accountProvision.execute({ $type: 'AccountProvision', name: 'x' })).rejects.toBeInstanceOf(InvalidRequestError);
    // @ts-expect-error -- AccountProvision takes no account override
    expect(boomi.withAccount('sub-XY34ZW').accountProvision.execute).toBeTypeOf('function');
  });
});

describe('the Partner account override', () => {
  it('acts on the sub-account with withAccount and per call', async () => {
    const sub = boomi.withAccount('sub-XY34ZW');
    const created = await sub.environment.create({ name: 'In the sub-account', classification: 'TEST' });
    expect(fake.store.get('sub-XY34ZW', 'Environment', created.id!)).toBeDefined();
    expect(fake.store.get('acme-AB12CD', 'Environment', created.id!)).toBeUndefined();
    expect((await boomi.environment.get(created.id!, { accountId: 'sub-XY34ZW' })).name).toBe('In the sub-account');
  });

  it('is refused locally for Account CREATE/DELETE, and by the server for accounts outside the hierarchy', async () => {
    const calls = fake.calls.get('create') ?? 0;
    // @ts-expect-error -- Account CREATE takes no account override: it does not compile, and JavaScript callers get an error
    await expect(boomi.withAccount('sub-XY34ZW').account.create({ name: 'x' })).rejects.toBeInstanceOf(InvalidRequestError);
    // @ts-expect-error -- nor per call
    await expect(boomi.account.create({ name: 'x' }, { accountId: 'sub-XY34ZW' })).rejects.toBeInstanceOf(InvalidRequestError);
    expect(fake.calls.get('create') ?? 0).toBe(calls);
    await expect(boomi.withAccount('stranger-000').environment.get('env-001')).rejects.toThrow(/Access denied/);
  });
});

describe('failures', () => {
  it('answers a wrong password with AuthenticationError, never showing the password', async () => {
    const wrong = client({ password: 'not-the-password' });
    const error = await wrong.environment.get('env-001').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).toBe(401);
    const shown = [String(error), (error as Error).stack, inspect(error), JSON.stringify(error), inspect(wrong), JSON.stringify(wrong)].join('\n');
    expect(shown).not.toContain('not-the-password');
    expect(inspect(boomi.client)).not.toContain(PASSWORD);
    expect(inspect(boomi.client.soap)).not.toContain(PASSWORD);
  });

  it('retries a 503 twice, then succeeds; gives up with RateLimitError when it persists', async () => {
    const before = fake.calls.get('get') ?? 0;
    fake.setRateLimited(2);
    expect((await boomi.environment.get('env-001')).id).toBe('env-001');
    expect((fake.calls.get('get') ?? 0) - before).toBe(1); // the two 503s never reached the SOAP layer
    fake.setRateLimited(10);
    await expect(boomi.environment.get('env-001')).rejects.toBeInstanceOf(RateLimitError);
    fake.setRateLimited(0);
  });

  it('does not retry a call that is not idempotent', async () => {
    fake.setRateLimited(1);
    await expect(boomi.environment.create({ name: 'once' })).rejects.toBeInstanceOf(RateLimitError);
    fake.setRateLimited(0);
  });

  it('turns a fault into SoapFaultError with the operation and object type', async () => {
    fake.failNext('Internal error while reading Environment');
    const error = await boomi.environment.get('env-001').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SoapFaultError);
    expect(error).toMatchObject({ operation: 'get', objectType: 'Environment', faultstring: 'Internal error while reading Environment', status: 500 });
  });

  it('refuses plain http unless allowed', () => {
    expect(() => new PartnerApiClient({ accountId: 'a', username: 'u', password: 'p', endpoint: fake.url })).toThrow(/only https/);
  });
});

describe('credentials', () => {
  it('accepts an API token as the user name and password', async () => {
    const token = client({ username: 'BOOMI_TOKEN.ops@acme.example', password: 'token-123' });
    expect((await token.environment.get('env-002')).id).toBe('env-002');
  });

  it('serves ?wsdl and ?xsd=N behind Basic auth', async () => {
    expect((await fetch(fake.wsdlUrl)).status).toBe(401);
    const auth = { authorization: `Basic ${Buffer.from(`ops@acme.example:${PASSWORD}`).toString('base64')}` };
    const wsdl = await (await fetch(fake.wsdlUrl, { headers: auth })).text();
    expect(wsdl).toContain(`schemaLocation="${fake.url}?xsd=2"`);
    expect(await (await fetch(`${fake.url}?xsd=1`, { headers: auth })).text()).toContain('name="BaseType"');
  });
});
