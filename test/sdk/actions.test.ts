// The action methods of the SDK against the fake: each sends its request whole (the fake decodes
// it strictly against the schema), reads its answer, and fails with the error that names it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { SoapFaultError, type PartnerApiClient } from '../../generated/index.ts';
import { collect, sdkClient } from './support.ts';

let fake: RunningFake;
let boomi: PartnerApiClient;

beforeAll(async () => {
  fake = await startFakePartnerApi();
  boomi = sdkClient(fake);
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.store.clear();
  fake.reset();
});

/** The one request the fake received, as it decoded it. */
function received(): unknown {
  expect(fake.callLog).toHaveLength(1);
  return fake.callLog[0]!.request;
}

describe('each action sends its request whole and reads its answer', () => {
  it('executeProcess', async () => {
    const properties = { ProcessProperties: { ProcessProperty: [{ Name: 'region', Value: 'EU & <UK>' }] }, processId: 'process-1', atomId: 'atom-1' };
    expect(await boomi.executeProcess({ properties })).toEqual({});
    expect(received()).toEqual({ properties });
    expect(fake.store.all(fake.primaryAccount, 'ExecutionRecord')).toMatchObject([{ processId: 'process-1', atomId: 'atom-1', status: 'INPROCESS' }]);
  });

  it('cancelExecution', async () => {
    fake.store.put(fake.primaryAccount, 'ExecutionRecord', { executionId: 'execution-1', status: 'INPROCESS' });
    expect(await boomi.cancelExecution({ executionId: 'execution-1' })).toEqual({});
    expect(received()).toEqual({ executionId: 'execution-1' });
    expect(fake.store.get(fake.primaryAccount, 'ExecutionRecord', 'execution-1')).toMatchObject({ status: 'ABORTED' });
  });

  it('getAssignableRoles', async () => {
    fake.store.put(fake.primaryAccount, 'Role', { id: 'role-1', name: 'Operator', Description: 'Runs processes' });
    fake.store.put(fake.primaryAccount, 'Role', { id: 'role-2', name: 'Viewer' });
    expect(await boomi.getAssignableRoles()).toEqual({
      result: { Role: [{ $type: 'Role', id: 'role-1', name: 'Operator', Description: 'Runs processes' }, { $type: 'Role', id: 'role-2', name: 'Viewer' }] },
    });
    expect(received()).toEqual({});
  });

  it('changeListenerStatus', async () => {
    expect(await boomi.changeListenerStatus({ listenerId: 'listener-1', containerId: 'atom-1', action: 'restart' })).toEqual({});
    expect(received()).toEqual({ listenerId: 'listener-1', containerId: 'atom-1', action: 'restart' });
  });

  it.each(['deployProcess', 'deployComponent'] as const)('%s', async (action) => {
    expect(await boomi[action]({ deploymentId: 'deployment-1', environmentId: 'env-1', digest: 'abc' })).toEqual({ successful: true });
    expect(received()).toEqual({ deploymentId: 'deployment-1', environmentId: 'env-1', digest: 'abc' });
  });

  it('installSimpleIPack', async () => {
    const fields = { integrationPackId: 'pack-1', environmentId: 'env-1' };
    expect(await boomi.installSimpleIPack({ properties: { $type: 'IntegrationPackSimpleInstallationRequest', ...fields } })).toEqual({});
    // The element's declared type is the value's own: no xsi:type travels, so none comes back.
    expect(received()).toEqual({ properties: fields });
  });

  it('assignAtomToEnvironment', async () => {
    expect(await boomi.assignAtomToEnvironment({ atomId: 'atom-1', environmentId: 'env-1' })).toEqual({});
    expect(received()).toEqual({ atomId: 'atom-1', environmentId: 'env-1' });
  });
});

describe('a run started and cancelled through the SDK', () => {
  it('is in progress, then aborted, and a second cancel is a fault naming the operation', async () => {
    await boomi.executeProcess({ properties: { ProcessProperties: {}, processName: 'Nightly orders', atomId: 'atom-1' } });
    const [run] = await collect(boomi.executionRecord.query((f) => f.processName.equals('Nightly orders')));
    expect(run).toMatchObject({ $type: 'ExecutionRecord', status: 'INPROCESS', atomId: 'atom-1' });
    await boomi.cancelExecution({ executionId: run!.executionId });
    expect(await collect(boomi.executionRecord.query((f) => f.executionId.equals(run!.executionId)))).toMatchObject([{ status: 'ABORTED' }]);
    const error = await boomi.cancelExecution({ executionId: run!.executionId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SoapFaultError);
    expect(error).toMatchObject({ operation: 'cancelExecution', faultstring: expect.stringContaining('is not running') });
  });

  it('refuses a listener action that does not exist, naming it', async () => {
    await expect(boomi.changeListenerStatus({ listenerId: 'listener-1', action: 'explode' })).rejects.toMatchObject({
      name: 'SoapFaultError',
      operation: 'changeListenerStatus',
      faultstring: expect.stringContaining("'explode' is not a listener action"),
    });
  });
});
