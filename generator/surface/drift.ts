/**
 * What changed between two API surfaces, classified for SDK users: breaking (code that compiled
 * or worked before may not), may break (exhaustive switches over a received enumeration, reads of
 * a field that may now be absent), compatible. Cosmetic changes never reach here: the surface
 * holds no order, prefixes or formatting.
 */
import type { ApiSurface, FieldSurface, TypeSurface } from './api-surface.ts';

export type Severity = 'breaking' | 'may-break' | 'compatible';

export interface Change {
  severity: Severity;
  kind: string;
  where: string;
  detail: string;
}

export function compareSurfaces(before: ApiSurface, after: ApiSurface): Change[] {
  const changes: Change[] = [];
  const add = (severity: Severity, kind: string, where: string, detail: string) => changes.push({ severity, kind, where, detail });
  keyed(before.types, after.types, {
    removed: (name) => add('breaking', 'type removed', name, 'the type is gone'),
    added: (name) => add('compatible', 'type added', name, 'a new type'),
    both: (name, a, b) => compareType(name, a, b, add),
  });
  keyed(before.enums, after.enums, {
    removed: (name) => add('breaking', 'enumeration removed', name, 'the enumeration is gone'),
    added: (name) => add('compatible', 'enumeration added', name, 'a new enumeration'),
    both: (name, a, b) => {
      for (const v of a.values.filter((x) => !b.values.includes(x))) add('breaking', 'enumeration value removed', name, `"${v}" is no longer allowed`);
      const received = b.direction.includes('out');
      for (const v of b.values.filter((x) => !a.values.includes(x))) {
        add(received ? 'may-break' : 'compatible', 'enumeration value added', name, `"${v}" is new${received ? ': exhaustive switches over received values miss it' : ''}`);
      }
    },
  });
  keyed(before.operations, after.operations, {
    removed: (name) => add('breaking', 'operation removed', name, 'the SOAP operation is gone'),
    added: (name) => add('compatible', 'operation added', name, 'a new SOAP operation'),
    both: (name, a, b) => {
      if (a.input !== b.input || a.output !== b.output) add('breaking', 'operation changed', name, `${a.input} → ${a.output} became ${b.input} → ${b.output}`);
    },
  });
  keyed(before.objects, after.objects, {
    removed: (name) => add('breaking', 'object removed', name, 'the API object is gone'),
    added: (name) => add('compatible', 'object added', name, 'a new API object'),
    both: (name, a, b) => {
      for (const v of a.verbs.filter((x) => !b.verbs.includes(x))) add('breaking', 'verb withdrawn', name, `${v} is no longer supported`);
      for (const v of b.verbs.filter((x) => !a.verbs.includes(x))) add('compatible', 'verb added', name, `${v} is now supported`);
      keyed(a.filters ?? {}, b.filters ?? {}, {
        removed: (field) => add('breaking', 'filter field removed', `${name}.${field}`, 'no longer filterable'),
        added: (field) => add('compatible', 'filter field added', `${name}.${field}`, 'now filterable'),
        both: (field, x, y) => {
          if (x.kind !== y.kind) add('breaking', 'filter field retyped', `${name}.${field}`, `${x.kind} → ${y.kind}`);
          for (const op of x.operators.filter((o) => !y.operators.includes(o))) add('breaking', 'filter operator removed', `${name}.${field}`, op);
          for (const op of y.operators.filter((o) => !x.operators.includes(o))) add('compatible', 'filter operator added', `${name}.${field}`, op);
        },
      });
    },
  });
  return changes.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.where < b.where ? -1 : a.where > b.where ? 1 : a.kind < b.kind ? -1 : 1));
}

const SEVERITY_ORDER: Record<Severity, number> = { breaking: 0, 'may-break': 1, compatible: 2 };

function compareType(name: string, a: TypeSurface, b: TypeSurface, add: (s: Severity, k: string, w: string, d: string) => void): void {
  if ((a.base ?? '') !== (b.base ?? '')) add('breaking', 'base type changed', name, `${a.base ?? '(none)'} → ${b.base ?? '(none)'}`);
  if (!a.abstract && b.abstract) add('breaking', 'type became abstract', name, 'values of it can no longer be sent');
  const sent = b.direction.includes('in') || a.direction.includes('in');
  const received = b.direction.includes('out') || a.direction.includes('out');
  keyed(a.fields, b.fields, {
    removed: (field) => add('breaking', 'field removed', `${name}/${field}`, 'the field is gone'),
    added: (field, f) => {
      if (!f.optional && sent) add('breaking', 'required field added', `${name}/${field}`, 'values sent must now have it');
      else add('compatible', 'field added', `${name}/${field}`, `${f.optional ? 'optional' : 'required'} ${f.type}`);
    },
    both: (field, x, y) => compareField(`${name}/${field}`, x, y, sent, received, add),
  });
}

function compareField(where: string, x: FieldSurface, y: FieldSurface, sent: boolean, received: boolean, add: (s: Severity, k: string, w: string, d: string) => void): void {
  if (x.kind !== y.kind) add('breaking', 'attribute/element changed', where, `${x.kind} → ${y.kind}`);
  if (x.type !== y.type) add('breaking', 'type changed', where, `${x.type} → ${y.type}`);
  if (x.array !== y.array) add('breaking', 'occurrence changed', where, x.array ? 'repeated → single' : 'single → repeated');
  if (x.optional && !y.optional) add(sent ? 'breaking' : 'compatible', 'became required', where, sent ? 'values sent must now have it' : 'now always present');
  if (!x.optional && y.optional) add(received ? 'may-break' : 'compatible', 'became optional', where, received ? 'reads must allow it to be absent' : 'may now be left out');
  if (!x.nillable && y.nillable) add(received ? 'may-break' : 'compatible', 'became nillable', where, received ? 'reads must allow null' : 'may now be sent as null');
  if (x.nillable && !y.nillable) add(sent ? 'breaking' : 'compatible', 'no longer nillable', where, sent ? 'null can no longer be sent' : 'never null now');
}

function keyed<T>(a: Record<string, T>, b: Record<string, T>, on: { removed: (key: string, value: T) => void; added: (key: string, value: T) => void; both: (key: string, x: T, y: T) => void }): void {
  for (const [key, x] of Object.entries(a)) {
    const y = b[key];
    if (y === undefined) on.removed(key, x);
    else on.both(key, x, y);
  }
  for (const [key, y] of Object.entries(b)) if (!(key in a)) on.added(key, y);
}
