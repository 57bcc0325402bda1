/**
 * Query filters where a Boomi page lists them too. Where the page and the spec disagree (the
 * Account page has no CONTAINS or NOT_CONTAINS, five fields of the spec's seven, two of five
 * statuses), the union is accepted — a filter one of Boomi's own sources documents is not refused —
 * and what each source lists is kept beside it.
 */
import type { OpenApiSpec } from '../openapi.ts';
import { filterField } from './query-filters.ts';
import type { FilterOperator, QueryFacts, SourceListing } from '../../../templates/runtime/boomi/capabilities.ts';

export const SPEC_SOURCE = 'Boomi’s OpenAPI spec';

export function withPageListing(spec: OpenApiSpec, modelType: string, facts: QueryFacts, page: SourceListing): QueryFacts {
  const listedBySpec: SourceListing = {
    source: SPEC_SOURCE,
    fields: facts.fields.map((f) => f.property),
    operators: [...facts.operators],
    values: Object.fromEntries(facts.fields.filter((f) => f.values && page.values[f.property]).map((f) => [f.property, [...f.values!]])),
  };
  const model = spec.components.schemas[modelType];
  const fields = [...facts.fields, ...page.fields.filter((name) => !listedBySpec.fields.includes(name)).map((name) => filterField(spec, model, name))].map((field) => {
    const values = page.values[field.property];
    return values && field.values ? { ...field, values: union(field.values, values) } : field;
  });
  return { ...facts, fields, operators: union(facts.operators, page.operators) as FilterOperator[], listedBy: { page, spec: listedBySpec } };
}

function union(a: string[], b: string[]): string[] {
  return [...a, ...b.filter((x) => !a.includes(x))];
}
