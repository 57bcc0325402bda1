/** spec → the capabilities file: object verbs, query filters, Partner additions, policies. */
import { createHash } from 'node:crypto';
import type { OpenApiSpec } from '../openapi.ts';
import { objectOperations } from './object-operations.ts';
import { ACTIONS, BULK_UPDATE, mergeObject, PARTNER_OBJECT_VERBS } from './partner-facts.ts';
import { queryFacts } from './query-filters.ts';
import { DATE_TIME_FORMAT, DEFAULT_BULK_LIMIT, IDEMPOTENT_OPERATIONS, OPERATOR_ARITY, PAGE_SIZE, RATE_LIMIT, type Capabilities, type ObjectFacts } from '../../../templates/runtime/boomi/capabilities.ts';
import { withPageListing } from './page-listings.ts';
import { PAGE_QUERY_LISTINGS } from '../page-facts.ts';

export function buildCapabilities(spec: OpenApiSpec, specText: string): Capabilities {
  const { objects, actions } = objectOperations(spec);
  for (const [name, extra] of Object.entries(PARTNER_OBJECT_VERBS)) objects.set(name, mergeObject(objects.get(name), extra));
  for (const [name, verb] of Object.entries(BULK_UPDATE)) objects.get(name)!.verbs.bulkUpdate = verb;
  for (const [objectType, facts] of objects) {
    if (facts.verbs.query || facts.verbs.asyncQuery) {
      const path = facts.verbs.query ? `/${objectType}/query` : `/async/${objectType}/query`;
      facts.query = queryFacts(spec, objectType, facts.modelType, spec.paths[path]?.['post'] as never);
      const page = PAGE_QUERY_LISTINGS[objectType];
      if (page) facts.query = withPageListing(spec, facts.modelType, facts.query, page);
    }
  }
  const unknownActions = [...actions.keys()].filter((a) => !(a in ACTIONS));
  if (unknownActions.length > 0) throw new Error(`the spec has actions the reconstruction does not know: ${unknownActions.join(', ')} (add them to tools/reconstruct/capabilities/partner-facts.ts)`);
  return {
    source: { spec: spec.info.title ?? '', version: spec.info.version ?? '', sha256: createHash('sha256').update(specText).digest('hex') },
    pageSize: PAGE_SIZE,
    defaultBulkLimit: DEFAULT_BULK_LIMIT,
    rateLimit: { ...RATE_LIMIT, source: 'API licensing page (soap-protocol.md §11); older material says 5' },
    idempotentOperations: [...IDEMPOTENT_OPERATIONS],
    operatorArity: OPERATOR_ARITY,
    groupingOperators: ['and', 'or'],
    dateTimeFormat: DATE_TIME_FORMAT,
    objects: sortedRecord(objects),
    actions: sortedRecord(new Map(Object.entries(ACTIONS))),
  };
}

function sortedRecord<T>(map: Map<string, T>): Record<string, T> {
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export type { Capabilities, ObjectFacts };
