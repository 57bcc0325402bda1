/**
 * The operation wrappers of the Partner service: document/literal wrapped, so each operation
 * has a request element named after it and a `<op>Response` element. Their children mirror the
 * Platform wrappers of the 2023 schema (soap-protocol.md §4). Where Boomi's Account page shows a
 * Partner envelope, the page decides the wrapper's namespace and its children's qualification:
 * GET and QUERY in the api namespace, CREATE and DELETE in the partner namespace with DELETE's
 * children qualified (the 2023 Platform schema has them unqualified). Elsewhere the wrappers are
 * in the partner namespace, as the Partner-only cancelExecution is and as a public Partner
 * client sends update [I]. Every request ends with the optional Partner account override
 * `accountId`, written like its siblings (§9, inferred [I]).
 */
import { ACCOUNT_PAGE } from './page-facts.ts';
import type { ComplexTypeDef, ElementDecl, GlobalElementDecl } from './xsd-model.ts';

export interface OperationShape {
  name: string;
  /** The namespace of the request and response elements. */
  namespace: 'api' | 'par';
  request: ElementDecl[];
  response: ElementDecl[];
  /** Which of the two have their children written without namespace (`form="unqualified"`). */
  unqualified?: 'request' | 'response' | 'both';
  doc?: string;
  /** Where the shape comes from, when not from the 2023 schema alone; written as a comment. */
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
  { name: 'get', namespace: 'api', note: `Namespace and qualification from ${ACCOUNT_PAGE} (GET request and response).`, request: [objectType, objectId], response: [anyObject('result')] },
  {
    name: 'delete',
    namespace: 'par',
    unqualified: 'response',
    note: `Children of the request qualified as ${ACCOUNT_PAGE} shows them (a DELETE request generated from the Partner WSDL); the 2023 Platform schema has them unqualified. The response as in the 2023 schema: the page shows none for DELETE.`,
    request: [objectType, objectId],
    response: [successful],
  },
  { name: 'create', namespace: 'par', unqualified: 'both', note: `As ${ACCOUNT_PAGE} shows the CREATE request and response, and as the 2023 schema has them.`, request: [anyObject('object')], response: [anyObject('result')] },
  { name: 'query', namespace: 'api', note: `Namespace and qualification from ${ACCOUNT_PAGE} (QUERY request and response).`, request: [objectType, queryConfig], response: [{ name: 'results', type: 'api:QueryResult', optional: true }] },
  { name: 'update', namespace: 'par', unqualified: 'both', request: [anyObject('object')], response: [anyObject('result')] },
  { name: 'execute', namespace: 'par', request: [objectType, objectId, anyObject('object')], response: [anyObject('results')] },
  {
    name: 'queryMore',
    namespace: 'api',
    note: 'In the namespace of query, whose paging it continues [I].',
    request: [text('queryToken')],
    response: [{ name: 'results', type: 'api:QueryResult', optional: true }],
  },
  { name: 'asyncGet', namespace: 'par', request: [objectType, objectId], response: [{ name: 'result', type: 'api:AsyncOperationTokenResult', optional: true }] },
  { name: 'deployProcess', namespace: 'par', doc: LEGACY, request: [text('deploymentId'), text('environmentId'), text('digest')], response: [successful] },
  { name: 'deployComponent', namespace: 'par', doc: LEGACY, request: [text('deploymentId'), text('environmentId'), text('digest')], response: [successful] },
  {
    name: 'executeProcess',
    namespace: 'par',
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
    namespace: 'par',
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
    namespace: 'par',
    request: [text('listenerId'), text('containerId'), { ...text('action'), doc: 'pause, resume, restart, or pause_all, resume_all, restart_all (then omit listenerId).' }],
    response: [],
  },
  { name: 'queryAsync', namespace: 'par', request: [objectType, queryConfig], response: [{ name: 'results', type: 'api:AsyncOperationTokenResult', optional: true }] },
  { name: 'asyncResult', namespace: 'par', request: [text('token')], response: [{ name: 'results', type: 'api:AsyncOperationResult', optional: true }] },
  {
    name: 'getBulk',
    namespace: 'par',
    request: [objectType, { name: 'bulkObject', type: 'api:BulkRequest', optional: true }],
    response: [{ name: 'results', type: 'api:BulkResult', optional: true }],
  },
  {
    name: 'installSimpleIPack',
    namespace: 'par',
    request: [{ name: 'properties', type: 'api:IntegrationPackSimpleInstallationRequest', optional: true }],
    response: [],
  },
  { name: 'assignAtomToEnvironment', namespace: 'par', doc: LEGACY, request: [text('atomId'), text('environmentId')], response: [] },
  {
    name: 'updateBulk',
    namespace: 'par',
    note: 'In the Platform schema since 2023 but not in its portType; bulk UPDATE is documented for ProcessSchedules (15 per request). Exposed here as an operation [I].',
    request: [objectType, { name: 'bulkObject', type: 'api:BulkRequest', optional: true }],
    response: [{ name: 'results', type: 'api:BulkResult', optional: true }],
  },
  {
    name: 'cancelExecution',
    namespace: 'par',
    doc: 'Partner API only: cancels a running process execution.',
    request: [text('executionId')],
    response: [],
  },
];

/** Why a wrapper no page shows is in the partner namespace. */
export const PARTNER_NAMESPACE_SOURCE =
  'The Partner service’s wrappers are in the partner namespace, as Boomi’s pages show the Partner-only cancelExecution (Cancel execution page) and the Account page shows CREATE and DELETE, and as a public Partner client sends update [I].';

const accountOverride: ElementDecl = {
  name: 'accountId',
  type: 'xs:string',
  optional: true,
  doc: 'Partner account override: run the call as this account, which must be below the authenticated one in the account hierarchy. Refused for Account CREATE/DELETE and AccountProvision. Its place, the last child of every request wrapper written like its siblings, is inferred [I].',
};

/** The wrapper elements and types of the operations in one namespace. */
export function wrapperTypes(namespace: 'api' | 'par'): { elements: GlobalElementDecl[]; complexTypes: ComplexTypeDef[] } {
  const elements: GlobalElementDecl[] = [];
  const complexTypes: ComplexTypeDef[] = [];
  for (const op of OPERATIONS.filter((o) => o.namespace === namespace)) {
    const request = [...op.request, accountOverride].map((e) => qualify(e, op.unqualified === 'request' || op.unqualified === 'both'));
    const response = op.response.map((e) => qualify(e, op.unqualified === 'response' || op.unqualified === 'both'));
    elements.push(withDoc({ name: op.name, type: `${namespace}:${op.name}` }, op), { name: `${op.name}Response`, type: `${namespace}:${op.name}Response` });
    complexTypes.push({ name: op.name, elements: request, attributes: [] }, { name: `${op.name}Response`, elements: response, attributes: [] });
  }
  return { elements, complexTypes };
}

function withDoc(decl: GlobalElementDecl, op: OperationShape): GlobalElementDecl {
  if (op.doc) decl.doc = op.doc;
  if (op.note) decl.note = op.note;
  return decl;
}

function qualify(decl: ElementDecl, unqualified: boolean): ElementDecl {
  return unqualified && decl.ref === undefined ? { ...decl, unqualified: true } : decl;
}
