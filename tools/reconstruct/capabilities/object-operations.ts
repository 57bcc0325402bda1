/**
 * Which verbs each object supports, read from the REST paths of the spec: the Platform API
 * offers the same operations over REST and SOAP (soap-protocol.md §4), so a path shape maps
 * to a SOAP operation.
 */
import { refName, type OpenApiSpec, type OperationObject, type SchemaObject } from '../openapi.ts';
import { VERBS, type ObjectFacts, type Verb, type VerbFacts } from '../../../templates/runtime/boomi/capabilities.ts';

const DEFAULT_BULK_LIMIT = 100;

interface PathRule {
  method: string;
  pattern: RegExp;
  verb: Verb | 'asyncResult' | 'queryMore' | 'asyncPoll';
}

/** `X` is the object type (first path segment, upper case); order matters. */
const RULES: PathRule[] = [
  { method: 'post', pattern: /^\/async\/([A-Z]\w*)\/query$/, verb: 'asyncQuery' },
  { method: 'get', pattern: /^\/async\/([A-Z]\w*)\/response\/\{[^}]+\}$/, verb: 'asyncResult' },
  { method: 'get', pattern: /^\/async\/([A-Z]\w*)\/\{[^}]+\}$/, verb: 'asyncGet' },
  { method: 'get', pattern: /^\/([A-Z]\w*)\/async\/\{[^}]+\}$/, verb: 'asyncPoll' },
  { method: 'post', pattern: /^\/([A-Z]\w*)\/query$/, verb: 'query' },
  { method: 'post', pattern: /^\/([A-Z]\w*)\/queryMore$/, verb: 'queryMore' },
  { method: 'post', pattern: /^\/([A-Z]\w*)\/bulk$/, verb: 'bulkGet' },
  { method: 'post', pattern: /^\/([A-Z]\w*)\/execute\/\{[^}]+\}$/, verb: 'execute' },
  { method: 'get', pattern: /^\/([A-Z]\w*)\/\{[^}]+\}$/, verb: 'get' },
  { method: 'post', pattern: /^\/([A-Z]\w*)\/\{[^}]+\}$/, verb: 'update' },
  { method: 'delete', pattern: /^\/([A-Z]\w*)\/\{[^}]+\}$/, verb: 'delete' },
  { method: 'post', pattern: /^\/([A-Z]\w*)$/, verb: 'create' },
];


export interface ObjectOperations {
  objects: Map<string, ObjectFacts>;
  /** Lower-case action endpoints: `/cancelExecution/{id}` → cancelExecution. */
  actions: Map<string, OperationObject & { path: string }>;
}

export function objectOperations(spec: OpenApiSpec): ObjectOperations {
  const objects = new Map<string, ObjectFacts>();
  const actions = new Map<string, OperationObject & { path: string }>();
  for (const [path, item] of Object.entries(spec.paths).sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const [method, op] of Object.entries(item)) {
      if (typeof op !== 'object' || op === null || !('responses' in op)) continue;
      const operation = op as OperationObject;
      const action = path.startsWith('/async/') ? null : /^\/([a-z]\w*)/.exec(path);
      if (action) {
        actions.set(action[1]!, { ...operation, path });
        continue;
      }
      const rule = RULES.find((r) => r.method === method && r.pattern.test(path));
      if (!rule) continue;
      const objectType = rule.pattern.exec(path)![1]!;
      const facts = objects.get(objectType) ?? { modelType: objectType, verbs: {} };
      objects.set(objectType, facts);
      if (rule.verb === 'queryMore' || rule.verb === 'asyncResult' || rule.verb === 'asyncPoll') continue;
      facts.verbs[rule.verb] = verbFacts(spec, objectType, rule.verb, operation);
    }
  }
  for (const [objectType, facts] of objects) facts.modelType = modelTypeOf(spec, objectType, facts);
  return { objects, actions };
}

function verbFacts(spec: OpenApiSpec, objectType: string, verb: Verb, operation: OperationObject): VerbFacts {
  const facts: VerbFacts = { soapOperation: VERBS[verb].soapOperations[0]!, accountOverride: true };
  if (verb === 'bulkGet') facts.limit = bulkLimit(operation.description) ?? DEFAULT_BULK_LIMIT;
  const request = refName(firstMedia(operation.requestBody?.content)?.schema);
  const response = refName(firstMedia(successContent(operation))?.schema);
  if ((verb === 'execute' || verb === 'create' || verb === 'update') && request) facts.requestType = request;
  if (verb === 'execute' && response) facts.resultType = response;
  if (verb === 'asyncGet' || verb === 'asyncQuery') {
    const result = asyncResultType(spec, objectType);
    if (result) facts.resultType = result;
  }
  return facts;
}

/** The spec states the exception in prose: "The limit for the BULK GET operation is 5 requests." */
function bulkLimit(description: string | undefined): number | undefined {
  const match = /limit for the BULK GET operation is (\d+)/i.exec(description ?? '');
  return match ? Number(match[1]) : undefined;
}

function firstMedia(content: Record<string, { schema?: SchemaObject }> | undefined): { schema?: SchemaObject } | undefined {
  return content?.['application/xml'] ?? content?.['application/json'];
}

function successContent(operation: OperationObject): Record<string, { schema?: SchemaObject }> | undefined {
  const ok = (operation.responses?.['200'] ?? operation.responses?.['202']) as { content?: Record<string, { schema?: SchemaObject }> } | undefined;
  return ok?.content;
}

/** The type in the results of `/async/X/response/{token}`: the items of `XAsyncResponse/result`. */
function asyncResultType(spec: OpenApiSpec, objectType: string): string | undefined {
  return refName(spec.components.schemas[`${objectType}AsyncResponse`]?.properties?.['result']?.items);
}

/** The model type: what GET returns, else the items of query results, else what CREATE takes. */
function modelTypeOf(spec: OpenApiSpec, objectType: string, facts: ObjectFacts): string {
  const schemas = spec.components.schemas;
  if (schemas[objectType]?.properties || schemas[objectType]?.allOf) return objectType;
  const queryResult = schemas[`${objectType}QueryResponse`]?.properties?.['result']?.items;
  return refName(queryResult) ?? facts.verbs.create?.requestType ?? facts.verbs.execute?.requestType ?? objectType;
}
