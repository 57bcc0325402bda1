/**
 * What every handler gets: the fake's state and one decoded call. And the rule every handler
 * applies first: which account the call acts on. Without `accountId` it is the account in the
 * URL; with it, the named account, if the object and verb accept the override (Boomi refuses it
 * for Account CREATE/DELETE and AccountProvision) and the caller is above that account.
 */
import type { AccountTree } from '../accounts.ts';
import type { Capabilities, Verb } from '../capabilities.ts';
import { accessDenied, clientFault } from '../soap-faults.ts';
import type { FakeSettings } from '../options.ts';
import type { QueryTokens } from '../paging.ts';
import type { Schema } from '../schema.ts';
import type { FakeStore } from '../object-store.ts';
import type { Decoded } from '../xml/decode.ts';
import type { AsyncJobs } from './async.ts';
import type { Provisions } from './provisioning.ts';

export interface FakeState {
  schema: Schema;
  capabilities: Capabilities;
  store: FakeStore;
  accounts: AccountTree;
  settings: FakeSettings;
  queryTokens: QueryTokens;
  asyncJobs: AsyncJobs;
  provisions: Provisions;
}

export interface Call {
  operation: string;
  /** The account in the endpoint URL, whose credentials were checked. */
  caller: string;
  request: Decoded;
}

export type Handler = (state: FakeState, call: Call) => Decoded;

const VERB_NAMES: Record<Verb, string> = {
  get: 'GET', create: 'CREATE', update: 'UPDATE', delete: 'DELETE', query: 'QUERY', bulkGet: 'bulk GET',
  bulkUpdate: 'bulk UPDATE', asyncGet: 'asynchronous GET', asyncQuery: 'asynchronous QUERY', execute: 'EXECUTE',
};

/** The account an object operation acts on, after checking the object supports the verb. */
export function targetAccount(state: FakeState, call: Call, objectType: string, verb: Verb): string {
  if (!state.capabilities.knows(objectType)) throw clientFault(`Unknown object type '${objectType}'.`);
  if (!state.capabilities.supports(objectType, verb)) throw clientFault(`The ${VERB_NAMES[verb]} operation is not supported for ${objectType}.`);
  return effectiveAccount(state, call, state.capabilities.overrideAllowed(objectType, verb) ? undefined : `${VERB_NAMES[verb]} of ${objectType}`);
}

/** The account a call acts on; `refusedFor` names the operation when it does not take the override. */
export function effectiveAccount(state: FakeState, call: Call, refusedFor?: string): string {
  const override = call.request['accountId'];
  if (override === undefined) return call.caller;
  if (refusedFor) throw clientFault(`The accountId override is not accepted for ${refusedFor}.`);
  if (typeof override !== 'string' || !state.accounts.covers(call.caller, override)) {
    throw accessDenied(`Account '${String(override)}' is not in the hierarchy below '${call.caller}'.`);
  }
  return override;
}

/** A child the request must carry. */
export function required<T = string>(request: Decoded, name: string, operation: string): T {
  const value = request[name];
  if (value === undefined || value === '') throw clientFault(`Invalid request: ${operation}/${name} is required.`);
  return value as T;
}
