/**
 * The action operations. executeProcess records an ExecutionRecord in progress, and
 * cancelExecution (Partner only) marks a running one ABORTED, so a demo can start and cancel a
 * run; getAssignableRoles lists the account's stored Role objects; the legacy and listener
 * actions are acknowledged after their input is checked.
 */
import { randomUUID } from 'node:crypto';
import { clientFault } from '../soap-faults.ts';
import type { Decoded } from '../xml/decode.ts';
import { effectiveAccount, required, type Call, type FakeState } from './context.ts';
import { boomiDate, find } from './objects.ts';

const FINISHED = new Set(['COMPLETE', 'COMPLETE_WARN', 'ERROR', 'ABORTED', 'DISCARDED']);
const LISTENER_ACTIONS = new Set(['pause', 'resume', 'restart', 'pause_all', 'resume_all', 'restart_all']);

function actionAccount(state: FakeState, call: Call): string {
  return effectiveAccount(state, call, state.capabilities.actionOverrideAllowed(call.operation) ? undefined : call.operation);
}

export function cancelExecution(state: FakeState, call: Call): Decoded {
  const executionId = required(call.request, 'executionId', 'cancelExecution');
  const account = actionAccount(state, call);
  const record = find(state, account, 'ExecutionRecord', executionId);
  if (FINISHED.has(String(record['status']))) throw clientFault(`Execution '${executionId}' is not running (status ${String(record['status'])}).`);
  state.store.put(account, 'ExecutionRecord', { ...record, status: 'ABORTED' });
  return {};
}

export function executeProcess(state: FakeState, call: Call): Decoded {
  const account = actionAccount(state, call);
  const properties = required<Decoded>(call.request, 'properties', 'executeProcess');
  const { processId, processName, atomId } = properties;
  if (!processId && !processName) throw clientFault('Invalid request: executeProcess needs a processId or a processName.');
  const now = new Date();
  state.store.put(account, 'ExecutionRecord', {
    executionId: `execution-${randomUUID()}-${boomiDate(now).slice(0, 10).replace(/-/g, '.')}`,
    ...(processId ? { processId } : {}),
    ...(processName ? { processName } : {}),
    atomId,
    status: 'INPROCESS',
    executionType: 'exec_manual',
    executionTime: boomiDate(now),
  });
  return {};
}

export function changeListenerStatus(state: FakeState, call: Call): Decoded {
  actionAccount(state, call);
  const action = required(call.request, 'action', 'changeListenerStatus');
  if (!LISTENER_ACTIONS.has(action)) throw clientFault(`Invalid request: '${action}' is not a listener action (${[...LISTENER_ACTIONS].join(', ')}).`);
  if (!action.endsWith('_all')) required(call.request, 'listenerId', 'changeListenerStatus');
  return {};
}

export function getAssignableRoles(state: FakeState, call: Call): Decoded {
  return { result: { Role: state.store.all(actionAccount(state, call), 'Role') } };
}

export function deploy(state: FakeState, call: Call): Decoded {
  actionAccount(state, call);
  required(call.request, 'deploymentId', call.operation);
  return { successful: true };
}

export function acknowledge(state: FakeState, call: Call): Decoded {
  actionAccount(state, call);
  return {};
}
