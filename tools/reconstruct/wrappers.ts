/**
 * The operation wrappers of the Partner service: document/literal wrapped, so each operation
 * has a request element named after it and a `<op>Response` element, here in the partner
 * namespace. Children mirror the Platform wrappers (soap-protocol.md §4), qualification
 * included: unqualified inside create/update/delete and their responses, qualified
 * elsewhere. Every request ends with the optional Partner account override `accountId`,
 * written like its siblings (§9, inferred [I]).
 */
import type { ComplexTypeDef, ElementDecl, GlobalElementDecl } from './xsd-model.ts';

export interface OperationShape {
  name: string;
  request: ElementDecl[];
  response: ElementDecl[];
  /** Children written without namespace (`form="unqualified"`). */
  unqualified?: boolean;
  doc?: string;
  note?: string;
}

const objectType: ElementDecl = { name: 'objectType', type: 'xs:string', optional: true };
const objectId: ElementDecl = { name: 'objectId', type: 'xs:string', optional: true };
const anyObject = (name: string): ElementDecl => ({ name, type: 'api:BaseType', optional: true });
const text = (name: string): ElementDecl => ({ name, type: 'xs:string', optional: true });
const queryConfig: ElementDecl = {
  name: 'queryConfig',
  optional: true,
  anonymous: { elements: [{ name: 'QueryFilter', ref: 'api:QueryFilter' }], attributes: [] },
};
const successful: ElementDecl = { name: 'successful', type: 'xs:boolean' };
const LEGACY = 'Legacy deployment operation, kept by Boomi for older accounts; prefer the Deployment and PackagedComponent objects.';

/** In the order of the real Platform portType, then the operations the Partner service adds. */
export const OPERATIONS: OperationShape[] = [
  { name: 'get', request: [objectType, objectId], response: [anyObject('result')] },
  { name: 'delete', unqualified: true, request: [objectType, objectId], response: [successful] },
  { name: 'create', unqualified: true, request: [anyObject('object')], response: [anyObject('result')] },
  { name: 'query', request: [objectType, queryConfig], response: [{ name: 'results', type: 'api:QueryResult', optional: true }] },
  { name: 'update', unqualified: true, request: [anyObject('object')], response: [anyObject('result')] },
  { name: 'execute', request: [objectType, objectId, anyObject('object')], response: [anyObject('results')] },
  { name: 'queryMore', request: [text('queryToken')], response: [{ name: 'results', type: 'api:QueryResult', optional: true }] },
  { name: 'asyncGet', request: [objectType, objectId], response: [{ name: 'result', type: 'api:AsyncOperationTokenResult', optional: true }] },
  { name: 'deployProcess', doc: LEGACY, request: [text('deploymentId'), text('environmentId'), text('digest')], response: [successful] },
  { name: 'deployComponent', doc: LEGACY, request: [text('deploymentId'), text('environmentId'), text('digest')], response: [successful] },
  {
    name: 'executeProcess',
    request: [
      {
        name: 'properties',
        optional: true,
        anonymous: {
          elements: [{ name: 'ProcessProperties', ref: 'api:ProcessProperties' }],
          attributes: [
            { name: 'processId', type: 'xs:string' },
            { name: 'processName', type: 'xs:string' },
            { name: 'atomId', type: 'xs:string', required: true },
          ],
        },
      },
    ],
    response: [],
  },
  {
    name: 'getAssignableRoles',
    request: [],
    response: [
      {
        name: 'result',
        optional: true,
        anonymous: { elements: [{ name: 'Role', type: 'api:Role', optional: true, repeated: true }], attributes: [] },
      },
    ],
  },
  {
    name: 'changeListenerStatus',
    request: [text('listenerId'), text('containerId'), { ...text('action'), doc: 'pause, resume, restart, or pause_all, resume_all, restart_all (then omit listenerId).' }],
    response: [],
  },
  { name: 'queryAsync', request: [objectType, queryConfig], response: [{ name: 'results', type: 'api:AsyncOperationTokenResult', optional: true }] },
  { name: 'asyncResult', request: [text('token')], response: [{ name: 'results', type: 'api:AsyncOperationResult', optional: true }] },
  {
    name: 'getBulk',
    request: [objectType, { name: 'bulkObject', type: 'api:BulkRequest', optional: true }],
    response: [{ name: 'results', type: 'api:BulkResult', optional: true }],
  },
  {
    name: 'installSimpleIPack',
    request: [{ name: 'properties', type: 'api:IntegrationPackSimpleInstallationRequest', optional: true }],
    response: [],
  },
  { name: 'assignAtomToEnvironment', doc: LEGACY, request: [text('atomId'), text('environmentId')], response: [] },
  {
    name: 'updateBulk',
    note: 'In the Platform schema since 2023 but not in its portType; bulk UPDATE is documented for ProcessSchedules (15 per request). Exposed here as an operation [I].',
    request: [objectType, { name: 'bulkObject', type: 'api:BulkRequest', optional: true }],
    response: [{ name: 'results', type: 'api:BulkResult', optional: true }],
  },
  {
    name: 'cancelExecution',
    doc: 'Partner API only: cancels a running process execution.',
    request: [text('executionId')],
    response: [],
  },
];

const accountOverride: ElementDecl = {
  name: 'accountId',
  type: 'xs:string',
  optional: true,
  doc: 'Partner account override: run the call as this account, which must be below the authenticated one in the account hierarchy. Refused for Account CREATE/DELETE and AccountProvision. Its place, the last child of every request wrapper written like its siblings, is inferred [I].',
};

export function wrapperTypes(): { elements: GlobalElementDecl[]; complexTypes: ComplexTypeDef[] } {
  const elements: GlobalElementDecl[] = [];
  const complexTypes: ComplexTypeDef[] = [];
  for (const op of OPERATIONS) {
    const request = [...op.request, accountOverride].map((e) => qualify(e, op));
    const response = op.response.map((e) => qualify(e, op));
    elements.push(withDoc({ name: op.name, type: `par:${op.name}` }, op), { name: `${op.name}Response`, type: `par:${op.name}Response` });
    complexTypes.push({ name: op.name, elements: request, attributes: [] }, { name: `${op.name}Response`, elements: response, attributes: [] });
  }
  return {
    elements: elements.sort((a, b) => a.name.localeCompare(b.name)),
    complexTypes,
  };
}

function withDoc(decl: GlobalElementDecl, op: OperationShape): GlobalElementDecl {
  if (op.doc) decl.doc = op.doc;
  if (op.note) decl.note = op.note;
  return decl;
}

function qualify(decl: ElementDecl, op: OperationShape): ElementDecl {
  return op.unqualified && decl.ref === undefined ? { ...decl, unqualified: true } : decl;
}
