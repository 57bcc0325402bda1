/**
 * Facet changes on a field, by direction. Tightened (a facet added, a bound narrowed, a pattern
 * added, whiteSpace normalising more) refuses values that were valid: breaking in what users
 * send. Loosened admits values that were not: what users read may fall outside what their code
 * assumed (a longer name in a fixed-width column), so may break in what they receive. Changed
 * both ways (a fixed length or a pattern replaced, bounds that are not numbers): breaking if
 * sent, may break if only received.
 */
import type { Facets } from '../model/ir.ts';
import { setDifference, type AddChange, type Severity, type Use } from './changes.ts';

type Shift = 'tightened' | 'loosened' | 'changed';

/** Bounds a smaller value narrows, and bounds a larger value narrows; `length` is neither. */
const UPPER_BOUNDS = new Set(['maxLength', 'maxInclusive', 'maxExclusive', 'totalDigits', 'fractionDigits']);
const LOWER_BOUNDS = new Set(['minLength', 'minInclusive', 'minExclusive']);
/** `preserve` is what a string has without the facet. */
const WHITE_SPACE = ['preserve', 'replace', 'collapse'];

export function compareFacets(where: string, before: Facets = {}, after: Facets = {}, use: Use, add: AddChange): void {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort() as (keyof Facets)[];
  for (const name of names) {
    const [a, b] = [before[name], after[name]];
    const shift = name === 'pattern' ? patternShift(before.pattern ?? [], after.pattern ?? []) : valueShift(name, a as string | undefined, b as string | undefined);
    if (shift) add(severity(shift, use), `facet ${shift}`, where, `${name} ${shown(a)} → ${shown(b)}`);
  }
}

function valueShift(name: string, a: string | undefined, b: string | undefined): Shift | undefined {
  if (name === 'whiteSpace') {
    const [x, y] = [WHITE_SPACE.indexOf(a ?? 'preserve'), WHITE_SPACE.indexOf(b ?? 'preserve')];
    return x === y ? undefined : y > x ? 'tightened' : 'loosened';
  }
  if (a === b) return undefined;
  if (a === undefined) return 'tightened';
  if (b === undefined) return 'loosened';
  const [x, y] = [Number(a), Number(b)];
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === y) return 'changed';
  if (UPPER_BOUNDS.has(name)) return y < x ? 'tightened' : 'loosened';
  if (LOWER_BOUNDS.has(name)) return y > x ? 'tightened' : 'loosened';
  return 'changed';
}

/** Every pattern applies: one more narrows, one fewer widens. */
function patternShift(a: string[], b: string[]): Shift | undefined {
  const { removed, added } = setDifference(a, b);
  if (removed.length > 0 && added.length > 0) return 'changed';
  return added.length > 0 ? 'tightened' : removed.length > 0 ? 'loosened' : undefined;
}

function severity(shift: Shift, use: Use): Severity {
  if (shift !== 'loosened' && use.sent) return 'breaking';
  if (shift !== 'tightened' && use.received) return 'may-break';
  return 'compatible';
}

function shown(value: string | string[] | undefined): string {
  if (value === undefined) return '(none)';
  return Array.isArray(value) ? value.join(' and ') : value;
}
