/** Which handler answers which SOAP operation of the Partner WSDL. */
import { acknowledge, cancelExecution, changeListenerStatus, deploy, executeProcess, getAssignableRoles } from './actions.ts';
import { asyncGet, asyncResult, queryAsync } from './async.ts';
import { getBulk, updateBulk } from './bulk.ts';
import type { Handler } from './context.ts';
import { execute } from './execute.ts';
import { create, get, remove, update } from './objects.ts';
import { query, queryMore } from './query.ts';

export const HANDLERS: Readonly<Record<string, Handler>> = {
  get,
  create,
  update,
  delete: remove,
  query,
  queryMore,
  getBulk,
  updateBulk,
  asyncGet,
  queryAsync,
  asyncResult,
  execute,
  cancelExecution,
  executeProcess,
  changeListenerStatus,
  getAssignableRoles,
  deployProcess: deploy,
  deployComponent: deploy,
  installSimpleIPack: acknowledge,
  assignAtomToEnvironment: acknowledge,
};

export type { Call, FakeState, Handler } from './context.ts';
export { AsyncJobs } from './async.ts';
export { Provisions } from './provisioning.ts';
