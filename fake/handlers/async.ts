/**
 * Asynchronous operations: asyncGet and queryAsync answer a token at once (responseStatusCode
 * 202); asyncResult with that token answers 202 with no results `asyncPendingPolls` times, then
 * 200 with the results, after which the token is spent (Boomi answers 204 for a result already
 * fetched; over SOAP the fake answers a fault saying so).
 */
import { randomUUID } from 'node:crypto';
import { accessDenied, clientFault } from '../soap-faults.ts';
import { compileFilter } from '../query-filter.ts';
import type { StoredObject } from '../object-store.ts';
import type { Decoded } from '../xml/decode.ts';
import { required, targetAccount, type Call, type FakeState } from './context.ts';
import { find } from './objects.ts';
import { filterOf } from './query.ts';

interface Job {
  account: string;
  results: StoredObject[];
  pendingPolls: number;
}

export class AsyncJobs {
  private readonly jobs = new Map<string, Job>();

  start(objectType: string, job: Job): string {
    const token = `${objectType}-${randomUUID()}`;
    this.jobs.set(token, job);
    return token;
  }

  get(token: string): Job | undefined {
    return this.jobs.get(token);
  }

  finish(token: string): void {
    this.jobs.delete(token);
  }
}

export function asyncGet(state: FakeState, call: Call): Decoded {
  const objectType = required(call.request, 'objectType', 'asyncGet');
  const objectId = required(call.request, 'objectId', 'asyncGet');
  const account = targetAccount(state, call, objectType, 'asyncGet');
  const token = state.asyncJobs.start(objectType, { account, results: [find(state, account, objectType, objectId)], pendingPolls: state.settings.asyncPendingPolls });
  return { result: tokenResult(token) };
}

export function queryAsync(state: FakeState, call: Call): Decoded {
  const objectType = required(call.request, 'objectType', 'queryAsync');
  const account = targetAccount(state, call, objectType, 'asyncQuery');
  const matches = compileFilter(state.capabilities, objectType, filterOf(call.request));
  const results = state.store.all(account, objectType).filter(matches);
  return { results: tokenResult(state.asyncJobs.start(objectType, { account, results, pendingPolls: state.settings.asyncPendingPolls })) };
}

export function asyncResult(state: FakeState, call: Call): Decoded {
  const token = required(call.request, 'token', 'asyncResult');
  const job = state.asyncJobs.get(token);
  if (!job) throw clientFault(`No result for token '${token}': it is unknown, or its result was already fetched.`);
  if (!state.accounts.covers(call.caller, job.account)) throw accessDenied(`The token belongs to account '${job.account}'.`);
  if (job.pendingPolls > 0) {
    job.pendingPolls--;
    return { results: { responseStatusCode: 202 } };
  }
  state.asyncJobs.finish(token);
  return { results: { responseStatusCode: 200, numberOfResults: job.results.length, result: job.results } };
}

function tokenResult(token: string): Decoded {
  return { responseStatusCode: 202, asyncToken: { token } };
}
