/**
 * What changed between two API surfaces, classified for SDK users: breaking (code that compiled
 * or worked before may not), may break (exhaustive switches over received values, reads of a
 * field that may now be absent or out of its old range), compatible. Cosmetic changes never
 * reach here: the surface holds no order, prefixes or formatting.
 *
 * The rules go by what users do with a type's values: send them, read them, or both.
 * - Gone, retyped, attribute ↔ element, single ↔ repeated, made abstract: breaking.
 * - Required where it was optional, or no longer nillable: breaking in what users send;
 *   optional or nillable where it was not: may break in what they read.
 * - Names on the wire: the namespace of an element or attribute, and whether it is qualified
 *   at all (per-element `form`, `elementFormDefault`, `attributeFormDefault`), are breaking both
 *   ways: the SDK writes and expects the old names. A namespace renamed as a whole (every
 *   declaration in it now in one namespace new to the API) is one change, not one per name.
 * - A complex type moved to another namespace: breaking where it is in a hierarchy, since
 *   `xsi:type` names it; compatible otherwise (its fields' names are compared on their own).
 *   An enumeration's namespace is never on the wire: compatible.
 * - A type that gains its first derived type gets a `$type` tag: breaking in what users send;
 *   one that loses its last loses the tag: breaking. A new type deriving from one users read:
 *   may break, like a new enumeration value (exhaustive switches over `$type` miss it).
 * - Facets (facet-drift.ts): tightened breaks what users send, loosened may break what they read.
 * - Enumeration values: removed breaking; added may break in what users read.
 * - Operations: removed, rewired, a wrapper element in another namespace, or another soapAction
 *   (the SDK sends the WSDL's as the SOAPAction header): breaking.
 * - Capability facts: capability-drift.ts.
 */
import type { ApiSurface, FieldSurface, OperationSurface, TypeSurface } from './api-surface.ts';
import { compareObjects } from './capability-drift.ts';
import { inReportOrder, keyed, setDifference, type AddChange, type Change, type Use } from './changes.ts';
import { compareFacets } from './facet-drift.ts';

interface Context {
  add: AddChange;
  /** Equal, or what a renamed namespace became. */
  sameNamespace: (a: string, b: string) => boolean;
  /** Names of the types in a hierarchy (extending or extended), before and after. */
  inHierarchy: [Set<string>, Set<string>];
}

export function compareSurfaces(before: ApiSurface, after: ApiSurface): Change[] {
  const changes: Change[] = [];
  const add: AddChange = (severity, kind, where, detail) => changes.push({ severity, kind, where, detail });
  const renamed = renamedNamespaces(before, after);
  for (const [from, to] of renamed) add('breaking', 'namespace renamed', from, `now ${to}: every name in it changes on the wire`);
  const ctx: Context = { add, sameNamespace: (a, b) => a === b || renamed.get(a) === b, inHierarchy: [hierarchyMembers(before), hierarchyMembers(after)] };
  keyed(before.types, after.types, {
    removed: (name) => add('breaking', 'type removed', name, 'the type is gone'),
    added: (name, t) => {
      const known = t.direction.includes('out') ? knownAncestor(t, before, after) : undefined;
      if (known) add('may-break', 'type added', name, `a new kind of ${known} users read: exhaustive switches over $type miss it`);
      else add('compatible', 'type added', name, 'a new type');
    },
    both: (name, a, b) => compareType(name, a, b, ctx),
  });
  keyed(before.enums, after.enums, {
    removed: (name) => add('breaking', 'enumeration removed', name, 'the enumeration is gone'),
    added: (name) => add('compatible', 'enumeration added', name, 'a new enumeration'),
    both: (name, a, b) => {
      if (!ctx.sameNamespace(a.namespace, b.namespace)) add('compatible', 'enumeration moved', name, `${a.namespace} → ${b.namespace}: its name is not on the wire`);
      const values = setDifference(a.values, b.values);
      for (const v of values.removed) add('breaking', 'enumeration value removed', name, `"${v}" is no longer allowed`);
      const received = b.direction.includes('out');
      for (const v of values.added) add(received ? 'may-break' : 'compatible', 'enumeration value added', name, `"${v}" is new${received ? ': exhaustive switches over received values miss it' : ''}`);
    },
  });
  keyed(before.operations, after.operations, {
    removed: (name) => add('breaking', 'operation removed', name, 'the SOAP operation is gone'),
    added: (name) => add('compatible', 'operation added', name, 'a new SOAP operation'),
    both: (name, a, b) => {
      const shape = (op: OperationSurface): string => `${op.input.name} → ${op.output?.name ?? '(one-way)'}`;
      if (a.input.name !== b.input.name || a.output?.name !== b.output?.name) add('breaking', 'operation changed', name, `${shape(a)} became ${shape(b)}`);
      for (const [part, x, y] of [['request', a.input, b.input], ['response', a.output, b.output]] as const) {
        if (x && y && !ctx.sameNamespace(x.namespace, y.namespace)) add('breaking', 'wrapper namespace changed', name, `${part} ${y.name}: ${x.namespace} → ${y.namespace}`);
      }
      if (a.soapAction !== b.soapAction) add('breaking', 'soapAction changed', name, `"${a.soapAction}" → "${b.soapAction}": the SDK sends "${a.soapAction}"`);
    },
  });
  compareObjects(before.objects, after.objects, add);
  return changes.sort(inReportOrder);
}

function compareType(name: string, a: TypeSurface, b: TypeSurface, ctx: Context): void {
  const { add } = ctx;
  const use: Use = { sent: b.direction.includes('in') || a.direction.includes('in'), received: b.direction.includes('out') || a.direction.includes('out') };
  const [wasTagged, isTagged] = ctx.inHierarchy.map((members) => members.has(name));
  if ((a.base ?? '') !== (b.base ?? '')) add('breaking', 'base type changed', name, `${a.base ?? '(none)'} → ${b.base ?? '(none)'}`);
  else if (!wasTagged && isTagged) add(use.sent ? 'breaking' : 'compatible', 'type joined a hierarchy', name, `a type now derives from it: its values carry $type${use.sent ? ', which values sent must have' : ''}`);
  else if (wasTagged && !isTagged) add('breaking', 'type left its hierarchy', name, 'no type derives from it now: its values no longer carry $type');
  if (!a.abstract && b.abstract) add('breaking', 'type became abstract', name, 'values of it can no longer be sent');
  if (!ctx.sameNamespace(a.namespace, b.namespace)) {
    const tagged = wasTagged || isTagged;
    add(tagged ? 'breaking' : 'compatible', 'type moved', name, `${a.namespace} → ${b.namespace}: ${tagged ? 'xsi:type names it on the wire' : 'its name is not on the wire'}`);
  }
  keyed(a.fields, b.fields, {
    removed: (field) => add('breaking', 'field removed', `${name}/${field}`, 'the field is gone'),
    added: (field, f) => {
      if (!f.optional && use.sent) add('breaking', 'required field added', `${name}/${field}`, 'values sent must now have it');
      else add('compatible', 'field added', `${name}/${field}`, `${f.optional ? 'optional' : 'required'} ${f.type}`);
    },
    both: (field, x, y) => compareField(`${name}/${field}`, x, y, use, ctx),
  });
}

function compareField(where: string, x: FieldSurface, y: FieldSurface, { sent, received }: Use, ctx: Context): void {
  const { add } = ctx;
  // An attribute that becomes an element usually changes qualification with it: one change.
  if (x.kind !== y.kind) add('breaking', 'attribute/element changed', where, `${x.kind} → ${y.kind}`);
  else if (!ctx.sameNamespace(x.namespace, y.namespace)) {
    if (x.namespace && y.namespace) add('breaking', 'field namespace changed', where, `${x.namespace} → ${y.namespace}`);
    else add('breaking', 'qualification changed', where, `${qualification(x)} → ${qualification(y)}`);
  }
  if (x.type !== y.type) add('breaking', 'type changed', where, `${x.type} → ${y.type}`);
  else compareFacets(where, x.facets, y.facets, { sent, received }, add);
  if (x.array !== y.array) add('breaking', 'occurrence changed', where, x.array ? 'repeated → single' : 'single → repeated');
  if (x.optional && !y.optional) add(sent ? 'breaking' : 'compatible', 'became required', where, sent ? 'values sent must now have it' : 'now always present');
  if (!x.optional && y.optional) add(received ? 'may-break' : 'compatible', 'became optional', where, received ? 'reads must allow it to be absent' : 'may now be left out');
  if (!x.nillable && y.nillable) add(received ? 'may-break' : 'compatible', 'became nillable', where, received ? 'reads must allow null' : 'may now be sent as null');
  if (x.nillable && !y.nillable) add(sent ? 'breaking' : 'compatible', 'no longer nillable', where, sent ? 'null can no longer be sent' : 'never null now');
}

function qualification(f: FieldSurface): string {
  return f.namespace ? `qualified (${f.namespace})` : 'unqualified';
}

/** The nearest type a new type derives from that was there before: code may switch over its kinds. */
function knownAncestor(t: TypeSurface, before: ApiSurface, after: ApiSurface): string | undefined {
  const seen = new Set<string>();
  for (let base = t.base; base !== undefined && !seen.has(base); base = after.types[base]?.base) {
    if (base in before.types) return base;
    seen.add(base);
  }
  return undefined;
}

function hierarchyMembers(surface: ApiSurface): Set<string> {
  return new Set(Object.entries(surface.types).flatMap(([name, t]) => (t.base ? [name, t.base] : [])));
}

/**
 * Namespaces renamed as a whole: every type, enumeration, qualified field and wrapper element
 * in the old one that is still there is now in the same new one, the old one is gone and the
 * new one was not used before.
 */
function renamedNamespaces(before: ApiSurface, after: ApiSurface): Map<string, string> {
  const targets = new Map<string, Set<string>>();
  const pair = (a: string, b: string) => {
    if (a && b) targets.set(a, (targets.get(a) ?? new Set()).add(b));
  };
  for (const [name, a] of Object.entries(before.types)) {
    const b = after.types[name];
    if (!b) continue;
    pair(a.namespace, b.namespace);
    for (const [field, x] of Object.entries(a.fields)) if (b.fields[field]) pair(x.namespace, b.fields[field].namespace);
  }
  for (const [name, a] of Object.entries(before.enums)) if (after.enums[name]) pair(a.namespace, after.enums[name].namespace);
  for (const [name, a] of Object.entries(before.operations)) {
    const b = after.operations[name];
    if (b) for (const [x, y] of [[a.input, b.input], [a.output, b.output]] as const) if (x && y) pair(x.namespace, y.namespace);
  }
  const [used, nowUsed] = [namespacesOf(before), namespacesOf(after)];
  const renamed = new Map<string, string>();
  for (const [from, to] of targets) {
    const [target] = to;
    if (to.size === 1 && target !== undefined && target !== from && !nowUsed.has(from) && !used.has(target)) renamed.set(from, target);
  }
  return renamed;
}

function namespacesOf(surface: ApiSurface): Set<string> {
  const all = new Set<string>();
  for (const t of Object.values(surface.types)) {
    all.add(t.namespace);
    for (const f of Object.values(t.fields)) all.add(f.namespace);
  }
  for (const e of Object.values(surface.enums)) all.add(e.namespace);
  for (const op of Object.values(surface.operations)) {
    all.add(op.input.namespace);
    if (op.output) all.add(op.output.namespace);
  }
  return all;
}
