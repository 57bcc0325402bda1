/**
 * A fake Boomi Partner API on loopback, for tests and demos: the reconstructed WSDL served at
 * `/partner/api/soap/v1/<accountId>` by node-soap's server, with Boomi's credentials checks,
 * in-memory objects per account and switchable failures. See fake/README.md.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AccountTree } from './accounts.ts';
import { Credentials } from './credentials.ts';
import { loadCapabilities } from './capabilities.ts';
import { Controls, type FaultSpec, type ReceivedCall } from './controls.ts';
import { gate } from './gate.ts';
import { AsyncJobs, Provisions, type FakeState } from './handlers/index.ts';
import { API } from './namespaces.ts';
import { DEFAULT_ACCOUNT, hierarchyFrom, settingsFrom, usersFrom, type FakeOptions, type FakeSettings } from './options.ts';
import { QueryTokens } from './paging.ts';
import { key } from './schema.ts';
import { startSoapService } from './soap-service.ts';
import { FakeStore, idFieldFrom } from './object-store.ts';
import { readServedWsdl } from './wsdl.ts';

export interface RunningFake {
  /** The primary account's endpoint, `http://127.0.0.1:<port>/partner/api/soap/v1/<account>`. */
  url: string;
  /** `url?wsdl` (behind HTTP Basic auth). */
  wsdlUrl: string;
  primaryAccount: string;
  /** The endpoint of another account (its users call it; the override is the usual way in). */
  endpoint(accountId: string): string;
  /** Objects per account: seed them, inspect them. */
  store: FakeStore;
  /** The account hierarchy the override checks; add accounts while running. */
  accounts: AccountTree;
  /** Page size, async and provisioning delays, token lifetime; change them while running. */
  settings: FakeSettings;
  /** SOAP calls per operation that got past the credentials check. */
  calls: Map<string, number>;
  /** Calls of one operation, or of all. */
  callCount(operation?: string): number;
  /** The same calls in order of arrival, each with its endpoint account and decoded request. */
  readonly callLog: readonly ReceivedCall[];
  /** Every POST received, those answered 503 included. */
  readonly httpRequests: number;
  /** TCP connections accepted so far: with keep-alive, far fewer than requests. */
  readonly connectionsAccepted: number;
  /** The next `count` SOAP calls answer HTTP 503 (with Retry-After when given). */
  setRateLimited(count: number, retryAfterSeconds?: number): void;
  /** The next call (of `operation`, if given; after `after` more) answers this fault; `S:Server` and HTTP 500 unless said otherwise. */
  failNext(fault: string | FaultSpec): void;
  /** Every query token issued so far stops working. */
  expireQueryTokens(): void;
  /** Zeroes the counters, empties the log and drops staged 503s and faults (for a beforeEach). */
  reset(): void;
  close(): Promise<void>;
}

export async function startFakePartnerApi(options: FakeOptions = {}): Promise<RunningFake> {
  const wsdl = readServedWsdl(options.wsdl);
  const schema = wsdl.schema;
  const capabilities = loadCapabilities();
  const settings = settingsFrom(options, capabilities.pageSize);
  const accounts = new AccountTree(hierarchyFrom(options));
  const store = new FakeStore(idFieldFrom((objectType) => schema.fields(key(API, objectType)).map((f) => f.name)));
  const state: FakeState = {
    schema, capabilities, store, accounts, settings,
    queryTokens: new QueryTokens(() => settings.queryTokenTtlMs),
    asyncJobs: new AsyncJobs(),
    provisions: new Provisions(),
  };
  const controls = new Controls();
  const { users, tokens } = usersFrom(options);
  const credentials = new Credentials(users, tokens, () => accounts.primaries());

  const server = createServer({ keepAliveTimeout: options.keepAliveTimeoutMs ?? 1000 });
  let connectionsAccepted = 0;
  server.on('connection', () => connectionsAccepted++);
  const soap = await startSoapService(server, state, controls, wsdl);
  server.on('request', gate({ wsdl, credentials, controls, soap }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  const endpoint = (accountId: string) => `http://${host}:${port}/partner/api/soap/v1/${accountId}`;
  const primaryAccount = options.primaryAccount ?? DEFAULT_ACCOUNT;

  return {
    url: endpoint(primaryAccount),
    wsdlUrl: `${endpoint(primaryAccount)}?wsdl`,
    primaryAccount,
    endpoint,
    store,
    accounts,
    settings,
    calls: controls.calls,
    callCount: (operation) => controls.callCount(operation),
    callLog: controls.log,
    get httpRequests() {
      return controls.httpRequests;
    },
    get connectionsAccepted() {
      return connectionsAccepted;
    },
    setRateLimited: (count, retryAfterSeconds) => controls.setRateLimited(count, retryAfterSeconds),
    failNext: (fault) => controls.failNext(fault),
    expireQueryTokens: () => state.queryTokens.expireAll(),
    reset: () => controls.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

export type { FakeOptions, FakeSettings } from './options.ts';
