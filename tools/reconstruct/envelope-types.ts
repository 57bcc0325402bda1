/**
 * The envelope layer of the api namespace — the empty BaseType every object extends, query
 * filters, query, bulk and async results — as the reconstruction knows it. Its types come from
 * the 2023 Platform schema; the OpenAPI spec has REST stand-ins for them, which are left out.
 * Neither source documents them: the documentation here follows the SOAP protocol notes (§4–§8).
 */
import type { ComplexTypeDef, GlobalElementDecl } from './xsd-model.ts';

/** Envelope types: the spec's schemas of these names are not object types. */
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
]);

/** Global elements whose type is anonymous: other declarations can only `ref` them. */
export const ENVELOPE_ANONYMOUS_ELEMENTS: ReadonlySet<string> = new Set(['QueryFilter', 'QueryConfig', 'ProcessProperties']);

/** Documentation for envelope types (`Type`) and their fields (`Type/field`, `Type/@attribute`). */
export const ENVELOPE_DOCS: Readonly<Record<string, string>> = {
  BaseType: 'The empty base of every API object; payloads name their concrete type with xsi:type.',
  'SimpleExpression/@operator': 'Not restricted by the schema: the server rejects operators an object does not allow.',
  'QueryResult/queryToken': 'Present when more results exist; send it to queryMore for the next page.',
  'QueryResult/@numberOfResults': 'The number of results in this page (at most 100).',
  'BulkRequest/request': 'Each a BulkId (xsi:type="api:BulkId").',
  'BulkResponse/Result': 'The object; absent when statusCode reports an error for this item.',
  'AsyncOperationTokenResult/@responseStatusCode': '202 while the operation runs.',
  ProcessProperties: 'The process properties of an executeProcess request.',
};

export function documentEnvelope(types: ComplexTypeDef[], elements: GlobalElementDecl[]): void {
  for (const [where, doc] of Object.entries(ENVELOPE_DOCS)) {
    const [owner, field] = where.split('/');
    const type = types.find((t) => t.name === owner);
    const target = field === undefined ? (type ?? elements.find((e) => e.name === owner)) : field.startsWith('@') ? type?.attributes.find((a) => a.name === field.slice(1)) : type?.elements.find((e) => e.name === field);
    if (!target) throw new Error(`envelope documentation for ${where}: the schema has no such declaration`);
    target.doc = doc;
  }
}
