/** What the fidelity check reports: one difference between our schema and the real 2023 one. */

export type DifferenceKind =
  | 'type-only-in-real'
  | 'type-name'
  | 'enum-name'
  | 'field-only-in-ours'
  | 'field-only-in-real'
  | 'attribute-vs-element'
  | 'type'
  | 'optional'
  | 'array'
  | 'qualification'
  | 'namespace'
  | 'wrapper-namespace'
  | 'nillable'
  | 'default'
  | 'base-type'
  | 'abstract'
  | 'enum-values-added'
  | 'enum-values-removed'
  | 'order'
  | 'wrapper-only-in-real'
  | 'wrapper-only-in-ours';

export interface Difference {
  /** `Account/@status`, `Account/licensing/standard`, `wrapper get`. */
  where: string;
  kind: DifferenceKind;
  ours: string;
  real: string;
}

export function compareDifferences(a: Difference, b: Difference): number {
  return a.kind.localeCompare(b.kind) || (a.where < b.where ? -1 : a.where > b.where ? 1 : 0);
}

/** Differences that only add to what the 2023 schema has: fields and enumeration values newer than it. */
export function isAddition(d: Difference): boolean {
  return d.kind === 'field-only-in-ours' || d.kind === 'enum-values-added';
}
