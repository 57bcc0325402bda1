/** What a test or demo can configure, and the defaults. */
import type { UserConfig } from './credentials.ts';

export interface FakeOptions {
  /**
   * The WSDL file to serve (its schema files beside it, linked by relative paths): by default
   * the snapshot in wsdl/; another description of the API, such as Boomi's own Platform WSDL,
   * makes the fake answer in its names and namespaces. Only the operations of its port are answered.
   */
  wsdl?: string;
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on; loopback by default. */
  host?: string;
  /** The account whose endpoint `url` is; default `acme-AB12CD`. */
  primaryAccount?: string;
  /** Accounts directly below the primary account, reachable with the override; `sub-XY34ZW` when neither this nor `accounts` is given. */
  subAccounts?: string[];
  /** More of the hierarchy: account id → parent id (null for another primary account). */
  accounts?: Record<string, string | null>;
  /**
   * User name → password (or `{ password, accounts }` to limit the user to some accounts; by
   * default a user may call every primary account's endpoint). Default: `ops@acme.example` / `s3cret`.
   */
  users?: Record<string, string | UserConfig>;
  /** User → API token, accepted as user `BOOMI_TOKEN.<user>`. Default (with the default user): `token-123`. */
  tokens?: Record<string, string>;
  /** Results per query page (Boomi: 100). */
  pageSize?: number;
  /** How many asyncResult polls answer 202 before the result (default 1). */
  asyncPendingPolls?: number;
  /** How many GETs of an AccountProvision answer PENDING before COMPLETED (default 1). */
  provisionPendingPolls?: number;
  /** How long a query token stays valid (default 30 minutes). */
  queryTokenTtlMs?: number;
  /**
   * How long an idle connection is kept open (default 1 s, so tests end quickly). HTTPS
   * endpoints keep theirs tens of seconds; a client that takes a margin off the server's
   * keep-alive (undici does) reuses nothing at 1 s.
   */
  keepAliveTimeoutMs?: number;
}

/** The knobs a test may turn while the fake runs. */
export interface FakeSettings {
  pageSize: number;
  asyncPendingPolls: number;
  provisionPendingPolls: number;
  queryTokenTtlMs: number;
}

export const DEFAULT_ACCOUNT = 'acme-AB12CD';
/** Below the default primary account unless the options describe the hierarchy themselves. */
export const DEFAULT_SUB_ACCOUNT = 'sub-XY34ZW';
export const DEFAULT_USER = 'ops@acme.example';
export const DEFAULT_PASSWORD = 's3cret';
export const DEFAULT_TOKEN = 'token-123';

export function settingsFrom(options: FakeOptions, pageSize: number): FakeSettings {
  return {
    pageSize: options.pageSize ?? pageSize,
    asyncPendingPolls: options.asyncPendingPolls ?? 1,
    provisionPendingPolls: options.provisionPendingPolls ?? 1,
    queryTokenTtlMs: options.queryTokenTtlMs ?? 30 * 60_000,
  };
}

/** The hierarchy the options describe: the primary account, its sub-accounts, then `accounts`. */
export function hierarchyFrom(options: FakeOptions): Record<string, string | null> {
  const primary = options.primaryAccount ?? DEFAULT_ACCOUNT;
  const tree: Record<string, string | null> = { [primary]: null };
  const subAccounts = options.subAccounts ?? (options.accounts ? [] : [DEFAULT_SUB_ACCOUNT]);
  for (const sub of subAccounts) tree[sub] = primary;
  return { ...tree, ...options.accounts };
}

export function usersFrom(options: FakeOptions): { users: Record<string, string | UserConfig>; tokens: Record<string, string> } {
  if (options.users) return { users: options.users, tokens: options.tokens ?? {} };
  return { users: { [DEFAULT_USER]: DEFAULT_PASSWORD }, tokens: options.tokens ?? { [DEFAULT_USER]: DEFAULT_TOKEN } };
}
