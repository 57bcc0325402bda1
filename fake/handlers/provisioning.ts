/**
 * Partner account provisioning: EXECUTE of an AccountProvision answers an AccountProvisionResult
 * with a tracking id and status PENDING; GETs of AccountProvision with that id answer PENDING
 * `provisionPendingPolls` times, then COMPLETED with the new account's id — at which point the
 * account exists (an Account object of the caller, and a sub-account in the hierarchy).
 */
import { randomUUID } from 'node:crypto';
import { clientFault, notFound } from '../soap-faults.ts';
import type { Decoded } from '../xml/decode.ts';
import type { FakeState } from './context.ts';
import { boomiDate, newAccountId } from './objects.ts';

interface Provision {
  parent: string;
  request: Decoded;
  pendingPolls: number;
  accountId?: string;
}

export class Provisions {
  readonly jobs = new Map<string, Provision>();
}

export function startProvision(state: FakeState, parent: string, object: Decoded | undefined): Decoded {
  if (object?.$type !== 'AccountProvision') throw clientFault('Invalid request: execute of AccountProvision needs an object of xsi:type AccountProvision.');
  if (typeof object['name'] !== 'string' || object['name'] === '') throw clientFault('Invalid request: an AccountProvision needs a name.');
  const id = randomUUID();
  state.provisions.jobs.set(id, { parent, request: object, pendingPolls: state.settings.provisionPendingPolls });
  return { $type: 'AccountProvisionResult', id, status: 'PENDING' };
}

export function provisionStatus(state: FakeState, caller: string, id: string): Decoded {
  const job = state.provisions.jobs.get(id);
  if (!job || job.parent !== caller) throw notFound('AccountProvision');
  if (job.pendingPolls > 0) {
    job.pendingPolls--;
    return { $type: 'AccountProvisionResult', id, status: 'PENDING' };
  }
  if (!job.accountId) {
    const { $type: _type, product: _product, id: _id, ...fields } = job.request;
    job.accountId = newAccountId(String(job.request['name']));
    state.accounts.add(job.accountId, job.parent);
    state.store.put(job.parent, 'Account', { status: 'active', ...fields, dateCreated: boomiDate(new Date()), accountId: job.accountId });
  }
  return { $type: 'AccountProvisionResult', id, status: 'COMPLETED', accountId: job.accountId };
}
