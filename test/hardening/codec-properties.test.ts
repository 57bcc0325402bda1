// The codec under fast-check: a few hundred cases per property here; npm run fuzz runs tens of
// thousands. Then what the generators reach, counted over fixed-seed samples: a property is only
// as good as the cases it draws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BaseTypeMeta } from '../../generated/index.ts';
import type { XmlTypeInfo } from '../../generated/runtime/core/metadata.ts';
import { XmlDecodeError } from '../../generated/runtime/core/xml/decode.ts';
import { messageTypes } from '../support/sdk-types.ts';
import { decodeHostile, hostileInput, hostileResponseProperty, polymorphicValue, refusedCharacterProperty, roundTripInput, roundTripProperty, standIns, xmlText } from '../support/codec-properties.ts';

describe('the XML codec, property-based', () => {
  it('keeps arbitrary values of every object type and every operation’s messages through encode → decode', () => {
    fc.assert(roundTripProperty(), { numRuns: 300 });
  });

  it('refuses a character XML cannot carry, naming it', () => {
    fc.assert(refusedCharacterProperty(), { numRuns: 300 });
  });

  it('answers broken and hostile responses with a value of the expected shape or a typed error', () => {
    fc.assert(hostileResponseProperty(), { numRuns: 1000 });
  });
});

describe('what the generators reach', () => {
  it('strings: markup characters, CR, LF and tab, allowed controls, astral characters, thousands of characters', () => {
    const texts = fc.sample(xmlText, { numRuns: 2000, seed: 17 });
    const share = (test: (s: string) => boolean) => texts.filter(test).length / texts.length;
    const cases: [string, (s: string) => boolean][] = [
      ['<', (s) => s.includes('<')],
      ['&', (s) => s.includes('&')],
      ['"', (s) => s.includes('"')],
      ["'", (s) => s.includes("'")],
      [']]>', (s) => s.includes(']]>')],
      ['CR', (s) => s.includes('\r')],
      ['LF', (s) => s.includes('\n')],
      ['tab', (s) => s.includes('\t')],
      ['a C1 control or DEL', (s) => /[\u007F-\u009F]/.test(s)],
      ['an astral character', (s) => /[\u{10000}-\u{10FFFF}]/u.test(s)],
      ['1000 characters or more', (s) => [...s].length >= 1000],
    ];
    for (const [name, test] of cases) expect(share(test), name).toBeGreaterThan(0.02);
    expect(share((s) => [...s].length > 10), 'longer than 10 characters').toBeGreaterThan(0.3);
  });

  it('polymorphic fields: every type that may stand there', () => {
    // Every type a message can hold, and among their fields those declared of a type with subtypes.
    const reachable = new Set<XmlTypeInfo>(messageTypes());
    const declared = new Set<XmlTypeInfo>();
    for (const info of reachable) {
      for (const t of [...standIns(info), ...(info.base ? [info.base()] : [])]) reachable.add(t);
      for (const [, , , type] of info.fields) {
        const resolved = typeof type === 'function' ? type() : undefined;
        if (!resolved || Array.isArray(resolved)) continue;
        const complex = resolved as XmlTypeInfo;
        reachable.add(complex);
        if (standIns(complex).length > 1) declared.add(complex);
      }
    }
    expect([...declared].map((t) => t.name).sort()).toEqual(['BaseType', 'Expression', 'Field', 'MapExtensionsFunction']);
    for (const info of declared) {
      const drawn = new Set(fc.sample(polymorphicValue(info, 2), { numRuns: 3000, seed: 17 }).map((v) => v['$type']));
      expect([...drawn].sort(), info.name).toEqual(standIns(info).map((t) => t.name).sort());
    }
  });

  it('nested positions: records in pages and bulk results, expressions in groupings, each of several types', () => {
    const nested = new Map<string, Set<unknown>>();
    const walk = (value: unknown, owner: string) => {
      if (typeof value !== 'object' || value === null) return;
      for (const [property, field] of Object.entries(value)) {
        for (const item of Array.isArray(field) ? field : [field]) {
          const type = (item as { $type?: unknown } | null)?.$type;
          if (type !== undefined) nested.set(`${owner}.${property}`, (nested.get(`${owner}.${property}`) ?? new Set()).add(type));
          walk(item, typeof type === 'string' ? type : property);
        }
      }
    };
    for (const { value } of fc.sample(roundTripInput(), { numRuns: 2000, seed: 17 })) walk(value, '');
    const kinds = (position: string) => nested.get(position)?.size ?? 0;
    expect(kinds('results.result'), 'QueryResult/result').toBeGreaterThan(20);
    expect(kinds('response.Result'), 'BulkResponse/Result').toBeGreaterThan(20);
    expect(kinds('bulkObject.request'), 'BulkRequest/request').toBeGreaterThan(20);
    expect(kinds('GroupingExpression.nestedExpression'), 'GroupingExpression/nestedExpression').toBe(2);
  });

  it('hostile inputs: damage far into valid envelopes, some still decoding to a value', () => {
    const outcomes = fc.sample(hostileInput(), { numRuns: 2000, seed: 17 }).map(decodeHostile);
    const errors = outcomes.flatMap((o) => ('error' in o ? [o.error] : []));
    // The envelopes are one line each: the column is how far into the document decoding got.
    const past100 = errors.filter((e) => (e instanceof XmlDecodeError ? (e.line ?? 1) > 1 || (e.column ?? 0) > 100 : true));
    expect(1 - errors.length / outcomes.length, 'decoded to a value').toBeGreaterThan(0.03);
    expect(past100.length / errors.length, 'errors past the first 100 characters').toBeGreaterThan(0.4);
  });
});
