/**
 * The envelope layer of the api namespace, which the OpenAPI spec does not describe: the
 * empty BaseType every object extends, query filters, query/bulk/async results, and the
 * Partner-only provisioning types that the Platform spec lacks. Shapes follow the SOAP
 * protocol notes (§4–§9), which read them from the real Platform schema and Boomi's pages.
 */
import type { ComplexTypeDef, EnumTypeDef, GlobalElementDecl } from './xsd-model.ts';

export const ENVELOPE_TYPE_NAMES: ReadonlySet<string> = new Set([
  'BaseType',
  'Expression',
  'SimpleExpression',
  'GroupingExpression',
  'QueryFilter',
  'QueryConfig',
  'QueryResult',
  'BulkRequest',
  'BulkId',
  'BulkResult',
  'BulkResponse',
  'AsyncToken',
  'AsyncOperationTokenResult',
  'AsyncOperationResult',
  'AccountProvision',
  'AccountProvisionResult',
  'IntegrationPackSimpleInstallationRequest',
]);

/** Global elements whose type is anonymous: other declarations can only `ref` them. */
export const ENVELOPE_ANONYMOUS_ELEMENTS: ReadonlySet<string> = new Set(['QueryFilter', 'QueryConfig', 'ProcessProperties']);

export function envelopeComplexTypes(): ComplexTypeDef[] {
  return [
    { name: 'BaseType', elements: [], attributes: [], doc: 'The empty base of every API object; payloads name their concrete type with xsi:type.' },
    { name: 'Expression', abstract: true, elements: [], attributes: [] },
    {
      name: 'SimpleExpression',
      base: 'api:Expression',
      elements: [{ name: 'argument', type: 'xs:string', optional: true, repeated: true }],
      attributes: [
        { name: 'operator', type: 'xs:string', required: true, doc: 'Not restricted by the schema: the server rejects operators an object does not allow.' },
        { name: 'property', type: 'xs:normalizedString', required: true },
      ],
    },
    {
      name: 'GroupingExpression',
      base: 'api:Expression',
      elements: [{ name: 'nestedExpression', type: 'api:Expression', optional: true, repeated: true }],
      attributes: [{ name: 'operator', type: 'api:GroupingOperator', required: true }],
    },
    {
      name: 'QueryResult',
      elements: [
        { name: 'queryToken', type: 'xs:string', optional: true, doc: 'Present when more results exist; send it to queryMore for the next page.' },
        { name: 'result', type: 'api:BaseType', optional: true, repeated: true },
      ],
      attributes: [{ name: 'numberOfResults', type: 'xs:int', doc: 'The number of results in this page (at most 100).' }],
    },
    {
      name: 'BulkRequest',
      elements: [{ name: 'request', type: 'api:BaseType', optional: true, repeated: true, doc: 'Each a BulkId (xsi:type="api:BulkId").' }],
      attributes: [{ name: 'type', type: 'api:BulkRequestType' }],
    },
    { name: 'BulkId', base: 'api:BaseType', elements: [], attributes: [{ name: 'id', type: 'xs:string' }] },
    {
      name: 'BulkResult',
      elements: [{ name: 'response', type: 'api:BulkResponse', optional: true, repeated: true }],
      attributes: [],
    },
    {
      name: 'BulkResponse',
      elements: [
        {
          name: 'Result',
          type: 'api:BaseType',
          optional: true,
          doc: 'The object; absent when statusCode reports an error for this item.',
          note: 'Optional here although the 2023 Platform schema requires it: Boomi omits Result on failed items (Bulk GET operations page), so the types must not promise it.',
        },
      ],
      attributes: [
        { name: 'index', type: 'xs:int' },
        { name: 'id', type: 'xs:string' },
        { name: 'statusCode', type: 'xs:int' },
        { name: 'errorMessage', type: 'xs:string' },
      ],
    },
    { name: 'AsyncToken', base: 'api:BaseType', elements: [], attributes: [{ name: 'token', type: 'xs:string', required: true }] },
    {
      name: 'AsyncOperationTokenResult',
      elements: [{ name: 'asyncToken', type: 'api:AsyncToken' }],
      attributes: [{ name: 'responseStatusCode', type: 'xs:int', required: true, doc: '202 while the operation runs.' }],
    },
    {
      name: 'AsyncOperationResult',
      elements: [{ name: 'result', type: 'api:BaseType', optional: true, repeated: true }],
      attributes: [
        { name: 'numberOfResults', type: 'xs:int' },
        { name: 'responseStatusCode', type: 'xs:int', required: true },
      ],
    },
    ...partnerProvisioningTypes(),
    {
      name: 'IntegrationPackSimpleInstallationRequest',
      base: 'api:BaseType',
      note: 'Inferred [I]: the payload of the installSimpleIPack action; the notes name the type but not its fields, so it carries the ids an installation needs.',
      elements: [],
      attributes: [
        { name: 'integrationPackId', type: 'xs:string' },
        { name: 'environmentId', type: 'xs:string' },
      ],
    },
  ];
}

/** Account Provision (Partner only, not in the Platform spec): fields from Boomi's page on the operation. */
function partnerProvisioningTypes(): ComplexTypeDef[] {
  return [
    {
      name: 'AccountProvision',
      base: 'api:BaseType',
      doc: 'Partner API: provisions a customer account (EXECUTE), then GET with the returned id until COMPLETED.',
      note: 'Partner-only object; fields from Boomi’s "Provision Partner Customer Account" page. The envelope (execute with objectType AccountProvision) is inferred [I].',
      elements: [
        {
          name: 'product',
          optional: true,
          repeated: true,
          anonymous: {
            elements: [],
            attributes: [
              { name: 'productCode', type: 'xs:string', required: true },
              { name: 'quantity', type: 'xs:int', required: true },
            ],
          },
        },
      ],
      attributes: [
        { name: 'id', type: 'xs:string' },
        { name: 'name', type: 'xs:string' },
        { name: 'street', type: 'xs:string' },
        { name: 'city', type: 'xs:string' },
        { name: 'stateCode', type: 'xs:string' },
        { name: 'zipCode', type: 'xs:string' },
        { name: 'countryCode', type: 'xs:string' },
        { name: 'status', type: 'api:AccountStatus' },
        { name: 'expirationDate', type: 'xs:string', doc: 'Written yyyy-MM-ddTHH:mm:ssZ, like the other Boomi dates typed as strings.' },
      ],
    },
    {
      name: 'AccountProvisionResult',
      base: 'api:BaseType',
      elements: [],
      attributes: [
        { name: 'id', type: 'xs:string', doc: 'The tracking id to GET until the status is COMPLETED.' },
        { name: 'status', type: 'api:AccountProvisionResultStatus' },
        { name: 'accountId', type: 'xs:string', doc: 'The new account, once COMPLETED.' },
      ],
    },
  ];
}

export function envelopeEnumTypes(): EnumTypeDef[] {
  return [
    { name: 'GroupingOperator', values: ['and', 'or'] },
    { name: 'BulkRequestType', values: ['GET', 'DELETE', 'UPDATE', 'CREATE'] },
    { name: 'AccountProvisionResultStatus', values: ['PENDING', 'COMPLETED'] },
  ];
}

export function envelopeElements(): GlobalElementDecl[] {
  return [
    {
      name: 'QueryFilter',
      anonymous: { elements: [{ name: 'expression', type: 'api:Expression' }], attributes: [] },
    },
    {
      name: 'QueryConfig',
      anonymous: { elements: [{ name: 'QueryFilter', ref: 'api:QueryFilter' }], attributes: [] },
    },
    {
      name: 'ProcessProperties',
      doc: 'The process properties of an executeProcess request.',
      anonymous: {
        elements: [
          {
            name: 'ProcessProperty',
            optional: true,
            repeated: true,
            anonymous: {
              elements: [
                { name: 'Name', type: 'xs:string' },
                { name: 'Value', type: 'xs:string' },
              ],
              attributes: [],
            },
          },
        ],
        attributes: [],
      },
    },
    { name: 'BulkRequest', type: 'api:BulkRequest' },
    { name: 'AccountProvision', type: 'api:AccountProvision' },
    { name: 'AccountProvisionResult', type: 'api:AccountProvisionResult' },
  ];
}
