/**
 * QUERY and queryMore: the filter is checked before anything is read, results come 100 to a page
 * (settings.pageSize) in store order, and a page carries a `queryToken` exactly when more
 * records match. queryMore acts on the account and filter sealed in the token; a caller may
 * continue only queries of accounts it covers.
 */
import { accessDenied } from '../soap-faults.ts';
import { compileFilter, type Expression } from '../query-filter.ts';
import { takePage } from '../paging.ts';
import type { Decoded } from '../xml/decode.ts';
import { effectiveAccount, required, targetAccount, type Call, type FakeState } from './context.ts';

export function query(state: FakeState, call: Call): Decoded {
  const objectType = required(call.request, 'objectType', 'query');
  const account = targetAccount(state, call, objectType, 'query');
  const filter = filterOf(call.request);
  return { results: page(state, account, objectType, filter, 0) };
}

export function queryMore(state: FakeState, call: Call): Decoded {
  const cursor = state.queryTokens.open(required(call.request, 'queryToken', 'queryMore'));
  const account = call.request['accountId'] === undefined ? cursor.account : effectiveAccount(state, call);
  if (account !== cursor.account || !state.accounts.covers(call.caller, cursor.account)) {
    throw accessDenied(`The query token belongs to a query of account '${cursor.account}'.`);
  }
  return { results: page(state, cursor.account, cursor.objectType, cursor.filter, cursor.after) };
}

/** The filter of a query: `queryConfig/QueryFilter/expression`, or none (everything). */
export function filterOf(request: Decoded): Expression | undefined {
  return (request['queryConfig'] as { QueryFilter?: { expression?: Expression } } | undefined)?.QueryFilter?.expression;
}

function page(state: FakeState, account: string, objectType: string, filter: Expression | undefined, after: number): Decoded {
  const matches = compileFilter(state.capabilities, objectType, filter);
  const { records, next } = takePage(state.store, account, objectType, matches, after, state.settings.pageSize);
  const queryToken = next === undefined ? undefined : state.queryTokens.seal({ account, objectType, filter, after: next });
  return { numberOfResults: records.length, ...(queryToken ? { queryToken } : {}), result: records };
}
