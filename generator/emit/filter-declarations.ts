/**
 * The typed query-filter DSL of a queryable object, in its object module: a builder type with one
 * property per filterable field (its conditions limited to the object's operators, arguments
 * typed by the field's kind), the runtime facts for the same checks in JavaScript, and a
 * function to build a filter outside a query call.
 */
import { StructureKind, type FunctionDeclarationStructure, type InterfaceDeclarationStructure, type TypeAliasDeclarationStructure } from 'ts-morph';
import type { FilterValueKind, QueryFacts } from '../../templates/runtime/boomi/capabilities.ts';
import type { ObjectNames } from '../model/ir.ts';
import { arrayLiteral, constStatement, docs, objectLiteral, propertyName, str, type Expr, type Statement } from './code.ts';

export const QUERY_FILTER_MODULE = 'runtime/boomi/query-filter';

const FIELD_TYPES: Record<FilterValueKind, string> = { string: 'StringFilterField', number: 'NumberFilterField', boolean: 'BooleanFilterField', dateTime: 'DateFilterField', date: 'DateFilterField', enum: 'EnumFilterField' };

type FilterNames = NonNullable<ObjectNames['filter']>;

/** The declarations, and the runtime names they use. */
export function filterDeclarations(objectType: string, query: QueryFacts, names: FilterNames): { statements: Statement[]; uses: string[] } {
  const o = str(objectType);
  const uses = new Set(['Filter', 'FilterGrouping', 'FilterInfo']);
  const builderParts = [names.builderFields, `FilterGrouping<${o}>`];
  if (query.customFields) {
    builderParts.push(`CustomFieldFilter<${names.operators}, ${o}>`);
    uses.add('CustomFieldFilter');
  }
  if (query.openProperties) {
    builderParts.push(`AnyPropertyFilter<${names.operators}, ${o}>`);
    uses.add('AnyPropertyFilter');
  }
  const fieldType = (f: QueryFacts['fields'][number]): string => {
    const kind = FIELD_TYPES[f.kind];
    uses.add(kind);
    return f.kind === 'enum' ? `${kind}<${f.values!.map(str).join(' | ')}, ${names.operators}, ${o}>` : `${kind}<${names.operators}, ${o}>`;
  };
  const operators: TypeAliasDeclarationStructure = { kind: StructureKind.TypeAlias, isExported: true, name: names.operators, type: query.operators.map(str).join(' | '), docs: docs(`The query operators \`${objectType}\` allows.`) };
  const builderFields: InterfaceDeclarationStructure = {
    kind: StructureKind.Interface,
    isExported: true,
    name: names.builderFields,
    docs: docs(`The filterable fields of \`${objectType}\`.`),
    properties: query.fields.map((f) => ({ name: propertyName(f.property), isReadonly: true, type: fieldType(f), docs: docs(fieldDoc(f)) })),
  };
  const builder: TypeAliasDeclarationStructure = { kind: StructureKind.TypeAlias, isExported: true, name: names.builder, type: builderParts.join(' & '), docs: docs(`Builds \`${objectType}\` filters: \`f.field.operator(...)\`, combined with \`f.and\` / \`f.or\`.`) };
  const build: FunctionDeclarationStructure = {
    kind: StructureKind.Function,
    isExported: true,
    name: names.build,
    parameters: [{ name: 'build', type: `(f: ${names.builder}) => Filter<${o}>` }],
    returnType: `Filter<${o}>`,
    docs: docs(`A \`${objectType}\` filter built outside a query call, to keep and reuse.`),
    statements: [`return buildFilter(${names.info}, build);`],
  };
  uses.add('buildFilter');
  const info = constStatement({ name: names.info, type: 'FilterInfo', initializer: infoLiteral(objectType, query), isExported: false, docs: `What the filter builder of \`${objectType}\` checks at run time.` });
  return { statements: [operators, builderFields, builder, info, build], uses: [...uses] };
}

function fieldDoc(f: QueryFacts['fields'][number]): string {
  const parts = [`Filters on \`${f.property}\``];
  if (f.modelPath && f.modelPath.replace(/^@/, '') !== f.property) parts.push(`(the model's \`${f.modelPath}\`)`);
  if (f.restName) parts.push(`— listed as \`${f.restName}\` in the REST spec`);
  if (f.kind === 'dateTime') parts.push("— a Date, or text in yyyy-MM-dd'T'HH:mm:ss'Z'");
  return `${parts.join(' ')}.`;
}

function infoLiteral(objectType: string, query: QueryFacts): Expr {
  const entries: [string, Expr][] = [
    ['objectType', str(objectType)],
    ['operators', arrayLiteral(query.operators.map(str))],
    [
      'fields',
      objectLiteral(
        query.fields.map((f) => {
          const facts: [string, Expr][] = [['property', str(f.property)], ['kind', str(f.kind)]];
          if (f.kind === 'enum') facts.push(['values', arrayLiteral(f.values!.map(str))]);
          return [f.property, objectLiteral(facts)] as const;
        }),
        { multiline: true },
      ),
    ],
  ];
  if (query.customFields) entries.push(['customFields', 'true']);
  if (query.startsWithNoSpaces) entries.push(['startsWithNoSpaces', 'true']);
  if (query.openProperties) entries.push(['openProperties', 'true']);
  return objectLiteral(entries, { multiline: true });
}
