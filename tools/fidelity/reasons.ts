/**
 * Why each kind of difference from the 2023 schema remains. A difference whose kind has no
 * reason here fails the check: it is a reconstruction bug to fix, or a new reason to write
 * down after looking at it.
 */
import type { Difference, DifferenceKind } from './differences.ts';

const BY_KIND: Partial<Record<DifferenceKind, string>> = {
  'field-only-in-ours': 'The current OpenAPI spec has the field and the 2023 schema does not: fields added to the API since 2023.',
  'field-only-in-real': 'The current spec does not publish the field, so a reconstruction from it cannot have it: dropped since 2023, or never documented.',
  'attribute-vs-element': 'The spec’s `xml.attribute` flag disagrees with the 2023 schema (the two exceptions noted when the spec was checked against it); the spec, the newer source, is followed. Which form the service sends today is unverified.',
  type: 'The spec types the field differently from the 2023 schema (e.g. an enumeration where 2023 had a plain string); the spec is followed.',
  optional: 'The spec’s `required` list differs from the 2023 schema’s occurrence; the spec is followed.',
  array: 'The spec describes the field as a single value where the 2023 schema repeats it, or the reverse; the spec is followed.',
  default: 'The spec gives no default value for the field.',
  'base-type':
    'The spec flattens inheritance (it uses allOf for 8 types only), so the hierarchy cannot be rebuilt from it: inherited fields are in the type itself, and a type extends BaseType exactly when operations send or return it whole (what xsi:type is needed for).',
  'enum-values-added': 'Values the current spec lists for the enumeration and the 2023 schema does not: added since.',
  'enum-values-removed': 'Values of the 2023 schema that the current spec no longer lists.',
  order:
    'The spec lists properties alphabetically; the reconstruction takes element order from the spec’s JSON examples, and for these types no example shows the full order. Boomi’s service (JAXB) does not enforce order on input, and the SDK’s decoder does not rely on it.',
  'wrapper-only-in-ours': 'An operation of the Partner service that the 2023 Platform WSDL does not have: cancelExecution is Partner-only; updateBulk is in the 2023 schema but not its port type, and bulk UPDATE is documented since.',
};

/** Reasons for particular places, where the generic one would not be the whole truth. */
const BY_PLACE: { test: (d: Difference) => boolean; reason: string }[] = [
  {
    test: (d) => d.kind === 'optional' && d.where === 'BulkResponse/Result',
    reason: 'Deliberate: the 2023 schema requires Result, but Boomi omits it on failed items (Bulk GET operations page), so the SDK’s types must not promise it.',
  },
  {
    test: (d) => d.kind === 'qualification' && /^wrapper delete\/object(Type|Id)$/.test(d.where),
    reason: 'Boomi’s Account page shows the Partner DELETE request (generated from the Partner WSDL) with par:objectType and par:objectId qualified; for the Partner service the page wins over the 2023 Platform schema.',
  },
  {
    test: (d) => d.where.includes('/customFields/'),
    reason: 'The spec models connector-record custom fields as open content (`fields`, any XML); the 2023 schema shows one example tracked field (TransactionID). Custom tracked fields differ per account.',
  },
];

export function reasonFor(d: Difference): string | undefined {
  return BY_PLACE.find((p) => p.test(d))?.reason ?? BY_KIND[d.kind];
}
