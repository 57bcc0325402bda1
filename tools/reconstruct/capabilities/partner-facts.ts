/**
 * What the Partner API adds to the Platform spec, and the facts the spec states only in prose
 * or not at all. Each with its source (soap-protocol.md section and the Boomi page it cites).
 */
import type { ActionFacts, ObjectFacts, VerbFacts } from '../../../templates/runtime/boomi/capabilities.ts';

const PARTNER_PAGE = 'Boomi Partner API overview (soap-protocol.md §9)';

/** Objects and verbs only the Partner API has; they refuse the account override. */
export const PARTNER_OBJECT_VERBS: Record<string, { modelType: string; verbs: Record<string, VerbFacts>; partnerOnly?: true }> = {
  Account: {
    modelType: 'Account',
    verbs: {
      create: { soapOperation: 'create', partnerOnly: true, accountOverride: false, source: PARTNER_PAGE },
      delete: { soapOperation: 'delete', partnerOnly: true, accountOverride: false, source: PARTNER_PAGE },
    },
  },
  AccountProvision: {
    modelType: 'AccountProvision',
    partnerOnly: true,
    verbs: {
      execute: {
        soapOperation: 'execute',
        requestType: 'AccountProvision',
        resultType: 'AccountProvisionResult',
        partnerOnly: true,
        accountOverride: false,
        source: 'Provision Partner Customer Account operation (soap-protocol.md §4.2)',
        inferred: true,
      },
      get: {
        soapOperation: 'get',
        resultType: 'AccountProvisionResult',
        partnerOnly: true,
        accountOverride: false,
        source: 'Provision Partner Customer Account operation: GET with the tracking id until COMPLETED',
        inferred: true,
      },
    },
  },
};

/** Bulk UPDATE exists only for ProcessSchedules, 15 per request (Bulk UPDATE operations page, §8). */
export const BULK_UPDATE: Record<string, VerbFacts> = {
  ProcessSchedules: {
    soapOperation: 'updateBulk',
    limit: 15,
    accountOverride: true,
    source: 'Bulk UPDATE operations page (soap-protocol.md §8)',
    inferred: true,
  },
};

/** Actions: the spec's lower-case endpoints and the WSDL's action operations. */
export const ACTIONS: Record<string, ActionFacts> = {
  cancelExecution: { soapOperation: 'cancelExecution', partnerOnly: true, accountOverride: true, source: 'Cancel execution operation (soap-protocol.md §4.2)' },
  changeListenerStatus: { soapOperation: 'changeListenerStatus', accountOverride: true },
  getAssignableRoles: { soapOperation: 'getAssignableRoles', accountOverride: true },
  executeProcess: { soapOperation: 'executeProcess', accountOverride: true, source: 'Platform WSDL (soap-protocol.md §4.2); not in the REST spec' },
  deployProcess: { soapOperation: 'deployProcess', accountOverride: true, source: 'legacy; Platform WSDL (§4.2)' },
  deployComponent: { soapOperation: 'deployComponent', accountOverride: true, source: 'legacy; Platform WSDL (§4.2)' },
  installSimpleIPack: { soapOperation: 'installSimpleIPack', accountOverride: true, source: 'Platform WSDL (§4.2)' },
  assignAtomToEnvironment: { soapOperation: 'assignAtomToEnvironment', accountOverride: true, source: 'legacy; Platform WSDL (§4.2)' },
  refreshSecretsManager: { soapOperation: null, note: 'REST only: no SOAP operation is known for it (newer than the 2023 WSDL).', accountOverride: true },
  cloudAttachmentSecretsConfiguration: { soapOperation: null, note: 'REST only: no SOAP operation is known for it (newer than the 2023 WSDL).', accountOverride: true },
};

export function mergeObject(target: ObjectFacts | undefined, extra: (typeof PARTNER_OBJECT_VERBS)[string]): ObjectFacts {
  const merged: ObjectFacts = target ?? { modelType: extra.modelType, verbs: {} };
  Object.assign(merged.verbs, extra.verbs);
  if (extra.partnerOnly) merged.partnerOnly = true;
  return merged;
}
