/** Query filters evaluated the way the fake understands Boomi's: SimpleExpression and nested GroupingExpression. */
import type { StoredObject } from './store.ts';

export interface Expression {
  $type: string;
  operator: string;
  property?: string;
  argument?: string[];
  nestedExpression?: Expression[];
}

export class FilterError extends Error {}

const ARITY: Record<string, number> = {
  EQUALS: 1, LIKE: 1, NOT_EQUALS: 1, IS_NULL: 0, IS_NOT_NULL: 0, STARTS_WITH: 1, BETWEEN: 2,
  GREATER_THAN: 1, GREATER_THAN_OR_EQUAL: 1, LESS_THAN: 1, LESS_THAN_OR_EQUAL: 1, CONTAINS: 1, NOT_CONTAINS: 1,
};

/** A predicate for the expression; `allowed` holds the object's filterable properties and operators. */
export function compileFilter(expression: Expression | undefined, allowed: { properties?: string[]; operators: string[] }): (o: StoredObject) => boolean {
  if (!expression) return () => true;
  if (expression.$type === 'GroupingExpression') {
    const parts = (expression.nestedExpression ?? []).map((e) => compileFilter(e, allowed));
    if (expression.operator === 'and') return (o) => parts.every((p) => p(o));
    if (expression.operator === 'or') return (o) => parts.some((p) => p(o));
    throw new FilterError(`unknown grouping operator ${expression.operator}`);
  }
  const { operator, property = '' } = expression;
  const args = expression.argument ?? [];
  if (!(operator in ARITY) || !allowed.operators.includes(operator)) throw new FilterError(`operator ${operator} is not allowed here`);
  if (allowed.properties && !allowed.properties.includes(property)) throw new FilterError(`${property} is not a filterable property`);
  if (args.length !== ARITY[operator]) throw new FilterError(`${operator} takes ${ARITY[operator]} argument(s), got ${args.length}`);
  const [a = '', b = ''] = args;
  return (o) => {
    const raw = valueAt(o, property);
    if (operator === 'IS_NULL') return raw === undefined || raw === null;
    if (operator === 'IS_NOT_NULL') return raw !== undefined && raw !== null;
    if (raw === undefined || raw === null) return false;
    const v = String(raw);
    switch (operator) {
      case 'EQUALS': return compare(v, a) === 0;
      case 'NOT_EQUALS': return compare(v, a) !== 0;
      case 'LIKE': return new RegExp(`^${a.split('%').map(escapeRegExp).join('.*')}$`, 'i').test(v);
      case 'STARTS_WITH': return v.startsWith(a);
      case 'CONTAINS': return v.includes(a);
      case 'NOT_CONTAINS': return !v.includes(a);
      case 'BETWEEN': return compare(v, a) >= 0 && compare(v, b) <= 0;
      case 'GREATER_THAN': return compare(v, a) > 0;
      case 'GREATER_THAN_OR_EQUAL': return compare(v, a) >= 0;
      case 'LESS_THAN': return compare(v, a) < 0;
      default: return compare(v, a) <= 0;
    }
  };
}

/** `a/b` walks into nested values. */
function valueAt(o: Record<string, unknown>, path: string): unknown {
  return path.split(/[/.]/).reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), o);
}

/** Numbers compare as numbers; everything else (ISO dates included) as text. */
function compare(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a.trim() !== '' && b.trim() !== '' && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
