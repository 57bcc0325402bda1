// Query paging through the SDK: every record exactly once and in the server's order, the next
// page fetched while the current one is consumed and never more than one ahead, and a failure
// at any page carrying the token of the last good page, from which the query resumes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { BoomiApiError, SoapFaultError, type Environment, type PartnerApiClient } from '../../generated/index.ts';
import { collect, eventually, observedFetch, sdkClient, settle } from './support.ts';

const PAGE = 3;
/** Ten records in an order no sort gives back: four pages, the last of one record. */
const IDS = Array.from({ length: 10 }, (_, i) => `env-${(i * 7) % 10}`);
let fake: RunningFake;
let boomi: PartnerApiClient;

beforeAll(async () => {
  fake = await startFakePartnerApi({ pageSize: PAGE });
  for (const id of IDS) fake.store.put(fake.primaryAccount, 'Environment', { id, name: `Environment ${id}`, classification: 'TEST' });
  boomi = sdkClient(fake);
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const idsOf = (records: Environment[]) => records.map((e) => e.id!);

describe('records', () => {
  it('come exactly once each, in the order the server holds them, page after page', async () => {
    expect(idsOf(await collect(boomi.environment.query()))).toEqual(IDS);
    expect(fake.callLog.map((c) => c.operation)).toEqual(['query', 'queryMore', 'queryMore', 'queryMore']);
  });

  it('come in pages that carry the token of the next one until the last', async () => {
    const pages = await collect(boomi.environment.pages());
    expect(pages.map((p) => idsOf(p.records))).toEqual([IDS.slice(0, 3), IDS.slice(3, 6), IDS.slice(6, 9), IDS.slice(9)]);
    const sentTokens = fake.callLog.slice(1).map((c) => c.request!['queryToken']);
    expect(pages.map((p) => p.queryToken)).toEqual([...sentTokens, undefined]);
  });
});

describe('prefetch', () => {
  it('asks for the next page while the current one is read, and never for two ahead', async () => {
    const observed = observedFetch();
    const records = sdkClient(fake, { fetch: observed.fetch }).environment.query();

    expect((await records.next()).value).toMatchObject({ id: IDS[0] });
    await settle();
    expect(observed.sent, 'page 2 requested while page 1 is read').toBe(2);
    await eventually(() => expect(observed.delivered).toBe(2));
    await settle();
    expect(observed.sent, 'page 3 not requested while page 1 is still read, page 2 in hand').toBe(2);

    for (let i = 1; i < PAGE; i++) await records.next();
    await settle();
    expect(observed.sent, 'page 3 not requested before page 2 is read').toBe(2);
    expect((await records.next()).value).toMatchObject({ id: IDS[PAGE] });
    await settle();
    expect(observed.sent, 'page 3 requested once page 2 is read').toBe(3);

    await records.return(undefined);
    expect(fake.callLog.map((c) => c.operation)).toEqual(['query', 'queryMore', 'queryMore']);
  });

  it('leaves nothing unhandled when the reader stops with a failed page ahead', async () => {
    const unhandled: unknown[] = [];
    const note = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', note);
    try {
      fake.failNext({ operation: 'queryMore', faultstring: 'Page 2 is gone' });
      const observed = observedFetch();
      const records = sdkClient(fake, { fetch: observed.fetch }).environment.query();
      await records.next();
      await records.return(undefined);
      await eventually(() => expect(observed.delivered).toBe(2));
      await settle();
      expect(fake.callLog.map((c) => c.operation)).toEqual(['query', 'queryMore']);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', note);
    }
  });
});

describe('a failure at any page', () => {
  it.each([1, 2, 3, 4])('page %i: the error carries the token of the last good page, and the query resumes from it', async (failing) => {
    fake.failNext(failing === 1 ? { operation: 'query', faultstring: 'Busy' } : { operation: 'queryMore', faultstring: 'Busy', after: failing - 2 });
    const read: Environment[] = [];
    const error = await (async () => {
      for await (const environment of boomi.environment.query()) read.push(environment);
    })().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SoapFaultError);
    expect(idsOf(read)).toEqual(IDS.slice(0, (failing - 1) * PAGE));
    const failed = fake.callLog.at(-1)!;
    expect(failed.operation).toBe(failing === 1 ? 'query' : 'queryMore');
    expect((error as BoomiApiError).resumeToken, 'the token the failed page was asked with').toBe(failed.request!['queryToken']);

    const rest = failing === 1 ? boomi.environment.query() : boomi.environment.query(undefined, { fromToken: (error as BoomiApiError).resumeToken! });
    expect(idsOf([...read, ...(await collect(rest))])).toEqual(IDS);
  });

  it('resumes from the failed page when reading pages too, even twice in a row', async () => {
    fake.failNext({ operation: 'queryMore', faultstring: 'Busy', after: 1 });
    fake.failNext({ operation: 'queryMore', faultstring: 'Busy again', after: 1 });
    const read: string[] = [];
    let fromToken: string | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        for await (const page of boomi.environment.pages(undefined, fromToken === undefined ? {} : { fromToken })) read.push(...idsOf(page.records));
        break;
      } catch (error) {
        fromToken = (error as BoomiApiError).resumeToken;
        expect(fromToken).toBeDefined();
      }
    }
    expect(read).toEqual(IDS);
    expect(fake.callCount('queryMore')).toBe(5);
  });
});
