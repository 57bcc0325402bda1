/**
 * What Boomi's own pages say about the Partner API, where they speak. They come first: before
 * the 2023 Platform schema (a Platform service's, not the Partner one's) and before the OpenAPI
 * spec (REST). Each fact names its page; the tests check them against the pages where those are
 * at hand.
 */
import type { SourceListing } from '../../templates/runtime/boomi/capabilities.ts';
import type { ComplexTypeDef, ElementDecl } from './xsd-model.ts';

/** Boomi's Account object page: the Partner API's SOAP envelopes for GET, QUERY, CREATE and DELETE. */
export const ACCOUNT_PAGE = 'Boomi’s Account object page';

/** Objects' QUERY filters as Boomi's pages list them (fields, operators, values of enumerated fields). */
export const PAGE_QUERY_LISTINGS: Readonly<Record<string, SourceListing>> = {
  Account: {
    source: ACCOUNT_PAGE,
    fields: ['accountId', 'dateCreated', 'expirationDate', 'name', 'status'],
    operators: ['BETWEEN', 'EQUALS', 'GREATER_THAN', 'GREATER_THAN_OR_EQUAL', 'IS_NULL', 'IS_NOT_NULL', 'LESS_THAN', 'LESS_THAN_OR_EQUAL', 'LIKE', 'NOT_EQUALS'],
    values: { status: ['active', 'deleted'] },
  },
};

/** Where a page contradicts the 2023 schema's occurrence of a field, the page's. */
export const PAGE_OCCURRENCE: { type: string; element: string; change: Pick<ElementDecl, 'optional'>; source: string }[] = [
  {
    type: 'BulkResponse',
    element: 'Result',
    change: { optional: true },
    source: 'Optional here although the 2023 Platform schema requires it: Boomi omits Result on failed items (Bulk GET operations page), so the types must not promise it.',
  },
];

export function applyPageOccurrence(types: ComplexTypeDef[]): void {
  for (const fact of PAGE_OCCURRENCE) {
    const element = types.find((t) => t.name === fact.type)?.elements.find((e) => e.name === fact.element);
    if (!element) throw new Error(`page fact for ${fact.type}/${fact.element}: the schema has no such element`);
    Object.assign(element, fact.change, { note: fact.source });
  }
}
