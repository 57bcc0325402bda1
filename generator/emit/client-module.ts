/**
 * client.ts of the SDK: the table of SOAP operations (wrapper elements and their metadata) and,
 * when the capability facts are given, the client class with one accessor per API object
 * exposing only the verbs that object supports, plus the actions as typed methods.
 */
import { CodeBlockWriter, Scope, StructureKind, VariableDeclarationKind, type ClassDeclarationStructure, type GetAccessorDeclarationStructure, type ImportDeclarationStructure, type MethodDeclarationStructure, type StatementStructures } from 'ts-morph';
import type { ObjectView } from '../capability-notes.ts';
import { qnameKey, type ComplexTypeDef, type OperationDef, type SchemaModel } from '../model/ir.ts';
import { isPolymorphic } from './type-text.ts';
import { filterDeclarations, filterNames } from './filter-declarations.ts';

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

export function clientStatements(ctx: ClientContext): StatementStructures[] {
  const imports = new Imports();
  const statements: StatementStructures[] = [operationTable(ctx, imports)];
  if (ctx.objects) {
    statements.push(clientClass(ctx, ctx.objects, imports));
    for (const [objectType, facts] of Object.entries(ctx.objects).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (facts.query) statements.push(...filterDeclarations(objectType, facts.query, filterNames(objectType, accessorName(objectType))));
    }
    imports.type('./runtime/query-filter.js', 'AnyPropertyFilter', 'BooleanFilterField', 'CustomFieldFilter', 'DateFilterField', 'EnumFilterField', 'Filter', 'FilterInfo', 'FilterGrouping', 'NumberFilterField', 'StringFilterField');
    imports.value('./runtime/query-filter.js', 'buildFilter');
  }
  return [...imports.structures(), ...statements];
}

function operationTable(ctx: ClientContext, imports: Imports): StatementStructures {
  imports.type('./runtime/soap-client.js', 'OperationInfo');
  const w = new CodeBlockWriter({ indentNumberOfSpaces: 2, useSingleQuote: true });
  w.inlineBlock(() => {
    for (const op of ctx.model.operations) {
      w.writeLine(`${op.name}: {`);
      w.indent(() => {
        w.writeLine(`name: ${JSON.stringify(op.name)},`);
        w.writeLine(`soapAction: ${JSON.stringify(op.soapAction)},`);
        w.writeLine(`request: ${elementRef(ctx, op.input, imports)},`);
        w.writeLine(`response: ${elementRef(ctx, op.output, imports)},`);
      });
      w.writeLine('},');
    }
  });
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`The SOAP operations of ${ctx.model.service?.name ?? 'the service'}: wrapper elements and their serialisation metadata.`],
    declarations: [{ name: 'SoapOperations', initializer: `${w.toString()} as const satisfies Record<string, OperationInfo>` }],
  };
}

function elementRef(ctx: ClientContext, element: OperationDef['input'], imports: Imports): string {
  const type = wrapperType(ctx.model, element);
  imports.value(`./models/${ctx.modules.get(type.id)}.js`, `${type.tsName}Meta`);
  const ns = ctx.namespaceNames.get(element.namespace)!;
  imports.value('./models/namespaces.js', ns);
  return `{ element: { namespace: ${ns}, name: ${JSON.stringify(element.name)} }, info: ${type.tsName}Meta }`;
}

function wrapperType(model: SchemaModel, element: OperationDef['input']): ComplexTypeDef {
  const ref = model.elements.get(qnameKey(element))!.type;
  if (ref.kind !== 'complex') throw new Error(`operation element ${element.name} has no complex type`);
  return model.types.get(ref.id)!;
}

function clientClass(ctx: ClientContext, objects: Record<string, ObjectView>, imports: Imports): ClassDeclarationStructure {
  imports.value('./runtime/soap-client.js', 'SoapClient');
  imports.type('./runtime/soap-client.js', 'ClientOptions', 'CallOptions');
  imports.value('./runtime/object-api.js', 'ObjectApi');
  const accessors = Object.entries(objects)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([objectType, facts]) => objectAccessor(ctx, objectType, facts, imports));
  const actions = ctx.model.operations.filter((op) => !OBJECT_OPERATIONS.has(op.name)).map((op) => actionMethod(ctx, op, imports));
  return {
    kind: StructureKind.Class,
    isExported: true,
    name: 'PartnerApiClient',
    docs: [
      'The Boomi Partner API: one accessor per API object, each with the operations that object supports, and the actions.\n\n' +
        '```ts\nconst boomi = new PartnerApiClient({ accountId, username: `BOOMI_TOKEN.${user}`, password: token });\n' +
        "const account = await boomi.account.get('sub-XY34ZW');\nfor await (const env of boomi.environment.query()) console.log(env.name);\n" +
        "await boomi.withAccount('sub-XY34ZW').deployment.query();\n```",
    ],
    properties: [
      { name: 'soap', isReadonly: true, type: 'SoapClient', docs: ['The SOAP layer: endpoint, credentials, retries, rate limit.'] },
      { name: 'defaults', isReadonly: true, scope: Scope.Private, type: 'CallOptions' },
    ],
    ctors: [
      {
        parameters: [
          { name: 'options', type: 'ClientOptions | SoapClient' },
          { name: 'defaults', type: 'CallOptions', initializer: '{}' },
        ],
        statements: ['this.soap = options instanceof SoapClient ? options : new SoapClient(options);', 'this.defaults = defaults;'],
      },
    ],
    methods: [
      {
        kind: StructureKind.Method,
        name: 'withAccount',
        docs: ['The same client acting as a sub-account (the Partner account override); refused for Account CREATE/DELETE and provisioning, as Boomi refuses them.'],
        parameters: [{ name: 'accountId', type: 'string' }],
        returnType: 'PartnerApiClient',
        statements: ['return new PartnerApiClient(this.soap, { ...this.defaults, accountId });'],
      },
      {
        kind: StructureKind.Method,
        name: 'object',
        scope: Scope.Private,
        typeParameters: ['T extends object', 'F extends object', 'B'],
        parameters: [{ name: 'facts', type: 'ConstructorParameters<typeof ObjectApi>[2]' }],
        returnType: 'ObjectApi<T, F, B>',
        statements: ['return new ObjectApi<T, F, B>(this.soap, SoapOperations, facts, this.defaults);'],
      },
      ...actions,
    ],
    getAccessors: accessors,
  };
}

function objectAccessor(ctx: ClientContext, objectType: string, facts: ObjectView, imports: Imports): GetAccessorDeclarationStructure[] {
  const model = typeByName(ctx.model, facts.modelType);
  if (!model) return [];
  const valueType = referenceType(ctx, model, imports);
  const methods = Object.keys(facts.verbs).flatMap((verb) => VERB_METHODS[verb] ?? []);
  const noOverride = Object.entries(facts.verbs).filter(([, v]) => v.accountOverride === false).map(([verb]) => verb);
  const objectFacts = [
    `objectType: ${JSON.stringify(objectType)}`,
    ...(facts.verbs['bulkGet']?.limit ? [`bulkGetLimit: ${facts.verbs['bulkGet'].limit}`] : []),
    ...(facts.verbs['bulkUpdate']?.limit ? [`bulkUpdateLimit: ${facts.verbs['bulkUpdate'].limit}`] : []),
    ...(noOverride.length ? [`noAccountOverride: ${JSON.stringify(noOverride)}`] : []),
  ];
  const names = filterNames(objectType, accessorName(objectType));
  if (facts.query) objectFacts.push(`filter: ${names.info}`);
  const filterType = `Filter<${JSON.stringify(objectType)}>`;
  const builderType = facts.query ? names.builder : 'never';
  const typeArguments = `${valueType}, ${filterType}, ${builderType}`;
  return [
    {
      kind: StructureKind.GetAccessor,
      name: accessorName(objectType),
      docs: [`{@link ${valueType}} objects (\`${objectType}\`).`],
      returnType: `Pick<ObjectApi<${typeArguments}>, ${methods.map((m) => JSON.stringify(m)).join(' | ') || 'never'}>`,
      statements: [`return this.object<${typeArguments}>({ ${objectFacts.join(', ')} });`],
    },
  ];
}

function actionMethod(ctx: ClientContext, op: OperationDef, imports: Imports): MethodDeclarationStructure {
  const request = wrapperType(ctx.model, op.input);
  const response = wrapperType(ctx.model, op.output);
  const requestType = referenceType(ctx, request, imports);
  const responseType = referenceType(ctx, response, imports);
  return {
    kind: StructureKind.Method,
    name: op.name,
    isAsync: true,
    docs: [op.doc ?? `The \`${op.name}\` operation.`],
    parameters: [
      { name: 'request', type: `Omit<${requestType}, 'accountId'>`, initializer: request.fields.every((f) => f.optional) ? '{}' : undefined },
      { name: 'options', type: 'CallOptions', initializer: '{}' },
    ],
    returnType: `Promise<${responseType}>`,
    statements: [`return this.soap.call<${responseType}>(SoapOperations.${op.name}, request, undefined, { ...this.defaults, ...options });`],
  };
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

class Imports {
  private readonly types = new Map<string, Set<string>>();
  private readonly values = new Map<string, Set<string>>();

  type(module: string, ...names: string[]): void {
    add(this.types, module, names);
  }

  value(module: string, ...names: string[]): void {
    add(this.values, module, names);
  }

  structures(): ImportDeclarationStructure[] {
    const modules = [...new Set([...this.types.keys(), ...this.values.keys()])].sort();
    return modules.flatMap((module) => {
      const values = [...(this.values.get(module) ?? [])].sort();
      const types = [...(this.types.get(module) ?? [])].filter((t) => !values.includes(t)).sort();
      return [
        ...(types.length ? [{ kind: StructureKind.ImportDeclaration as const, isTypeOnly: true, moduleSpecifier: module, namedImports: types }] : []),
        ...(values.length ? [{ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: module, namedImports: values }] : []),
      ];
    });
  }
}

function add(table: Map<string, Set<string>>, module: string, names: string[]): void {
  const set = table.get(module) ?? new Set<string>();
  for (const n of names) set.add(n);
  table.set(module, set);
}
