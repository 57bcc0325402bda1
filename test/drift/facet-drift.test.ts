// Facet changes by direction, table-driven: the same change on a field users send, receive, or both.
import { describe, expect, it } from 'vitest';
import type { Change } from '../../generator/surface/changes.ts';
import { compareFacets } from '../../generator/surface/facet-drift.ts';
import type { Facets } from '../../generator/model/ir.ts';

const SENT = { sent: true, received: false };
const RECEIVED = { sent: false, received: true };
const BOTH = { sent: true, received: true };
/** The severity of each kind of shift on a field users send, receive, or both. */
const SEVERITIES = {
  tightened: ['breaking', 'compatible', 'breaking'],
  loosened: ['compatible', 'may-break', 'may-break'],
  changed: ['breaking', 'may-break', 'breaking'],
};

function changes(before: Facets | undefined, after: Facets | undefined, use: typeof SENT): [string, string, string][] {
  const found: Change[] = [];
  compareFacets('T/f', before, after, use, (severity, kind, where, detail) => found.push({ severity, kind, where, detail }));
  return found.map((c) => [c.severity, c.kind, c.detail]);
}

describe('facet drift', () => {
  it.each([
    ['a maxLength added', undefined, { maxLength: '10' }, 'tightened', 'maxLength (none) → 10'],
    ['a maxLength lowered', { maxLength: '10' }, { maxLength: '5' }, 'tightened', 'maxLength 10 → 5'],
    ['a maxLength raised', { maxLength: '5' }, { maxLength: '10' }, 'loosened', 'maxLength 5 → 10'],
    ['a maxLength dropped', { maxLength: '5' }, undefined, 'loosened', 'maxLength 5 → (none)'],
    ['a minLength raised', { minLength: '1' }, { minLength: '2' }, 'tightened', 'minLength 1 → 2'],
    ['a minInclusive lowered', { minInclusive: '0' }, { minInclusive: '-1.5' }, 'loosened', 'minInclusive 0 → -1.5'],
    ['a maxExclusive lowered', { maxExclusive: '100' }, { maxExclusive: '99.5' }, 'tightened', 'maxExclusive 100 → 99.5'],
    ['totalDigits lowered', { totalDigits: '10' }, { totalDigits: '8' }, 'tightened', 'totalDigits 10 → 8'],
    ['fractionDigits raised', { fractionDigits: '2' }, { fractionDigits: '4' }, 'loosened', 'fractionDigits 2 → 4'],
    ['a fixed length changed', { length: '3' }, { length: '4' }, 'changed', 'length 3 → 4'],
    ['a date bound moved', { maxInclusive: '2030-01-01' }, { maxInclusive: '2029-01-01' }, 'changed', 'maxInclusive 2030-01-01 → 2029-01-01'],
    ['a pattern added', { pattern: ['[a-z]+'] }, { pattern: ['[a-z]+', '.{2,}'] }, 'tightened', 'pattern [a-z]+ → [a-z]+ and .{2,}'],
    ['a pattern dropped', { pattern: ['[a-z]+'] }, {}, 'loosened', 'pattern [a-z]+ → (none)'],
    ['a pattern replaced', { pattern: ['[a-z]+'] }, { pattern: ['[A-Z]+'] }, 'changed', 'pattern [a-z]+ → [A-Z]+'],
    ['whitespace collapsed', undefined, { whiteSpace: 'collapse' }, 'tightened', 'whiteSpace (none) → collapse'],
    ['whitespace kept where it was replaced', { whiteSpace: 'replace' }, { whiteSpace: 'preserve' }, 'loosened', 'whiteSpace replace → preserve'],
    ['whitespace no longer collapsed', { whiteSpace: 'collapse' }, undefined, 'loosened', 'whiteSpace collapse → (none)'],
    ['a bound no longer a number', { maxInclusive: '10' }, { maxInclusive: '2030-01-01' }, 'changed', 'maxInclusive 10 → 2030-01-01'],
    // One number as a double: which way it moved cannot be told, so both ways.
    ['a bound moved past double precision', { maxInclusive: '9007199254740993' }, { maxInclusive: '9007199254740992' }, 'changed', 'maxInclusive 9007199254740993 → 9007199254740992'],
  ] satisfies [string, Facets | undefined, Facets | undefined, string, string][])('%s', (_, before, after, shift, detail) => {
    const [sent, received, both] = SEVERITIES[shift as keyof typeof SEVERITIES];
    expect(changes(before, after, SENT)).toEqual([[sent, `facet ${shift}`, detail]]);
    expect(changes(before, after, RECEIVED)).toEqual([[received, `facet ${shift}`, detail]]);
    expect(changes(before, after, BOTH)).toEqual([[both, `facet ${shift}`, detail]]);
  });

  it('reports nothing for equal facets, patterns in another order, or whiteSpace preserve stated', () => {
    expect(changes({ maxLength: '5', pattern: ['a', 'b'] }, { pattern: ['b', 'a'], maxLength: '5' }, BOTH)).toEqual([]);
    expect(changes(undefined, { whiteSpace: 'preserve' }, BOTH)).toEqual([]);
    expect(changes({ whiteSpace: 'preserve' }, undefined, BOTH)).toEqual([]);
  });

  it('reports each facet that changed, in name order', () => {
    expect(changes({ maxLength: '10', minLength: '1' }, { maxLength: '20', minLength: '2' }, BOTH)).toEqual([
      ['may-break', 'facet loosened', 'maxLength 10 → 20'],
      ['breaking', 'facet tightened', 'minLength 1 → 2'],
    ]);
  });
});
