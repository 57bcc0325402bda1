/**
 * Query filters evaluated as Boomi documents them: SimpleExpression with one of thirteen
 * operators and its argument count, GroupingExpression `and`/`or` nested to any depth. An
 * operator or property the object does not allow is a fault naming it, raised before any
 * object is read. Values compare by the property's kind: numbers as numbers, dates as instants,
 * the rest as case-sensitive text; LIKE takes `%` as "any run of characters".
 */
import type { Capabilities, ValueKind } from './capabilities.ts';
import { clientFault } from './soap-faults.ts';

export interface Expression {
  $type?: string;
  operator?: string;
  property?: string;
  argument?: string[];
  nestedExpression?: Expression[];
}

export type Predicate = (object: Record<string, unknown>) => boolean;

export function compileFilter(capabilities: Capabilities, objectType: string, expression: Expression | undefined): Predicate {
  if (!expression) return () => true;
  if (expression.$type === 'GroupingExpression') {
    const parts = (expression.nestedExpression ?? []).map((e) => compileFilter(capabilities, objectType, e));
    if (expression.operator === 'and') return (o) => parts.every((p) => p(o));
    if (expression.operator === 'or') return (o) => parts.some((p) => p(o));
    throw clientFault(`Invalid query filter: grouping operator '${expression.operator ?? ''}' is not and/or.`);
  }
  if (expression.$type !== 'SimpleExpression') throw clientFault(`Invalid query filter: ${expression.$type ?? 'an expression without xsi:type'} is not an expression.`);
  return compileSimple(capabilities, objectType, expression);
}

function compileSimple(capabilities: Capabilities, objectType: string, expression: Expression): Predicate {
  const operator = expression.operator ?? '';
  const property = expression.property ?? '';
  const args = expression.argument ?? [];
  const arity = capabilities.operatorArity[operator];
  if (arity === undefined) throw clientFault(`Invalid query filter: unknown operator '${operator}'.`);
  if (!capabilities.operators(objectType).includes(operator)) {
    throw clientFault(`Invalid query filter: operator '${operator}' is not allowed for ${objectType} (allowed: ${capabilities.operators(objectType).join(', ')}).`);
  }
  const field = capabilities.filterField(objectType, property);
  if (!field) throw clientFault(`Invalid query filter: '${property}' is not a filter property of ${objectType} (properties: ${capabilities.filterProperties(objectType).join(', ')}).`);
  if (args.length !== arity) throw clientFault(`Invalid query filter: ${operator} takes ${arity} argument(s), '${property}' has ${args.length}.`);
  const [a, b] = args.map((arg) => comparable(field.kind, arg, property));
  const test = valueTest(operator, a!, b!, args[0] ?? '');
  const absent = operator === 'IS_NULL';
  return (object) => {
    const found = field.paths.map((path) => valuesAt(object, path)).find((v) => v.length > 0) ?? [];
    if (operator === 'IS_NULL' || operator === 'IS_NOT_NULL') return (found.length === 0) === absent;
    const values = found.flatMap((v) => stored(field.kind, v));
    // As in SQL, an absent value matches nothing but IS_NULL. A repeated field matches when any
    // of its values does; with the negative operators, when all of them do.
    if (values.length === 0) return false;
    if (operator === 'NOT_EQUALS' || operator === 'NOT_CONTAINS') return values.every(test);
    return values.some(test);
  };
}

type Comparable = string | number;

function valueTest(operator: string, a: Comparable, b: Comparable, text: string): (v: Comparable) => boolean {
  switch (operator) {
    case 'EQUALS': return (v) => v === a;
    case 'NOT_EQUALS': return (v) => v !== a;
    case 'LIKE': {
      const pattern = new RegExp(`^${text.split('%').map(escapeRegExp).join('[\\s\\S]*')}$`);
      return (v) => pattern.test(String(v));
    }
    case 'STARTS_WITH': return (v) => String(v).startsWith(text);
    case 'CONTAINS': return (v) => String(v).includes(text);
    case 'NOT_CONTAINS': return (v) => !String(v).includes(text);
    case 'BETWEEN': return (v) => v >= a && v <= b;
    case 'GREATER_THAN': return (v) => v > a;
    case 'GREATER_THAN_OR_EQUAL': return (v) => v >= a;
    case 'LESS_THAN': return (v) => v < a;
    default: return (v) => v <= a; // LESS_THAN_OR_EQUAL
  }
}

/** Arguments and stored values in one comparable form per kind; an argument of the wrong kind is a fault. */
function comparable(kind: ValueKind, value: unknown, property: string): Comparable {
  const text = value instanceof Date ? value.toISOString() : String(value);
  if (kind === 'number') {
    const n = Number(text);
    if (text.trim() === '' || Number.isNaN(n)) throw clientFault(`Invalid query filter: '${text}' is not a number for '${property}'.`);
    return n;
  }
  if (kind === 'dateTime') {
    const t = Date.parse(text);
    if (Number.isNaN(t)) throw clientFault(`Invalid query filter: '${text}' is not a date for '${property}'.`);
    return t;
  }
  return text;
}

/** A stored value in comparable form; one of the wrong kind (seeded carelessly) matches nothing. */
function stored(kind: ValueKind, value: unknown): Comparable[] {
  try {
    return [comparable(kind, value, '')];
  } catch {
    return [];
  }
}

/** Values at a path (`a/b` or `a.b`), stepping into repeated fields; absent values are left out. */
function valuesAt(object: unknown, path: string): unknown[] {
  let current: unknown[] = [object];
  for (const step of path.split(/[/.]/)) {
    current = current.flatMap((v) => (v && typeof v === 'object' ? [(v as Record<string, unknown>)[step]] : [])).flatMap((v) => (Array.isArray(v) ? v : [v]));
  }
  return current.filter((v) => v !== undefined && v !== null && v !== '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
