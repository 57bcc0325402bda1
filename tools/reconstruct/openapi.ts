/**
 * The part of an OpenAPI 3 document the reconstruction reads, and the reading of it.
 * The spec is untrusted input: `readSpec` checks the shape it relies on and names the file
 * and the JSON path of anything missing.
 */
import { readFileSync } from 'node:fs';

export interface XmlHints {
  name?: string;
  namespace?: string;
  attribute?: boolean;
  wrapped?: boolean;
}

export interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  xml?: XmlHints;
  description?: string;
  default?: unknown;
  example?: unknown;
}

export interface OperationObject {
  tags?: string[];
  operationId?: string;
  summary?: string;
  description?: string;
  deprecated?: boolean;
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
  responses?: Record<string, { content?: Record<string, { schema?: SchemaObject; example?: unknown }> } | unknown>;
}

export interface OpenApiSpec {
  openapi: string;
  info: { title?: string; version?: string };
  paths: Record<string, Record<string, OperationObject | unknown>>;
  components: { schemas: Record<string, SchemaObject> };
}

export class SpecError extends Error {
  constructor(file: string, where: string, problem: string) {
    super(`${file}: ${where}: ${problem}`);
    this.name = 'SpecError';
  }
}

export function readSpec(file: string): OpenApiSpec {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SpecError(file, '(file)', `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SpecError(file, '(file)', `is not JSON: ${(error as Error).message}`);
  }
  return checkSpecShape(file, parsed);
}

function checkSpecShape(file: string, value: unknown): OpenApiSpec {
  const doc = value as Partial<OpenApiSpec> | null;
  if (typeof doc !== 'object' || doc === null) throw new SpecError(file, '$', 'is not a JSON object');
  if (typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.')) {
    throw new SpecError(file, '$.openapi', `expected an OpenAPI 3.x document, found ${JSON.stringify(doc.openapi)}`);
  }
  if (typeof doc.paths !== 'object' || doc.paths === null) throw new SpecError(file, '$.paths', 'is missing');
  const schemas = doc.components?.schemas;
  if (typeof schemas !== 'object' || schemas === null) throw new SpecError(file, '$.components.schemas', 'is missing');
  return doc as OpenApiSpec;
}

/** `#/components/schemas/Account` → `Account`. */
export function refName(schema: SchemaObject | undefined): string | undefined {
  const ref = schema?.$ref;
  if (ref === undefined) return undefined;
  const prefix = '#/components/schemas/';
  return ref.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
}

/** A schema's own properties with its `allOf` parts merged, and the `allOf` base if any. */
export function flattenAllOf(schema: SchemaObject): { base?: string; properties: [string, SchemaObject][]; required: Set<string> } {
  const required = new Set(schema.required ?? []);
  const properties: [string, SchemaObject][] = Object.entries(schema.properties ?? {});
  let base: string | undefined;
  for (const part of schema.allOf ?? []) {
    const name = refName(part);
    if (name !== undefined) base = name;
    properties.push(...Object.entries(part.properties ?? {}));
    for (const r of part.required ?? []) required.add(r);
  }
  return { base, properties, required };
}

export function operations(spec: OpenApiSpec): { path: string; method: string; operation: OperationObject }[] {
  const out: { path: string; method: string; operation: OperationObject }[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (typeof operation === 'object' && operation !== null && 'responses' in operation) {
        out.push({ path, method, operation: operation as OperationObject });
      }
    }
  }
  return out;
}
