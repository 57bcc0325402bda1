/**
 * EXECUTE: Partner account provisioning, and for the other executable objects (ClearQueue,
 * JavaRollback, EnvironmentMapExtension, MergeRequest) an acknowledgement that echoes the
 * request object — the fake has no runtime behind those.
 */
import { clientFault } from '../soap-faults.ts';
import type { Decoded } from '../xml/decode.ts';
import { required, targetAccount, type Call, type FakeState } from './context.ts';
import { startProvision } from './provisioning.ts';

export function execute(state: FakeState, call: Call): Decoded {
  const objectType = required(call.request, 'objectType', 'execute');
  const account = targetAccount(state, call, objectType, 'execute');
  const object = call.request['object'] as Decoded | undefined;
  if (objectType === 'AccountProvision') return { results: startProvision(state, account, object) };
  if (!object?.$type) throw clientFault(`Invalid request: execute of ${objectType} needs an object.`);
  return { results: object };
}
