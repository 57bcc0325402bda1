// The drift rules on small surfaces built by hand: the cases a WSDL edit of the Partner API
// cannot isolate (one-way operations, a namespace's evidence from one kind of declaration only,
// directions that change), each with the full change the report lists.
import { describe, expect, it } from 'vitest';
import { SURFACE_FORMAT, type ApiSurface, type FieldSurface, type ObjectSurface, type OperationSurface, type TypeSurface } from '../../generator/surface/api-surface.ts';
import { inReportOrder, type Change } from '../../generator/surface/changes.ts';
import { compareSurfaces } from '../../generator/surface/drift.ts';

const NS = 'urn:a';
const field = (over: Partial<FieldSurface> = {}): FieldSurface => ({ kind: 'element', namespace: NS, type: 'xs:string', optional: false, array: false, nillable: false, ...over });
const type = (over: Partial<TypeSurface> = {}): TypeSurface => ({ namespace: NS, direction: ['in', 'out'], fields: {}, ...over });
const operation = (over: Partial<OperationSurface> = {}): OperationSurface => ({ soapAction: '', input: { namespace: NS, name: 'ping' }, ...over });
const surface = (over: Partial<Omit<ApiSurface, 'format'>> = {}): ApiSurface => ({ format: SURFACE_FORMAT, types: {}, enums: {}, operations: {}, objects: {}, ...over });

function changes(before: ApiSurface, after: ApiSurface): string[][] {
  return compareSurfaces(before, after).map((c) => [c.severity, c.kind, c.where, c.detail]);
}

/** One type `T` whose field `f` changes from `x` to `y`, the type sent or received as `direction` says. */
function fieldChange(direction: TypeSurface['direction'], x: Partial<FieldSurface>, y: Partial<FieldSurface>, after: TypeSurface['direction'] = direction): string[][] {
  return changes(surface({ types: { T: type({ direction, fields: { f: field(x) } }) } }), surface({ types: { T: type({ direction: after, fields: { f: field(y) } }) } }));
}

describe('drift of fields by direction', () => {
  it('no longer nillable: breaking in what users send, compatible in what they only read', () => {
    expect(fieldChange(['in'], { nillable: true }, {})).toEqual([['breaking', 'no longer nillable', 'T/f', 'null can no longer be sent']]);
    expect(fieldChange(['out'], { nillable: true }, {})).toEqual([['compatible', 'no longer nillable', 'T/f', 'never null now']]);
  });

  it('nillable or optional now: compatible in what users only send', () => {
    expect(fieldChange(['in'], {}, { nillable: true })).toEqual([['compatible', 'became nillable', 'T/f', 'may now be sent as null']]);
    expect(fieldChange(['in'], {}, { optional: true })).toEqual([['compatible', 'became optional', 'T/f', 'may now be left out']]);
  });

  it('goes by what users did with the type before or do now', () => {
    // Received before only, sent now: a field made required breaks what they will send.
    expect(fieldChange(['out'], { optional: true }, {}, ['in', 'out'])).toEqual([['breaking', 'became required', 'T/f', 'values sent must now have it']]);
    expect(fieldChange(['in'], { optional: true }, {}, ['out'])).toEqual([['breaking', 'became required', 'T/f', 'values sent must now have it']]);
    // Sent before only, read now: a field made optional may break what they read.
    expect(fieldChange(['in'], {}, { optional: true }, ['in', 'out'])).toEqual([['may-break', 'became optional', 'T/f', 'reads must allow it to be absent']]);
    expect(fieldChange(['out'], {}, { optional: true }, ['in'])).toEqual([['may-break', 'became optional', 'T/f', 'reads must allow it to be absent']]);
  });

  it('tells a field moved between two namespaces from one that lost or gained its qualification', () => {
    // urn:b was in use before, so this is no namespace renamed as a whole.
    const before = surface({ types: { T: type({ fields: { f: field() } }), U: type({ namespace: 'urn:b' }) } });
    const after = surface({ types: { T: type({ fields: { f: field({ namespace: 'urn:b' }) } }), U: type({ namespace: 'urn:b' }) } });
    expect(changes(before, after)).toEqual([['breaking', 'field namespace changed', 'T/f', 'urn:a → urn:b']]);
    // The only unqualified field qualified in a new namespace: not a namespace '' renamed.
    expect(fieldChange(['in'], { namespace: '' }, { namespace: 'urn:new' })).toEqual([['breaking', 'qualification changed', 'T/f', 'unqualified → qualified (urn:new)']]);
  });
});

describe('drift of enumerations and operations', () => {
  it('lists enumerations removed and added, breaking first', () => {
    const before = surface({ enums: { Old: { namespace: NS, values: ['a'], direction: ['in'] } } });
    const after = surface({ types: { Extra: type() }, enums: { New: { namespace: NS, values: ['a'], direction: ['in'] } } });
    expect(changes(before, after)).toEqual([
      ['breaking', 'enumeration removed', 'Old', 'the enumeration is gone'],
      ['compatible', 'type added', 'Extra', 'a new type'],
      ['compatible', 'enumeration added', 'New', 'a new enumeration'],
    ]);
  });

  it('names a one-way operation that gains or loses its response', () => {
    const oneWay = surface({ operations: { ping: operation() } });
    const twoWay = surface({ operations: { ping: operation({ output: { namespace: NS, name: 'pong' } }) } });
    expect(changes(oneWay, twoWay)).toEqual([['breaking', 'operation changed', 'ping', 'ping → (one-way) became ping → pong']]);
    expect(changes(twoWay, oneWay)).toEqual([['breaking', 'operation changed', 'ping', 'ping → pong became ping → (one-way)']]);
    expect(changes(oneWay, oneWay)).toEqual([]);
  });

  it('names the wrapper whose namespace changed, request or response', () => {
    // urn:a stays in use, so urn:a is not renamed as a whole.
    const before = surface({ types: { T: type() }, operations: { ping: operation({ output: { namespace: NS, name: 'pong' } }) } });
    const request = surface({ types: { T: type() }, operations: { ping: operation({ input: { namespace: 'urn:b', name: 'ping' }, output: { namespace: NS, name: 'pong' } }) } });
    const response = surface({ types: { T: type() }, operations: { ping: operation({ output: { namespace: 'urn:b', name: 'pong' } }) } });
    expect(changes(before, request)).toEqual([['breaking', 'wrapper namespace changed', 'ping', 'request ping: urn:a → urn:b']]);
    expect(changes(before, response)).toEqual([['breaking', 'wrapper namespace changed', 'ping', 'response pong: urn:a → urn:b']]);
  });
});

describe('drift of types in hierarchies', () => {
  it('a type users only read that gains a derived type: compatible, and the new type may break', () => {
    const before = surface({ types: { T: type({ direction: ['out'] }) } });
    const after = surface({ types: { T: type({ direction: ['out'] }), D: type({ base: 'T', direction: ['out'] }) } });
    expect(changes(before, after)).toEqual([
      ['may-break', 'type added', 'D', 'a new kind of T users read: exhaustive switches over $type miss it'],
      ['compatible', 'type joined a hierarchy', 'T', 'a type now derives from it: its values carry $type'],
    ]);
  });

  it('a base gained or lost: the base type changed, from or to none', () => {
    const plain = surface({ types: { B: type(), T: type() } });
    const derived = surface({ types: { B: type(), T: type({ base: 'B' }) } });
    const BASE = ['breaking', 'base type changed', 'T'];
    expect(changes(plain, derived)).toContainEqual([...BASE, '(none) → B']);
    expect(changes(derived, plain)).toContainEqual([...BASE, 'B → (none)']);
  });

  it('a type moved to another namespace as it joins or leaves a hierarchy: breaking, xsi:type names it', () => {
    // U keeps urn:a in use: T alone moved, no namespace was renamed.
    const alone = surface({ types: { T: type({ direction: ['out'] }), U: type() } });
    const inHierarchy = surface({ types: { T: type({ namespace: 'urn:c', direction: ['out'] }), U: type(), D: type({ namespace: 'urn:c', base: 'T', direction: ['out'] }) } });
    const MOVED = ['breaking', 'type moved', 'T'];
    expect(changes(alone, inHierarchy)).toContainEqual([...MOVED, 'urn:a → urn:c: xsi:type names it on the wire']);
    expect(changes(inHierarchy, alone)).toContainEqual([...MOVED, 'urn:c → urn:a: xsi:type names it on the wire']);
  });

  it('a new type users read that derives from nothing known: a new type', () => {
    const before = surface({ types: { T: type() } });
    const plain = changes(before, surface({ types: { T: type(), N: type({ direction: ['out'] }) } }));
    expect(plain).toEqual([['compatible', 'type added', 'N', 'a new type']]);
    // A base missing from the surface, and bases that derive from each other, end the walk.
    const dangling = changes(before, surface({ types: { T: type(), N: type({ base: 'Gone', direction: ['out'] }) } }));
    expect(dangling).toEqual([['compatible', 'type added', 'N', 'a new type']]);
    const cycle = changes(before, surface({ types: { T: type(), A: type({ base: 'B', direction: ['out'] }), B: type({ base: 'A', direction: ['out'] }) } }));
    expect(cycle).toEqual([
      ['compatible', 'type added', 'A', 'a new type'],
      ['compatible', 'type added', 'B', 'a new type'],
    ]);
  });
});

describe('a namespace renamed as a whole', () => {
  const RENAMED = ['breaking', 'namespace renamed', NS, 'now urn:b: every name in it changes on the wire'];

  it('is found from types, fields, enumerations or operation wrappers alone', () => {
    const onlyType = (ns: string) => surface({ types: { T: type({ namespace: ns, fields: { f: field({ namespace: '' }) } }) } });
    expect(changes(onlyType(NS), onlyType('urn:b'))).toEqual([RENAMED]);
    const onlyField = (ns: string) => surface({ types: { T: type({ namespace: '', fields: { f: field({ namespace: ns }) } }) } });
    expect(changes(onlyField(NS), onlyField('urn:b'))).toEqual([RENAMED]);
    const onlyEnum = (ns: string) => surface({ enums: { E: { namespace: ns, values: [], direction: [] } } });
    expect(changes(onlyEnum(NS), onlyEnum('urn:b'))).toEqual([RENAMED]);
    const onlyRequest = (ns: string) => surface({ operations: { ping: operation({ input: { namespace: ns, name: 'ping' } }) } });
    expect(changes(onlyRequest(NS), onlyRequest('urn:b'))).toEqual([RENAMED]);
    const onlyResponse = (ns: string) => surface({ operations: { ping: operation({ input: { namespace: '', name: 'ping' }, output: { namespace: ns, name: 'pong' } }) } });
    expect(changes(onlyResponse(NS), onlyResponse('urn:b'))).toEqual([RENAMED]);
  });

  it('is not a namespace split in two, partly kept, or merged into one in use', () => {
    const moved = (to: string) => ['compatible', 'type moved', 'T', `urn:a → ${to}: its name is not on the wire`];
    const enumMoved = (to: string) => ['compatible', 'enumeration moved', 'E', `urn:a → ${to}: its name is not on the wire`];
    const before = surface({ types: { T: type() }, enums: { E: { namespace: NS, values: [], direction: [] } } });
    const split = surface({ types: { T: type({ namespace: 'urn:b' }) }, enums: { E: { namespace: 'urn:c', values: [], direction: [] } } });
    expect(changes(before, split)).toEqual([enumMoved('urn:c'), moved('urn:b')]);
    const partly = surface({ types: { T: type({ namespace: 'urn:b' }) }, enums: { E: { namespace: NS, values: [], direction: [] } } });
    expect(changes(before, partly)).toEqual([moved('urn:b')]);
    // Everything that was in urn:a moved to urn:b, but a new type is declared in urn:a.
    const refilled = surface({ types: { T: type({ namespace: 'urn:b' }), N: type() }, enums: { E: { namespace: 'urn:b', values: [], direction: [] } } });
    expect(changes(before, refilled)).toEqual([enumMoved('urn:b'), ['compatible', 'type added', 'N', 'a new type'], moved('urn:b')]);
    // urn:b was used before by a field, an enumeration, a request or a response wrapper alone.
    const users: Partial<Omit<ApiSurface, 'format'>>[] = [
      { types: { U: type({ namespace: '', fields: { g: field({ namespace: 'urn:b' }) } }) } },
      { enums: { F: { namespace: 'urn:b', values: [], direction: [] } } },
      { operations: { ping: operation({ input: { namespace: 'urn:b', name: 'ping' } }) } },
      { operations: { ping: operation({ input: { namespace: '', name: 'ping' }, output: { namespace: 'urn:b', name: 'pong' } }) } },
    ];
    for (const other of users) {
      const merged = (t: string) => surface({ ...other, types: { ...other.types, T: type({ namespace: t }) } });
      expect(changes(merged(NS), merged('urn:b'))).toEqual([moved('urn:b')]);
    }
  });
});

describe('drift of capability facts', () => {
  const object = (verbs: ObjectSurface['verbs'], over: Partial<ObjectSurface> = {}): ApiSurface => surface({ objects: { Account: { modelType: 'Account', verbs, ...over } } });
  const bulk = (limit?: number) => object({ bulkGet: { operation: 'getBulk', accountOverride: true, ...(limit !== undefined ? { limit } : {}) } });

  it('a bulk limit given or dropped: breaking, with the SDK default named', () => {
    expect(changes(bulk(), bulk(100))).toEqual([['breaking', 'bulk limit changed', 'Account.bulkGet', 'the SDK default → 100 per request']]);
    expect(changes(bulk(100), bulk())).toEqual([['breaking', 'bulk limit changed', 'Account.bulkGet', '100 → the SDK default per request']]);
    expect(changes(bulk(100), bulk(100))).toEqual([]);
  });

  it('open filter properties allowed: compatible', () => {
    expect(changes(object({}, { filters: {} }), object({}, { filters: {}, openProperties: true }))).toEqual([['compatible', 'open filter properties allowed', 'Account', 'any property can be filtered on']]);
  });
});

describe('the order of a report', () => {
  const change = (severity: Change['severity'], where: string, kind = 'k', detail = 'd'): Change => ({ severity, kind, where, detail });

  it('goes by severity, then place, kind and detail', () => {
    const ordered = [
      change('breaking', 'A'),
      change('breaking', 'B', 'a'),
      change('breaking', 'B', 'b', 'a'),
      change('breaking', 'B', 'b', 'b'),
      change('may-break', 'A'),
      change('compatible', 'A'),
      change('compatible', 'Z'),
    ];
    for (const shuffled of [[...ordered].reverse(), [ordered[4]!, ordered[6]!, ordered[0]!, ordered[3]!, ordered[5]!, ordered[1]!, ordered[2]!]]) {
      expect(shuffled.sort(inReportOrder)).toEqual(ordered);
    }
    expect(inReportOrder(change('may-break', 'A'), change('may-break', 'A'))).toBe(0);
  });
});
