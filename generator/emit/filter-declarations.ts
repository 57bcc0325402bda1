/**
 * The typed query-filter DSL of each queryable object, for client.ts: a builder type with one
 * property per filterable field (its conditions limited to the object's operators, arguments
 * typed by the field's kind), the runtime facts for the same checks in JavaScript, and a
 * function to build a filter outside a query call.
 */
import { CodeBlockWriter, StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
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

export function filterDeclarations(objectType: string, query: QueryView, names: FilterNames): StatementStructures[] {
  const o = JSON.stringify(objectType);
  const fields = uniqueFields(query);
  const builderParts = [`${names.builder}Fields`, `FilterGrouping<${o}>`];
  if (hasCustomFields(query)) builderParts.push(`CustomFieldFilter<${names.operators}, ${o}>`);
  if (query.openProperties) builderParts.push(`AnyPropertyFilter<${names.operators}, ${o}>`);
  return [
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: names.operators,
      docs: [`The query operators \`${objectType}\` allows.`],
      type: query.operators.map((op) => JSON.stringify(op)).join(' | ') || 'never',
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: `${names.builder}Fields`,
      docs: [`The filterable fields of \`${objectType}\`.`],
      properties: fields.map((f) => ({
        name: propertyKey(f.property),
        isReadonly: true,
        type: f.kind === 'enum' ? `EnumFilterField<${(f.values ?? []).map((v) => JSON.stringify(v)).join(' | ') || 'never'}, ${names.operators}, ${o}>` : `${FIELD_TYPES[f.kind] ?? 'StringFilterField'}<${names.operators}, ${o}>`,
        docs: [fieldDoc(f)],
      })),
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: names.builder,
      docs: [`Builds \`${objectType}\` filters: \`f.field.operator(...)\`, combined with \`f.and\` / \`f.or\`.`],
      type: builderParts.join(' & '),
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`What the filter builder of \`${objectType}\` checks at run time.`],
      declarations: [{ name: names.info, type: 'FilterInfo', initializer: infoLiteral(objectType, query, fields) }],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: names.build,
      docs: [`A \`${objectType}\` filter built outside a query call, to keep and reuse.`],
      parameters: [{ name: 'build', type: `(f: ${names.builder}) => Filter<${o}>` }],
      returnType: `Filter<${o}>`,
      statements: [`return buildFilter(${names.info}, build);`],
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

function infoLiteral(objectType: string, query: QueryView, fields: QueryView['fields']): string {
  const w = new CodeBlockWriter({ indentNumberOfSpaces: 2, useSingleQuote: true });
  w.inlineBlock(() => {
    w.writeLine(`objectType: ${JSON.stringify(objectType)},`);
    w.writeLine(`operators: ${JSON.stringify(query.operators)},`);
    w.write('fields: ').inlineBlock(() => {
      for (const f of fields) {
        const values = f.kind === 'enum' ? `, values: ${JSON.stringify(f.values ?? [])}` : '';
        w.writeLine(`${propertyKey(f.property)}: { property: ${JSON.stringify(f.property)}, kind: ${JSON.stringify(f.kind)}${values} },`);
      }
    }).write(',').newLine();
    if (hasCustomFields(query)) w.writeLine('customFields: true,');
    if (/STARTS_WITH[^.]*spaces/i.test(query.notes ?? '')) w.writeLine('startsWithNoSpaces: true,');
    if (query.openProperties) w.writeLine('openProperties: true,');
  });
  return w.toString();
}

function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}
