/**
 * The Boomi profile's two modules over the object modules: `actions.ts`, one function per
 * operation that is not an object verb (`cancelExecution(client, request)`), and `client.ts`,
 * the optional aggregate `PartnerApiClient` with one accessor per object and the actions as
 * methods, and its view when acting as another account.
 */
import { StructureKind, type ClassDeclarationStructure, type FunctionDeclarationStructure, type GetAccessorDeclarationStructure, type InterfaceDeclarationStructure, type MethodDeclarationStructure, type MethodSignatureStructure } from 'ts-morph';
import type { ProfileAction } from '../model/ir.ts';
import { profileOperations, wrapperTypeId } from '../model/ports.ts';
import { arrayLiteral, constStatement, docs, thunk, type Statement } from './code.ts';
import type { Imports } from './imports.ts';
import { metaRef } from './model-module.ts';
import { PARTNER_CLIENT_MODULE } from './object-module.ts';
import { LOCAL_NAMES } from '../model/passes/declare-names.ts';
import { substituteTypes } from './substitutes.ts';
import { complexValueName, type EmitContext, type Use } from './type-text.ts';

export const ACTIONS_MODULE = 'actions';
export const CLIENT_MODULE = 'client';

const CLIENT_DOC =
  'The Boomi Partner API: one accessor per API object, each with the operations that object supports, and the actions.\n\n' +
  '```ts\nconst boomi = new PartnerApiClient({ accountId, username: `BOOMI_TOKEN.${user}`, password: token });\n' +
  "const account = await boomi.account.get('sub-XY34ZW');\nfor await (const env of boomi.environment.query()) console.log(env.name);\n" +
  "await boomi.withAccount('sub-XY34ZW').deployment.query();\n```";

interface ActionSignature {
  name: string;
  request: string;
  response: string;
  options: string;
  requestOptional: boolean;
  doc: string;
}

function actionSignature(ctx: EmitContext, action: ProfileAction, useType: Use, useRuntimeType: (module: string, name: string) => void): ActionSignature {
  const op = profileOperations(ctx.model).get(action.operation)!;
  const requestId = wrapperTypeId(op.input)!;
  const responseId = wrapperTypeId(op.output)!;
  const request = complexValueName(ctx, requestId, useType);
  const response = complexValueName(ctx, responseId, useType);
  const hasOverride = ctx.model.types.get(requestId)!.fields.some((f) => f.xmlName === 'accountId');
  useRuntimeType(PARTNER_CLIENT_MODULE, 'PartnerCallOptions');
  let options = 'PartnerCallOptions';
  if (!action.override) {
    useRuntimeType('runtime/boomi/object-api', 'WithoutOverride');
    options = 'WithoutOverride<PartnerCallOptions>';
  }
  const extras = [action.facts?.partnerOnly ? 'Partner API only' : '', action.override ? '' : 'no account override'].filter(Boolean);
  return {
    name: ctx.names.actions.get(action.operation)!,
    request: hasOverride ? `Omit<${request}, 'accountId'>` : request,
    response,
    options,
    requestOptional: ctx.model.types.get(requestId)!.fields.every((f) => f.optional),
    doc: `${op.doc ?? `The \`${op.name}\` operation.`}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`,
  };
}

export function actionsModuleStatements(ctx: EmitContext, imports: Imports): Statement[] {
  const port = ctx.names.ports.get(ctx.model.profile!.port)!;
  const use = (kind: 'type' | 'value'): Use => (r) => imports[kind](r.module, r.name);
  const useType = use('type');
  const useValue = use('value');
  const runtimeType = (module: string, name: string) => imports.type(module, name);
  imports.namespace(port.module, LOCAL_NAMES.operations);
  imports.type(PARTNER_CLIENT_MODULE, 'PartnerClient');
  imports.type('runtime/core/metadata', 'XmlTypeList');
  const statements: Statement[] = [];
  for (const action of ctx.model.profile!.actions) {
    const s = actionSignature(ctx, action, useType, runtimeType);
    const op = profileOperations(ctx.model).get(action.operation)!;
    const types = substituteTypes(ctx.model, [], [...op.input.body, ...op.output!.body].map((p) => p.type));
    const typesName = `${s.name}Types`;
    if (types.length > 0) statements.push(constStatement({ name: typesName, type: 'XmlTypeList', isExported: false, initializer: thunk(arrayLiteral(types.map((id) => metaRef(ctx, id, useValue)))) }));
    const fn: FunctionDeclarationStructure = {
      kind: StructureKind.Function,
      isExported: true,
      name: s.name,
      docs: docs(s.doc),
      parameters: [
        { name: 'client', type: 'PartnerClient' },
        { name: 'request', type: s.request, ...(s.requestOptional ? { initializer: '{}' } : {}) },
        { name: 'options', type: s.options, initializer: '{}' },
      ],
      returnType: `Promise<${s.response}>`,
      statements: [`return client.call<${s.response}>(${LOCAL_NAMES.operations}.${port.operations.get(action.operation)!}, request, options, { ${[...(types.length > 0 ? [`types: ${typesName}`] : []), ...(action.override ? [] : ['noOverride: true'])].join(', ')} });`],
    };
    statements.push(fn);
  }
  return statements;
}

export function clientModuleStatements(ctx: EmitContext, imports: Imports): Statement[] {
  const names = ctx.names.client!;
  const profile = ctx.model.profile!;
  const useType: Use = (r) => imports.type(r.module, r.name);
  imports.value(PARTNER_CLIENT_MODULE, 'PartnerClient');
  imports.type(PARTNER_CLIENT_MODULE, 'PartnerClientOptions');
  const getters: GetAccessorDeclarationStructure[] = [];
  const subAccountProperties: InterfaceDeclarationStructure['properties'] = [];
  for (const object of profile.objects) {
    const n = ctx.names.objects.get(object.objectType)!;
    imports.value(n.module, n.accessor);
    imports.type(n.module, n.api, n.subAccountApi);
    const valueName = ctx.names.types.get(object.typeId)!.value;
    getters.push({ kind: StructureKind.GetAccessor, name: n.accessor, returnType: n.api, docs: docs(`{@link ${valueName}} objects (\`${object.objectType}\`).`), statements: [`return ${n.accessor}(this.client);`] });
    subAccountProperties.push({ name: n.accessor, isReadonly: true, type: n.subAccountApi });
  }
  const methods: MethodDeclarationStructure[] = [];
  const subAccountMethods: MethodSignatureStructure[] = [];
  for (const action of profile.actions) {
    const s = actionSignature(ctx, action, useType, (module, name) => imports.type(module, name));
    imports.value(ACTIONS_MODULE, s.name);
    const parameters = [
      { name: 'request', type: s.request, ...(s.requestOptional ? { initializer: '{}' } : {}) },
      { name: 'options', type: s.options, initializer: '{}' },
    ];
    methods.push({ kind: StructureKind.Method, name: s.name, docs: docs(s.doc), parameters, returnType: `Promise<${s.response}>`, statements: [`return ${s.name}(this.client, request, options);`] });
    if (action.override) {
      subAccountMethods.push({ kind: StructureKind.MethodSignature, name: s.name, docs: docs(s.doc), parameters: parameters.map((p) => ({ name: p.name, type: p.type, hasQuestionToken: 'initializer' in p })), returnType: `Promise<${s.response}>` });
    }
  }
  const overridable = profile.objects.some((o) => o.verbs.some((v) => v.override)) || profile.actions.some((a) => a.override);
  if (overridable) {
    methods.unshift({
      kind: StructureKind.Method,
      name: 'withAccount',
      docs: docs('The same client acting as a sub-account (the Partner account override): without the verbs and actions Boomi refuses the override on.'),
      parameters: [{ name: 'accountId', type: 'string' }],
      returnType: names.subAccountClient,
      statements: [`return new ${names.className}(this.client.withAccount(accountId)) as unknown as ${names.subAccountClient};`],
    });
  }
  const client: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    isExported: true,
    name: names.className,
    docs: docs(CLIENT_DOC),
    properties: [{ name: 'client', isReadonly: true, type: 'PartnerClient', docs: docs('The Partner client: endpoint, credentials, retries, rate limit, account override.') }],
    ctors: [{ parameters: [{ name: 'options', type: 'PartnerClientOptions | PartnerClient' }], statements: ['this.client = options instanceof PartnerClient ? options : new PartnerClient(options);'] }],
    getAccessors: getters,
    methods,
  };
  const subAccount: InterfaceDeclarationStructure = {
    kind: StructureKind.Interface,
    isExported: true,
    name: names.subAccountClient,
    docs: docs(`{@link ${names.className}} acting as another account: the accessors and actions that take the override.`),
    properties: subAccountProperties,
    methods: subAccountMethods,
  };
  return [client, subAccount];
}
