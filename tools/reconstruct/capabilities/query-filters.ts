/**
 * Query filters per object, from the spec's `<Object>SimpleExpression`: the property names it
 * lists and the operators it allows. Over SOAP the property is the model's camelCase XML name
 * (soap-protocol.md §13): a listed name (`ACCOUNTID`, `launcherID`) is mapped to the model
 * attribute that matches when case and underscores are ignored — which is also what the real
 * 2023 schema's filter annotations say in all but one case (Atom `hostname`); unmatched names
 * are kept as documented.
 */
import { flattenAllOf, refName, type OpenApiSpec, type OperationObject, type SchemaObject } from '../openapi.ts';
import type { FilterField, FilterOperator, FilterValueKind, QueryFacts } from '../../../templates/runtime/boomi/capabilities.ts';

export function queryFacts(spec: OpenApiSpec, objectType: string, modelType: string, queryOperation: OperationObject | undefined): QueryFacts {
  const simple = spec.components.schemas[`${objectType}SimpleExpression`];
  const propertyEnum = (simple?.properties?.['property']?.enum ?? []).map(String);
  const operators = (simple?.properties?.['operator']?.enum ?? []).map(String);
  const model = spec.components.schemas[modelType];
  const fields = propertyEnum.map((rest) => filterField(spec, model, rest));
  const facts: QueryFacts = { fields, openProperties: propertyEnum.length === 0, operators: operators as FilterOperator[] };
  const notes = queryOperation?.description?.trim();
  if (notes) {
    facts.notes = notes;
    // The spec states these only in prose: read here once, written as flags for the generator.
    if (/customFields/.test(notes)) facts.customFields = true;
    if (/STARTS_WITH[^.]*spaces/i.test(notes)) facts.startsWithNoSpaces = true;
  }
  return facts;
}

export function filterField(spec: OpenApiSpec, model: SchemaObject | undefined, rest: string): FilterField {
  const found = model ? findProperty(spec, model, rest, 0) : undefined;
  const property = found ? found.name : rest;
  const field: FilterField = { property, match: found ? (found.path.includes('/') ? 'nested' : 'top-level') : 'none', ...valueKind(found?.schema, property) };
  if (property !== rest) field.restName = rest;
  if (found) field.modelPath = found.path;
  return field;
}

interface FoundProperty {
  name: string;
  path: string;
  schema: SchemaObject;
}

/** The property named like the filter field, at the top level first, then up to three levels down. */
function findProperty(spec: OpenApiSpec, schema: SchemaObject, wanted: string, depth: number): FoundProperty | undefined {
  const { properties } = flattenAllOf(schema);
  const key = normalise(wanted);
  for (const [name, prop] of properties) {
    if (normalise(name) === key) return { name, path: prop.xml?.attribute ? `@${name}` : name, schema: prop };
  }
  if (depth >= 2) return undefined;
  for (const [name, prop] of properties) {
    const target = spec.components.schemas[refName(prop) ?? refName(prop.items) ?? ''];
    const inner = target ? findProperty(spec, target, wanted, depth + 1) : undefined;
    if (inner) return { ...inner, path: `${name}/${inner.path}` };
  }
  return undefined;
}

function valueKind(schema: SchemaObject | undefined, name: string): Pick<FilterField, 'kind' | 'values' | 'kindFrom'> {
  if (schema?.enum) return { kind: 'enum', values: schema.enum.map(String), kindFrom: 'model' };
  const fromModel = (kind: FilterValueKind) => ({ kind, kindFrom: 'model' as const });
  switch (schema?.type) {
    case 'boolean':
      return fromModel('boolean');
    case 'integer':
    case 'number':
      return fromModel('number');
    case 'string':
      if (schema.format === 'date-time') return fromModel('dateTime');
      if (schema.format === 'date') return fromModel('date');
  }
  // Boomi types many dates as plain strings (Account/@dateCreated); their names say what they are.
  if (/date|time$/i.test(name) && !/zone|format/i.test(name)) return { kind: 'dateTime', kindFrom: 'name' };
  return { kind: 'string', kindFrom: schema ? 'model' : 'default' };
}

function normalise(name: string): string {
  return name.replace(/_/g, '').toLowerCase();
}
