/**
 * The Boomi profile's module for one API object: its accessor (`account(client)`), typed as the
 * verbs the object supports, its filter builder, and the description the runtime needs — which
 * reaches only this object's metadata and the operations its verbs use. An application that
 * uses one object bundles one object module.
 */
import { StructureKind, type FunctionDeclarationStructure, type TypeAliasDeclarationStructure } from 'ts-morph';
import type { Verb } from '../../templates/runtime/boomi/capabilities.ts';
import { VERBS } from '../../templates/runtime/boomi/capabilities.ts';
import type { ProfileObject, ProfileVerb } from '../model/ir.ts';
import { profileOperations } from '../model/ports.ts';
import { arrayLiteral, constStatement, docs, objectLiteral, parenthesized, str, thunk, type Expr, type Statement } from './code.ts';
import { filterDeclarations, QUERY_FILTER_MODULE } from './filter-declarations.ts';
import type { Imports } from './imports.ts';
import { metaRef } from './model-module.ts';
import { basesOf, substituteTypes } from './substitutes.ts';
import { complexValueName, type EmitContext, type Use } from './type-text.ts';
import { LOCAL_NAMES } from '../model/passes/declare-names.ts';

export const OBJECT_API_MODULE = 'runtime/boomi/object-api';
export const PARTNER_CLIENT_MODULE = 'runtime/boomi/partner-client';


export function objectModuleStatements(ctx: EmitContext, object: ProfileObject, imports: Imports): Statement[] {
  const names = ctx.names.objects.get(object.objectType)!;
  const port = ctx.names.ports.get(ctx.model.profile!.port)!;
  const use = (kind: 'type' | 'value'): Use => (r) => {
    if (r.module !== names.module) imports[kind](r.module, r.name);
  };
  const useType = use('type');
  const useValue = use('value');
  const runtimeType = (module: string, ...n: string[]) => imports.type(module, ...n);
  const statements: Statement[] = [];
  const o = str(object.objectType);
  let filterType = 'never';
  let builderType = 'never';
  if (object.query && names.filter) {
    const filter = filterDeclarations(object.objectType, object.query, names.filter);
    statements.push(...filter.statements);
    for (const n of filter.uses) (n === 'buildFilter' ? imports.value : imports.type).call(imports, QUERY_FILTER_MODULE, n);
    filterType = `Filter<${o}>`;
    builderType = names.filter.builder;
  }
  // The description the runtime reads: operations and types only through thunks.
  imports.namespace(port.module, LOCAL_NAMES.operations);
  const operations = [...new Set(object.verbs.flatMap((v) => v.operations))];
  const roots = [...new Set(object.verbs.flatMap((v) => [v.requestTypeId, v.resultTypeId, ...v.payloadTypeIds]))].sort();
  // The wrappers' object slot (BaseType) is filled by this object's types; the rest of what they declare is opened up.
  const byName = profileOperations(ctx.model);
  const wrappers = operations.flatMap((op) => [...byName.get(op)!.input.body, ...byName.get(op)!.output!.body].map((p) => p.type));
  const types = substituteTypes(ctx.model, roots, wrappers, new Set(roots.flatMap((id) => basesOf(ctx.model, id))));
  const limit = (verb: Verb) => object.verbs.find((v) => v.verb === verb)?.limit;
  const refused = object.verbs.filter((v) => !v.override).map((v) => v.verb);
  const description: [string, Expr][] = [
    ['objectType', o],
    ['operations', thunk(parenthesized(objectLiteral(operations.map((op) => [op, `${LOCAL_NAMES.operations}.${port.operations.get(op)!}`]))))],
    ['types', thunk(arrayLiteral(types.map((id) => metaRef(ctx, id, useValue))))],
  ];
  if (limit('bulkGet')) description.push(['bulkGetLimit', String(limit('bulkGet'))]);
  if (limit('bulkUpdate')) description.push(['bulkUpdateLimit', String(limit('bulkUpdate'))]);
  if (refused.length > 0) description.push(['noAccountOverride', arrayLiteral(refused.map(str))]);
  if (object.query && names.filter) description.push(['filter', names.filter.info]);
  runtimeType(OBJECT_API_MODULE, 'ObjectDescription');
  statements.push(constStatement({ name: names.description, type: 'ObjectDescription', initializer: objectLiteral(description, { multiline: true }), isExported: false }));
  // The accessor's types: the verbs it supports, and those it keeps when acting as another account.
  const verbType = (v: ProfileVerb): string => {
    const result = complexValueName(ctx, v.resultTypeId, useType);
    const input = () => {
      runtimeType(OBJECT_API_MODULE, 'ObjectInput');
      return `ObjectInput<${complexValueName(ctx, v.requestTypeId, useType)}>`;
    };
    const { accessor: type, options } = VERBS[v.verb];
    runtimeType(OBJECT_API_MODULE, type);
    const args: Record<Verb, string[]> = {
      get: [result],
      query: [result, filterType, builderType],
      create: [result, input()],
      update: [result, input()],
      delete: [],
      execute: [result, input()],
      bulkGet: [result],
      bulkUpdate: [result, input()],
      asyncGet: [result],
      asyncQuery: [result, filterType, builderType],
    };
    const params = [...args[v.verb]];
    if (!v.override) {
      runtimeType(OBJECT_API_MODULE, 'WithoutOverride');
      runtimeType(options === 'PartnerCallOptions' ? PARTNER_CLIENT_MODULE : OBJECT_API_MODULE, options);
      params.push(`WithoutOverride<${options}>`);
    }
    return params.length > 0 ? `${type}<${params.join(', ')}>` : type;
  };
  if (filterType !== 'never') imports.type(QUERY_FILTER_MODULE, 'Filter');
  const valueName = complexValueName(ctx, object.typeId, useType);
  const verbList = object.verbs.map((v) => `${VERBS[v.verb].label}${v.override ? '' : ' (no account override)'}`).join(', ');
  const api: TypeAliasDeclarationStructure = { kind: StructureKind.TypeAlias, isExported: true, name: names.api, type: object.verbs.map(verbType).join(' & '), docs: docs(`{@link ${valueName}} objects (\`${object.objectType}\`): ${verbList}.`) };
  const kept = object.verbs.filter((v) => v.override);
  const subAccountApi: TypeAliasDeclarationStructure = {
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: names.subAccountApi,
    type: kept.length > 0 ? kept.map(verbType).join(' & ') : 'Record<never, never>',
    docs: docs(`{@link ${names.api}} acting as another account: ${refused.length > 0 ? `without ${refused.join(', ')}, which Boomi refuses the override on` : 'every verb'}.`),
  };
  statements.push(api, subAccountApi);
  runtimeType(PARTNER_CLIENT_MODULE, 'PartnerClient', 'SubAccountClient');
  imports.value(OBJECT_API_MODULE, 'ObjectApi');
  const accessorDoc = docs(`The \`${object.objectType}\` API object over a Partner client: ${verbList}.`);
  const accessor: FunctionDeclarationStructure = {
    kind: StructureKind.Function,
    isExported: true,
    name: names.accessor,
    overloads: [
      { parameters: [{ name: 'client', type: 'SubAccountClient' }], returnType: names.subAccountApi, docs: accessorDoc },
      { parameters: [{ name: 'client', type: 'PartnerClient' }], returnType: names.api, docs: accessorDoc },
    ],
    parameters: [{ name: 'client', type: 'PartnerClient' }],
    returnType: `${names.api} | ${names.subAccountApi}`,
    statements: [`return new ObjectApi(client, ${names.description}) as unknown as ${names.api};`],
  };
  statements.push(accessor);
  return statements;
}
