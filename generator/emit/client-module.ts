/**
 * client.ts of the SDK: the table of SOAP operations (wrapper elements and their metadata) and,
 * when the capability facts are given, the client class with one accessor per API object
 * exposing only the verbs that object supports, plus the actions as typed methods.
 */
import type { ObjectView } from '../capability-notes.ts';
import { qnameKey, type ComplexTypeDef, type OperationDef, type SchemaModel } from '../model/ir.ts';
import { isPolymorphic } from './type-text.ts';
import { filterDeclarations, filterNames } from './filter-declarations.ts';
import { Imports } from './imports.ts';
import { array, block, call, code, constDeclaration, construct, hardline, join, jsDoc, object, signature, spread, str, typeRef, union, type Code, type Doc, type Parameter } from './layout.ts';
import type { LaidOut } from './print-module.ts';

export interface ClientContext {
  model: SchemaModel;
  modules: Map<string, string>;
  namespaceNames: Map<string, string>;
  objects?: Record<string, ObjectView>;
}

/** Names client.ts declares: schema types must not take them. */
export function clientExportNames(objects: Record<string, ObjectView> | undefined): string[] {
  const names = ['SoapOperations', 'PartnerApiClient'];
  for (const [objectType, facts] of Object.entries(objects ?? {})) {
    if (!facts.query) continue;
    const n = filterNames(objectType, accessorName(objectType));
    names.push(n.builder, `${n.builder}Fields`, n.info, n.operators, n.build);
  }
  return names;
}

/** ObjectApi methods per capability verb. */
const VERB_METHODS: Record<string, string[]> = {
  get: ['get'],
  query: ['query', 'pages'],
  create: ['create'],
  update: ['update'],
  delete: ['delete'],
  execute: ['execute'],
  bulkGet: ['bulkGet'],
  bulkUpdate: ['bulkUpdate'],
  asyncGet: ['asyncGet'],
  asyncQuery: ['asyncQuery'],
};

/** SOAP operations the object accessors use; the others become methods of the client. */
const OBJECT_OPERATIONS = new Set(['get', 'query', 'queryMore', 'create', 'update', 'delete', 'execute', 'getBulk', 'updateBulk', 'asyncGet', 'queryAsync', 'asyncResult']);

export function clientStatements(ctx: ClientContext): LaidOut[] {
  const imports = new Imports();
  const statements: LaidOut[] = [operationTable(ctx, imports)];
  if (ctx.objects) {
    statements.push(clientClass(ctx, ctx.objects, imports));
    for (const [objectType, facts] of Object.entries(ctx.objects).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (facts.query) statements.push(...filterDeclarations(objectType, facts.query, filterNames(objectType, accessorName(objectType))));
    }
    imports.type('./runtime/query-filter.js', 'AnyPropertyFilter', 'BooleanFilterField', 'CustomFieldFilter', 'DateFilterField', 'EnumFilterField', 'Filter', 'FilterInfo', 'FilterGrouping', 'NumberFilterField', 'StringFilterField');
    imports.value('./runtime/query-filter.js', 'buildFilter');
  }
  return [...imports.declarations(), ...statements];
}

function operationTable(ctx: ClientContext, imports: Imports): LaidOut {
  imports.type('./runtime/soap-client.js', 'OperationInfo');
  const table = object(
    ctx.model.operations.map((op) => [
      op.name,
      object(
        [
          ['name', str(op.name)],
          ['soapAction', str(op.soapAction)],
          ['request', elementRef(ctx, op.input, imports)],
          ['response', elementRef(ctx, op.output, imports)],
        ],
        { expanded: true },
      ),
    ]),
    { expanded: true },
  );
  const doc = `The SOAP operations of ${ctx.model.service?.name ?? 'the service'}: wrapper elements and their serialisation metadata.`;
  return { layout: [jsDoc(doc), constDeclaration('SoapOperations', code([table.doc, ' as const satisfies ', typeRef('Record', [code('string'), code('OperationInfo')]).doc]))] };
}

function elementRef(ctx: ClientContext, element: OperationDef['input'], imports: Imports): Code {
  const type = wrapperType(ctx.model, element);
  imports.value(`./models/${ctx.modules.get(type.id)}.js`, `${type.tsName}Meta`);
  const ns = ctx.namespaceNames.get(element.namespace)!;
  imports.value('./models/namespaces.js', ns);
  return object([
    ['element', object([['namespace', code(ns)], ['name', str(element.name)]])],
    ['info', code(`${type.tsName}Meta`)],
  ]);
}

function wrapperType(model: SchemaModel, element: OperationDef['input']): ComplexTypeDef {
  const ref = model.elements.get(qnameKey(element))!.type;
  if (ref.kind !== 'complex') throw new Error(`operation element ${element.name} has no complex type`);
  return model.types.get(ref.id)!;
}

const CLIENT_DOC =
  'The Boomi Partner API: one accessor per API object, each with the operations that object supports, and the actions.\n\n' +
  '```ts\nconst boomi = new PartnerApiClient({ accountId, username: `BOOMI_TOKEN.${user}`, password: token });\n' +
  "const account = await boomi.account.get('sub-XY34ZW');\nfor await (const env of boomi.environment.query()) console.log(env.name);\n" +
  "await boomi.withAccount('sub-XY34ZW').deployment.query();\n```";

/** The client class: its fields and constructor, one accessor per object, then the methods. */
function clientClass(ctx: ClientContext, objects: Record<string, ObjectView>, imports: Imports): LaidOut {
  imports.value('./runtime/soap-client.js', 'SoapClient');
  imports.type('./runtime/soap-client.js', 'ClientOptions', 'CallOptions');
  imports.value('./runtime/object-api.js', 'ObjectApi');
  const fields: Doc = [jsDoc('The SOAP layer: endpoint, credentials, retries, rate limit.'), 'readonly soap: SoapClient;', hardline, 'private readonly defaults: CallOptions;'];
  const constructor = method('constructor', [param('options', code('ClientOptions | SoapClient')), param('defaults', code('CallOptions'), '{}')], undefined, [
    'this.soap = options instanceof SoapClient ? options : new SoapClient(options);',
    'this.defaults = defaults;',
  ]);
  const accessors = Object.entries(objects)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([objectType, facts]) => objectAccessor(ctx, objectType, facts, imports));
  const withAccount = method('withAccount', [param('accountId', code('string'))], code('PartnerApiClient'), [
    returnStatement(construct('PartnerApiClient', [], [code('this.soap'), object([spread('this.defaults'), code('accountId')])])),
  ], 'The same client acting as a sub-account (the Partner account override); refused for Account CREATE/DELETE and provisioning, as Boomi refuses them.');
  const objectMethod = method('private object<T extends object, F extends object, B>', [param('facts', code('ConstructorParameters<typeof ObjectApi>[2]'))], code('ObjectApi<T, F, B>'), [
    returnStatement(construct('ObjectApi', [code('T'), code('F'), code('B')], ['this.soap', 'SoapOperations', 'facts', 'this.defaults'].map(code))),
  ]);
  const actions = ctx.model.operations.filter((op) => !OBJECT_OPERATIONS.has(op.name)).map((op) => actionMethod(ctx, op, imports));
  const members = [fields, constructor, ...accessors, withAccount, objectMethod, ...actions];
  return { block: true, layout: [jsDoc(CLIENT_DOC), 'export class PartnerApiClient ', block([join([hardline, hardline], members)])] };
}

function param(name: string, type: Code, initializer?: string): Parameter {
  return initializer === undefined ? { name, type } : { name, type, initializer };
}

/** A method, constructor or accessor: `name(params): returnType { statements }`. */
function method(name: string, params: Parameter[], returnType: Code | undefined, statements: Doc[], doc?: string): Doc {
  return [jsDoc(doc), name, signature(params, returnType), ' ', block(statements)];
}

function returnStatement(value: Code): Doc {
  return ['return ', value.doc, ';'];
}

function objectAccessor(ctx: ClientContext, objectType: string, facts: ObjectView, imports: Imports): Doc[] {
  const model = typeByName(ctx.model, facts.modelType);
  if (!model) return [];
  const valueType = referenceType(ctx, model, imports);
  const methods = Object.keys(facts.verbs).flatMap((verb) => VERB_METHODS[verb] ?? []);
  const noOverride = Object.entries(facts.verbs).filter(([, v]) => v.accountOverride === false).map(([verb]) => verb);
  const names = filterNames(objectType, accessorName(objectType));
  const objectFacts: [string, Code][] = [['objectType', str(objectType)]];
  if (facts.verbs['bulkGet']?.limit) objectFacts.push(['bulkGetLimit', code(String(facts.verbs['bulkGet'].limit))]);
  if (facts.verbs['bulkUpdate']?.limit) objectFacts.push(['bulkUpdateLimit', code(String(facts.verbs['bulkUpdate'].limit))]);
  if (noOverride.length) objectFacts.push(['noAccountOverride', array(noOverride.map(str))]);
  if (facts.query) objectFacts.push(['filter', code(names.info)]);
  const typeArguments = [code(valueType), typeRef('Filter', [str(objectType)]), code(facts.query ? names.builder : 'never')];
  const picked = methods.length > 0 ? union(methods.map(str)) : code('never');
  const returnType = typeRef('Pick', [typeRef('ObjectApi', typeArguments), picked]);
  return [method(`get ${accessorName(objectType)}`, [], returnType, [returnStatement(call('this.object', typeArguments, [object(objectFacts)]))], `{@link ${valueType}} objects (\`${objectType}\`).`)];
}

function actionMethod(ctx: ClientContext, op: OperationDef, imports: Imports): Doc {
  const request = wrapperType(ctx.model, op.input);
  const response = wrapperType(ctx.model, op.output);
  const requestType = referenceType(ctx, request, imports);
  const responseType = referenceType(ctx, response, imports);
  const params = [
    param('request', typeRef('Omit', [code(requestType), str('accountId')]), request.fields.every((f) => f.optional) ? '{}' : undefined),
    param('options', code('CallOptions'), '{}'),
  ];
  const callArgs = [code(`SoapOperations.${op.name}`), code('request'), code('undefined'), object([spread('this.defaults'), spread('options')])];
  return method(`async ${op.name}`, params, typeRef('Promise', [code(responseType)]), [returnStatement(call('this.soap.call', [code(responseType)], callArgs))], op.doc ?? `The \`${op.name}\` operation.`);
}

/** The named type for a capability's model type: outside the service's own (wrapper) namespace when the name is in both. */
function typeByName(model: SchemaModel, name: string): ComplexTypeDef | undefined {
  const named = [...model.types.values()].filter((t) => t.qname?.name === name);
  return named.find((t) => t.qname!.namespace !== model.service?.targetNamespace) ?? named[0];
}

function referenceType(ctx: ClientContext, type: ComplexTypeDef, imports: Imports): string {
  const name = isPolymorphic(type) && type.abstract ? `Any${type.tsName}` : type.tsName;
  imports.type(`./models/${ctx.modules.get(type.id)}.js`, name);
  return name;
}

/** `Account` → `account`, `AS2ConnectorRecord` → `as2ConnectorRecord`, `EDIFACTConnectorRecord` → `edifactConnectorRecord`. */
export function accessorName(objectType: string): string {
  const match = /^([A-Z0-9]+)(?=[A-Z][a-z]|$)|^[A-Z]/.exec(objectType);
  if (!match) return objectType;
  return match[0].toLowerCase() + objectType.slice(match[0].length);
}
