/**
 * Changes to the capability facts of the API objects. Users call verbs and send filters, so
 * anything withdrawn or narrowed is breaking: a verb or object, the SOAP operation a verb uses
 * or the type an object's values have, the account override (`withAccount`) for a verb, a bulk
 * limit lowered (the SDK's chunks would be too large), a filter field, operator or enumeration
 * value, open filter properties, a filter field's kind. What is added or widened is compatible.
 */
import type { ApiSurface, ObjectSurface, VerbSurface } from './api-surface.ts';
import { keyed, setDifference, type AddChange } from './changes.ts';

export function compareObjects(before: ApiSurface['objects'], after: ApiSurface['objects'], add: AddChange): void {
  keyed(before, after, {
    removed: (name) => add('breaking', 'object removed', name, 'the API object is gone'),
    added: (name) => add('compatible', 'object added', name, 'a new API object'),
    both: (name, a, b) => {
      if (a.modelType !== b.modelType) add('breaking', 'object type changed', name, `its values are ${b.modelType}, not ${a.modelType}`);
      keyed(a.verbs, b.verbs, {
        removed: (verb) => add('breaking', 'verb withdrawn', name, `${verb} is no longer supported`),
        added: (verb) => add('compatible', 'verb added', name, `${verb} is now supported`),
        both: (verb, x, y) => compareVerb(`${name}.${verb}`, x, y, add),
      });
      compareFilters(name, a, b, add);
    },
  });
}

function compareVerb(where: string, x: VerbSurface, y: VerbSurface, add: AddChange): void {
  if (x.operation !== y.operation) add('breaking', 'verb operation changed', where, `${x.operation} → ${y.operation}: the SDK calls ${x.operation}`);
  if (x.accountOverride && !y.accountOverride) add('breaking', 'account override withdrawn', where, 'refused for a sub-account (withAccount)');
  if (!x.accountOverride && y.accountOverride) add('compatible', 'account override allowed', where, 'now allowed for a sub-account (withAccount)');
  if (x.limit === y.limit) return;
  if (x.limit === undefined || y.limit === undefined) add('breaking', 'bulk limit changed', where, `${x.limit ?? 'the SDK default'} → ${y.limit ?? 'the SDK default'} per request`);
  else if (y.limit < x.limit) add('breaking', 'bulk limit lowered', where, `${x.limit} → ${y.limit} per request: the SDK sends ${x.limit}`);
  else add('compatible', 'bulk limit raised', where, `${x.limit} → ${y.limit} per request`);
}

function compareFilters(name: string, a: ObjectSurface, b: ObjectSurface, add: AddChange): void {
  if (a.openProperties && !b.openProperties) add('breaking', 'open filter properties withdrawn', name, 'only the listed fields can be filtered on');
  if (!a.openProperties && b.openProperties) add('compatible', 'open filter properties allowed', name, 'any property can be filtered on');
  keyed(a.filters ?? {}, b.filters ?? {}, {
    removed: (field) => add('breaking', 'filter field removed', `${name}.${field}`, 'no longer filterable'),
    added: (field) => add('compatible', 'filter field added', `${name}.${field}`, 'now filterable'),
    both: (field, x, y) => {
      const where = `${name}.${field}`;
      const operators = setDifference(x.operators, y.operators);
      for (const op of operators.removed) add('breaking', 'filter operator removed', where, op);
      for (const op of operators.added) add('compatible', 'filter operator added', where, op);
      if (x.kind !== y.kind) return add('breaking', 'filter field retyped', where, `${x.kind} → ${y.kind}`);
      const values = setDifference(x.values ?? [], y.values ?? []);
      for (const v of values.removed) add('breaking', 'filter value removed', where, `"${v}" is no longer accepted`);
      for (const v of values.added) add('compatible', 'filter value added', where, `"${v}" is now accepted`);
    },
  });
}
