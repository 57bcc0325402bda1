/**
 * Object types from the OpenAPI spec: every model schema becomes an XSD complex type in the
 * api namespace, with the spec's `xml` annotations deciding attribute vs element. The REST
 * per-object variants of the envelope types (`AccountQueryConfig`, `AccountBulkResponse`,
 * `AccountExpression`, …) are left out: over SOAP they are the generic envelope types.
 * fuse-sources.ts takes from these what the 2023 Platform schema lacks.
 */
import { flattenAllOf, operations, refName, SpecError, type OpenApiSpec, type SchemaObject } from './openapi.ts';
import type { AttributeDecl, ComplexTypeDef, ElementDecl, EnumTypeDef, GlobalElementDecl, QName } from './xsd-model.ts';
import { ENVELOPE_ANONYMOUS_ELEMENTS, ENVELOPE_TYPE_NAMES } from './envelope-types.ts';
import { observedElementOrders, orderBy } from './element-order.ts';

/** xml.name of the REST variants → the envelope type that stands for them over SOAP. */
const REST_VARIANTS: Record<string, string> = {
  QueryConfig: 'QueryConfig',
  QueryResult: 'QueryResult',
  BulkRequest: 'BulkRequest',
  BulkResult: 'BulkResult',
  SimpleExpression: 'SimpleExpression',
  GroupingExpression: 'GroupingExpression',
  AsyncOperationTokenResult: 'AsyncOperationTokenResult',
};

export interface ObjectTypes {
  complexTypes: ComplexTypeDef[];
  enumTypes: EnumTypeDef[];
  elements: GlobalElementDecl[];
  /** Types that travel as `xsi:type` payloads (objects), each extending BaseType. */
  objectNames: Set<string>;
}

interface Context {
  spec: OpenApiSpec;
  file: string;
  enums: Map<string, EnumTypeDef>;
  reservedNames: Set<string>;
  elementOrders: Map<string, string[]>;
}

export function buildObjectTypes(spec: OpenApiSpec, file: string): ObjectTypes {
  const schemas = spec.components.schemas;
  const modelNames = Object.keys(schemas).filter((n) => isModelSchema(spec, n)).sort();
  const ctx: Context = { spec, file, enums: new Map(), reservedNames: new Set([...modelNames, ...ENVELOPE_TYPE_NAMES]), elementOrders: observedElementOrders(spec) };
  const objectNames = payloadTypeNames(spec);
  const complexTypes = modelNames.map((name) => {
    const type = complexTypeFromSchema(ctx, name, schemas[name]!, `#/components/schemas/${name}`);
    type.name = name;
    type.elements = orderBy(type.elements, (e) => e.name, ctx.elementOrders.get(name));
    if (type.base === undefined && objectNames.has(name)) type.base = 'api:BaseType';
    return type;
  });
  const elements = modelNames
    .filter((n) => objectNames.has(n) || schemas[n]!.xml?.name === n)
    .filter((n) => !ENVELOPE_ANONYMOUS_ELEMENTS.has(n))
    .map((n): GlobalElementDecl => ({ name: n, type: `api:${n}` }));
  const enumTypes = [...ctx.enums.values()].sort((a, b) => a.name.localeCompare(b.name));
  return { complexTypes, enumTypes, elements, objectNames: new Set([...objectNames].filter((n) => modelNames.includes(n))) };
}

function isModelSchema(spec: OpenApiSpec, name: string): boolean {
  const schema = spec.components.schemas[name]!;
  if (ENVELOPE_TYPE_NAMES.has(name)) return false;
  if (schema.oneOf) return false; // <Object>Expression: a REST stand-in for the abstract Expression
  const xmlName = schema.xml?.name;
  if (xmlName !== undefined && xmlName !== name && xmlName in REST_VARIANTS) return false;
  // A few <Object>Expression schemas are written as plain objects; they are still REST stand-ins.
  if (name.endsWith('Expression') && spec.components.schemas[`${name.slice(0, -'Expression'.length)}QueryConfig`]) return false;
  return true;
}

/**
 * The schemas that operations send or return as whole objects: responses and request bodies,
 * the items of query results and the `Result` of bulk responses. Over SOAP these travel as
 * `api:BaseType` with `xsi:type`, so they extend BaseType.
 */
function payloadTypeNames(spec: OpenApiSpec): Set<string> {
  const schemas = spec.components.schemas;
  const names = new Set<string>();
  const add = (schema: SchemaObject | undefined) => {
    const name = refName(schema) ?? refName(schema?.items);
    if (name === undefined) return;
    const target = schemas[name];
    if (!target) return;
    const xmlName = target.xml?.name;
    if (xmlName === 'QueryResult' || xmlName === 'AsyncOperationTokenResult') add(target.properties?.['result']?.items);
    else if (xmlName === 'BulkResult') add(target.properties?.['response']?.items?.properties?.['Result']);
    else if (!(xmlName !== undefined && xmlName !== name && xmlName in REST_VARIANTS)) names.add(name);
  };
  for (const { operation } of operations(spec)) {
    for (const media of Object.values(operation.requestBody?.content ?? {})) add(media.schema);
    for (const response of Object.values(operation.responses ?? {})) {
      const content = (response as { content?: Record<string, { schema?: SchemaObject }> }).content;
      for (const media of Object.values(content ?? {})) add(media.schema);
    }
  }
  return names;
}

function complexTypeFromSchema(ctx: Context, owner: string, schema: SchemaObject, where: string): ComplexTypeDef {
  const { base, properties, required } = flattenAllOf(schema);
  const type: ComplexTypeDef = { elements: [], attributes: [] };
  if (base !== undefined) type.base = `api:${base}`;
  const doc = documentation(schema.description);
  if (doc !== undefined) type.doc = doc;
  for (const [name, prop] of properties) {
    const path = `${where}.properties.${name}`;
    if (prop.xml?.attribute) type.attributes.push(attributeDecl(ctx, owner, name, prop, required.has(name), path));
    else type.elements.push(elementDecl(ctx, owner, name, prop, required.has(name), path));
  }
  return type;
}

function attributeDecl(ctx: Context, owner: string, name: string, prop: SchemaObject, required: boolean, where: string): AttributeDecl {
  const type = valueType(ctx, owner, name, prop, where);
  if (typeof type !== 'string') throw new SpecError(ctx.file, where, 'an XML attribute must have a simple type');
  const decl: AttributeDecl = { name, type };
  if (required) decl.required = true;
  return withCommon(decl, prop);
}

function elementDecl(ctx: Context, owner: string, name: string, prop: SchemaObject, required: boolean, where: string): ElementDecl {
  const isArray = prop.type === 'array';
  const item = isArray ? prop.items : prop;
  if (item === undefined) throw new SpecError(ctx.file, where, 'an array without `items`');
  const type = valueType(ctx, owner, name, item, isArray ? `${where}.items` : where);
  const decl: ElementDecl = { name };
  if (type === `api:${name}` && ENVELOPE_ANONYMOUS_ELEMENTS.has(name)) decl.ref = type;
  else if (typeof type === 'string') decl.type = type;
  else decl.anonymous = type;
  if (!required) decl.optional = true;
  if (isArray) decl.repeated = true;
  return withCommon(decl, prop);
}

function withCommon<T extends { default?: string; doc?: string }>(decl: T, prop: SchemaObject): T {
  if (prop.default !== undefined) decl.default = String(prop.default);
  const doc = documentation(prop.description);
  if (doc !== undefined) decl.doc = doc;
  return decl;
}

/** The XSD type of a property's value: a QName, or an anonymous type for inline objects. */
function valueType(ctx: Context, owner: string, field: string, prop: SchemaObject, where: string): QName | ComplexTypeDef {
  const ref = refName(prop);
  if (ref !== undefined) return `api:${envelopeStandIn(ctx, ref, where)}`;
  if (prop.enum) return `api:${enumType(ctx, owner, field, prop.enum).name}`;
  switch (prop.type) {
    case 'string':
      return stringType(prop.format);
    case 'integer':
      return prop.format === 'int64' ? 'xs:long' : prop.format === 'int32' ? 'xs:int' : 'xs:integer';
    case 'number':
      return prop.format === 'double' ? 'xs:double' : prop.format === 'float' ? 'xs:float' : 'xs:decimal';
    case 'boolean':
      return 'xs:boolean';
    case 'object':
    case undefined:
      if (prop.properties || prop.allOf) return complexTypeFromSchema(ctx, owner + capitalize(field), prop, where);
      if (prop.type === 'object') return 'xs:anyType'; // free-form XML such as Component/object
      break;
  }
  throw new SpecError(ctx.file, where, `unsupported schema ${JSON.stringify({ type: prop.type, format: prop.format })}`);
}

function stringType(format: string | undefined): QName {
  if (format === 'date-time') return 'xs:dateTime';
  if (format === 'date') return 'xs:date';
  if (format === 'byte') return 'xs:base64Binary';
  return 'xs:string';
}

/** A reference to a REST variant (e.g. `AtomExpression`) stands for its envelope type. */
function envelopeStandIn(ctx: Context, name: string, where: string): string {
  const target = ctx.spec.components.schemas[name];
  if (target === undefined) throw new SpecError(ctx.file, where, `$ref to missing schema ${name}`);
  if (target.oneOf) return 'Expression';
  const xmlName = target.xml?.name;
  if (xmlName !== undefined && xmlName !== name && xmlName in REST_VARIANTS) return REST_VARIANTS[xmlName]!;
  return name;
}

/**
 * The spec writes enumerations inline; XSD wants a named simple type. The name is
 * `<Owner><Field>` (`Account/@status` → `AccountStatus`), with `Enum` appended where that
 * would clash with a complex type.
 */
function enumType(ctx: Context, owner: string, field: string, values: unknown[]): EnumTypeDef {
  const stringValues = values.map(String);
  let name = owner + capitalize(field);
  if (ctx.reservedNames.has(name)) name += 'Enum';
  for (let n = 2; ctx.enums.has(name) && !sameValues(ctx.enums.get(name)!.values, stringValues); n++) {
    name = `${owner}${capitalize(field)}${n}`;
  }
  const def = ctx.enums.get(name) ?? { name, values: stringValues };
  ctx.enums.set(name, def);
  return def;
}

function sameValues(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function documentation(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}
