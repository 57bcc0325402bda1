/**
 * The typed query-filter DSL of each queryable object, for client.ts: a builder type with one
 * property per filterable field (its conditions limited to the object's operators, arguments
 * typed by the field's kind), the runtime facts for the same checks in JavaScript, and a
 * function to build a filter outside a query call.
 */
import { array, block, code, constDeclaration, functionType, interfaceDeclaration, intersection, jsDoc, object, signature, str, typeAliasDeclaration, typeRef, union, type Code } from './layout.ts';
import type { LaidOut } from './print-module.ts';
import type { ObjectView } from '../capability-notes.ts';

type QueryView = NonNullable<ObjectView['query']>;

const FIELD_TYPES: Record<string, string> = { string: 'StringFilterField', number: 'NumberFilterField', boolean: 'BooleanFilterField', dateTime: 'DateFilterField', date: 'DateFilterField' };

export interface FilterNames {
  builder: string;
  info: string;
  operators: string;
  build: string;
}

export function filterNames(objectType: string, accessor: string): FilterNames {
  return { builder: `${objectType}FilterBuilder`, info: `${objectType}FilterInfo`, operators: `${objectType}Operators`, build: `${accessor}Filter` };
}

/** Custom tracked fields are documented (in the spec's query notes) for some connector records. */
function hasCustomFields(query: QueryView): boolean {
  return /customFields/.test(query.notes ?? '');
}

export function filterDeclarations(objectType: string, query: QueryView, names: FilterNames): LaidOut[] {
  const o = str(objectType);
  const operators = code(names.operators);
  const fields = uniqueFields(query);
  const builderParts = [code(`${names.builder}Fields`), typeRef('FilterGrouping', [o])];
  if (hasCustomFields(query)) builderParts.push(typeRef('CustomFieldFilter', [operators, o]));
  if (query.openProperties) builderParts.push(typeRef('AnyPropertyFilter', [operators, o]));
  const fieldType = (f: QueryView['fields'][number]): Code => {
    if (f.kind !== 'enum') return typeRef(FIELD_TYPES[f.kind] ?? 'StringFilterField', [operators, o]);
    const values = f.values ?? [];
    return typeRef('EnumFilterField', [values.length > 0 ? union(values.map(str)) : code('never'), operators, o]);
  };
  const filter = typeRef('Filter', [o]);
  return [
    { layout: [jsDoc(`The query operators \`${objectType}\` allows.`), typeAliasDeclaration(names.operators, query.operators.length > 0 ? query.operators.map(str) : code('never'))] },
    {
      block: true,
      layout: interfaceDeclaration(`${names.builder}Fields`, undefined, fields.map((f) => ({ name: f.property, readonly: true, type: fieldType(f), docs: fieldDoc(f) })), `The filterable fields of \`${objectType}\`.`),
    },
    { layout: [jsDoc(`Builds \`${objectType}\` filters: \`f.field.operator(...)\`, combined with \`f.and\` / \`f.or\`.`), typeAliasDeclaration(names.builder, intersection(builderParts))] },
    { layout: [jsDoc(`What the filter builder of \`${objectType}\` checks at run time.`), constDeclaration(`${names.info}: FilterInfo`, infoLiteral(objectType, query, fields))] },
    {
      block: true,
      layout: [
        jsDoc(`A \`${objectType}\` filter built outside a query call, to keep and reuse.`),
        `export function ${names.build}`,
        signature([{ name: 'build', type: functionType([{ name: 'f', type: code(names.builder) }], filter) }], filter),
        ' ',
        block([`return buildFilter(${names.info}, build);`]),
      ],
    },
  ];
}

function uniqueFields(query: QueryView): QueryView['fields'] {
  const seen = new Set<string>();
  return query.fields.filter((f) => !seen.has(f.property) && seen.add(f.property));
}

function fieldDoc(f: QueryView['fields'][number]): string {
  const parts = [`Filters on \`${f.property}\``];
  if (f.modelPath && f.modelPath.replace(/^@/, '') !== f.property) parts.push(`(the model's \`${f.modelPath}\`)`);
  if (f.restName) parts.push(`— listed as \`${f.restName}\` in the REST spec`);
  if (f.kind === 'dateTime') parts.push("— a Date, or text in yyyy-MM-dd'T'HH:mm:ss'Z'");
  return `${parts.join(' ')}.`;
}

function infoLiteral(objectType: string, query: QueryView, fields: QueryView['fields']): Code {
  const entries: [string, Code][] = [
    ['objectType', str(objectType)],
    ['operators', array(query.operators.map(str))],
    [
      'fields',
      object(
        fields.map((f) => {
          const facts: [string, Code][] = [['property', str(f.property)], ['kind', str(f.kind)]];
          if (f.kind === 'enum') facts.push(['values', array((f.values ?? []).map(str))]);
          return [f.property, object(facts)] as const;
        }),
        { expanded: true },
      ),
    ],
  ];
  if (hasCustomFields(query)) entries.push(['customFields', code('true')]);
  if (/STARTS_WITH[^.]*spaces/i.test(query.notes ?? '')) entries.push(['startsWithNoSpaces', code('true')]);
  if (query.openProperties) entries.push(['openProperties', code('true')]);
  return object(entries, { expanded: true });
}
