/**
 * The query-filter builder behind the generated per-object filter types. The types let each
 * object use only its own filterable fields, only the operators it allows, with the right
 * number and kind of arguments; this runtime checks the same at run time for JavaScript callers
 * and writes the expressions Boomi wants (SimpleExpression / GroupingExpression, dates as
 * yyyy-MM-dd'T'HH:mm:ss'Z').
 */

import { OPERATOR_ARITY, type FilterOperator, type FilterValueKind } from './capabilities.js';

export type { FilterOperator, FilterValueKind };

export interface FilterFieldInfo {
  /** The name sent as `property`. */
  readonly property: string;
  readonly kind: FilterValueKind;
  readonly values?: readonly string[];
}

export interface FilterInfo {
  readonly objectType: string;
  readonly operators: readonly FilterOperator[];
  readonly fields: Readonly<Record<string, FilterFieldInfo>>;
  /** Connector records: custom tracked fields, filtered as `customFields.<name>`. */
  readonly customFields?: boolean;
  /** The object's STARTS_WITH takes no spaces (connector records). */
  readonly startsWithNoSpaces?: boolean;
  /** The spec lists no properties for the object: any property name is passed through. */
  readonly openProperties?: boolean;
}

declare const FILTER_OBJECT: unique symbol;

/**
 * A filter for one object type: a SimpleExpression or a GroupingExpression of them, made by that
 * object's filter builder (the object tag is required, so a filter for one object cannot be
 * passed to another, and a hand-written literal does not pass for a built filter).
 */
export type Filter<Object extends string> = FilterExpression & { readonly [FILTER_OBJECT]: Object };

export type FilterExpression =
  | { readonly $type: 'SimpleExpression'; readonly operator: FilterOperator; readonly property: string; readonly argument?: string[] }
  | { readonly $type: 'GroupingExpression'; readonly operator: 'and' | 'or'; readonly nestedExpression: FilterExpression[] };

/** The builder's method for each operator. */
interface MethodOperators {
  equals: 'EQUALS';
  notEquals: 'NOT_EQUALS';
  like: 'LIKE';
  startsWith: 'STARTS_WITH';
  contains: 'CONTAINS';
  notContains: 'NOT_CONTAINS';
  greaterThan: 'GREATER_THAN';
  greaterThanOrEqual: 'GREATER_THAN_OR_EQUAL';
  lessThan: 'LESS_THAN';
  lessThanOrEqual: 'LESS_THAN_OR_EQUAL';
  between: 'BETWEEN';
  isNull: 'IS_NULL';
  isNotNull: 'IS_NOT_NULL';
}

const METHOD_OPERATOR: Readonly<MethodOperators> = {
  equals: 'EQUALS',
  notEquals: 'NOT_EQUALS',
  like: 'LIKE',
  startsWith: 'STARTS_WITH',
  contains: 'CONTAINS',
  notContains: 'NOT_CONTAINS',
  greaterThan: 'GREATER_THAN',
  greaterThanOrEqual: 'GREATER_THAN_OR_EQUAL',
  lessThan: 'LESS_THAN',
  lessThanOrEqual: 'LESS_THAN_OR_EQUAL',
  between: 'BETWEEN',
  isNull: 'IS_NULL',
  isNotNull: 'IS_NOT_NULL',
};

type MethodName = keyof MethodOperators;


interface AllConditions<V, O extends string> {
  equals(value: V): Filter<O>;
  notEquals(value: V): Filter<O>;
  /** `%` matches any run of characters. */
  like(pattern: string): Filter<O>;
  startsWith(prefix: string): Filter<O>;
  contains(text: string): Filter<O>;
  notContains(text: string): Filter<O>;
  greaterThan(value: V): Filter<O>;
  greaterThanOrEqual(value: V): Filter<O>;
  lessThan(value: V): Filter<O>;
  lessThanOrEqual(value: V): Filter<O>;
  between(from: V, to: V): Filter<O>;
  isNull(): Filter<O>;
  isNotNull(): Filter<O>;
}

/** The conditions a field offers: one method per operator its object allows. */
export type FilterFieldConditions<V, Ops extends FilterOperator, O extends string> = Pick<AllConditions<V, O>, { [M in MethodName]: MethodOperators[M] extends Ops ? M : never }[MethodName]>;

export type StringFilterField<Ops extends FilterOperator, O extends string> = FilterFieldConditions<string, Ops, O>;
export type NumberFilterField<Ops extends FilterOperator, O extends string> = FilterFieldConditions<number, Ops, O>;
export type BooleanFilterField<Ops extends FilterOperator, O extends string> = FilterFieldConditions<boolean, Ops, O>;
/** Dates: a Date, or text already in Boomi's format. */
export type DateFilterField<Ops extends FilterOperator, O extends string> = FilterFieldConditions<Date | string, Ops, O>;
export type EnumFilterField<Values extends string, Ops extends FilterOperator, O extends string> = FilterFieldConditions<Values, Ops, O>;

/** `and` and `or` take at least one filter: an empty group would change a query's meaning silently. */
export interface FilterGrouping<O extends string> {
  and(first: Filter<O>, ...more: Filter<O>[]): Filter<O>;
  or(first: Filter<O>, ...more: Filter<O>[]): Filter<O>;
}

export interface CustomFieldFilter<Ops extends FilterOperator, O extends string> {
  /** A custom tracked field of a connector record, sent as `customFields.<name>`. */
  customField(name: string): StringFilterField<Ops, O>;
}

export interface AnyPropertyFilter<Ops extends FilterOperator, O extends string> {
  /** A property by name, for objects whose filterable properties are not listed. */
  property(name: string): StringFilterField<Ops, O>;
}

export class FilterError extends TypeError {
  override name = 'FilterError';
}

/** The builder for one object: a property per filterable field, `and`, `or`. */
export function filterBuilder<Builder>(info: FilterInfo): Builder {
  const builder: Record<string, unknown> = {
    and: (...filters: FilterExpression[]) => group(info, 'and', filters),
    or: (...filters: FilterExpression[]) => group(info, 'or', filters),
  };
  for (const [name, field] of Object.entries(info.fields)) builder[name] = conditions(info, name, field);
  if (info.customFields) {
    builder['customField'] = (name: unknown) => {
      if (typeof name !== 'string' || name === '' || /\s/.test(name)) throw new FilterError(`${info.objectType}: customField needs a field name without spaces, got ${JSON.stringify(name)}`);
      return conditions(info, `customField(${name})`, { property: `customFields.${name}`, kind: 'string' });
    };
  }
  if (info.openProperties) {
    builder['property'] = (name: unknown) => {
      if (typeof name !== 'string' || name === '') throw new FilterError(`${info.objectType}: property needs a name, got ${JSON.stringify(name)}`);
      return conditions(info, name, { property: name, kind: 'string' });
    };
  }
  return new Proxy(builder, {
    get(target, key) {
      if (typeof key === 'string' && !(key in target) && key !== 'then') {
        throw new FilterError(`${info.objectType} has no filter field ${JSON.stringify(key)} (its fields: ${Object.keys(info.fields).join(', ') || 'none'})`);
      }
      return target[key as string];
    },
  }) as Builder;
}

/** Builds and checks a filter outside a query call, to keep and reuse. */
export function buildFilter<Builder, O extends string>(info: FilterInfo, build: (f: Builder) => Filter<O>): Filter<O> {
  return build(filterBuilder<Builder>(info));
}

function group(info: FilterInfo, operator: 'and' | 'or', filters: FilterExpression[]): FilterExpression {
  if (filters.length === 0) throw new FilterError(`${info.objectType}: ${operator}() needs at least one filter`);
  for (const f of filters) {
    if (!f || (f.$type !== 'SimpleExpression' && f.$type !== 'GroupingExpression')) throw new FilterError(`${info.objectType}: ${operator}() takes filters, got ${JSON.stringify(f)}`);
  }
  return { $type: 'GroupingExpression', operator, nestedExpression: filters };
}

function conditions(info: FilterInfo, name: string, field: FilterFieldInfo): Record<MethodName, (...args: unknown[]) => FilterExpression> {
  const out = {} as Record<MethodName, (...args: unknown[]) => FilterExpression>;
  for (const [method, operator] of Object.entries(METHOD_OPERATOR) as [MethodName, FilterOperator][]) {
    out[method] = (...args: unknown[]) => {
      const where = `${info.objectType}.${name} ${operator}`;
      if (!info.operators.includes(operator)) throw new FilterError(`${where}: ${info.objectType} does not allow ${operator} (it allows ${info.operators.join(', ')})`);
      if (args.length !== OPERATOR_ARITY[operator]) throw new FilterError(`${where}: takes ${OPERATOR_ARITY[operator]} argument(s), got ${args.length}`);
      const argument = args.map((a) => writeArgument(info, field, operator, a, where));
      return argument.length > 0 ? { $type: 'SimpleExpression', operator, property: field.property, argument } : { $type: 'SimpleExpression', operator, property: field.property };
    };
  }
  return out;
}

const PATTERN_OPERATORS: readonly FilterOperator[] = ['LIKE', 'STARTS_WITH', 'CONTAINS', 'NOT_CONTAINS'];

/** An argument as Boomi wants it: text for the pattern operators, else written as the field's kind. */
function writeArgument(info: FilterInfo, field: FilterFieldInfo, operator: FilterOperator, value: unknown, where: string): string {
  const written = PATTERN_OPERATORS.includes(operator) ? text(value, where) : formatArgument(field, value, where);
  if (operator === 'STARTS_WITH' && info.startsWithNoSpaces && /\s/.test(written)) throw new FilterError(`${where}: ${info.objectType} takes no spaces in a STARTS_WITH argument`);
  return written;
}

/** A hand-written argument (text on the wire) as the value the builder takes, so that one check serves both. */
function builderValue(field: FilterFieldInfo, value: unknown, where: string): unknown {
  const written = text(value, where);
  if (field.kind === 'number' && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(written)) return Number(written);
  if (field.kind === 'boolean' && (written === 'true' || written === 'false')) return written === 'true';
  return written;
}

function formatArgument(field: FilterFieldInfo, value: unknown, where: string): string {
  switch (field.kind) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new FilterError(`${where}: expects a number, got ${describe(value)}`);
      return String(value);
    case 'boolean':
      if (typeof value !== 'boolean') throw new FilterError(`${where}: expects a boolean, got ${describe(value)}`);
      return String(value);
    case 'enum':
      if (typeof value !== 'string' || !field.values?.includes(value)) throw new FilterError(`${where}: expects one of ${field.values?.join(', ')}, got ${describe(value)}`);
      return value;
    case 'dateTime':
      return formatDate(value, where, false);
    case 'date':
      return formatDate(value, where, true);
    default:
      return text(value, where);
  }
}

/** Boomi's formats: yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, no fractions), or yyyy-MM-dd for dates. */
function formatDate(value: unknown, where: string, dateOnly: boolean): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new FilterError(`${where}: invalid Date`);
    const iso = value.toISOString();
    return dateOnly ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
  }
  const pattern = dateOnly ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
  if (typeof value === 'string' && pattern.test(value)) return value;
  throw new FilterError(`${where}: expects a Date or text like ${dateOnly ? '2024-03-01' : '2024-03-01T00:00:00Z'}, got ${describe(value)}`);
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new FilterError(`${where}: expects text, got ${describe(value)}`);
  return value;
}

function describe(value: unknown): string {
  return value instanceof Date ? 'a Date' : typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * Checks a filter against the object it is sent for, however it was built (by this object's
 * builder, another object's, or by hand from JavaScript): every property is one of the object's
 * filter fields, every operator one it allows, with its number of arguments, each argument text
 * the builder would accept for the field; groups are `and` or `or` of at least one filter.
 */
export function checkFilter(info: FilterInfo, filter: unknown, where = 'filter'): void {
  const f = filter as Partial<{ $type: string; operator: string; property: string; argument: unknown; nestedExpression: unknown }> | null;
  if (!f || typeof f !== 'object') throw new FilterError(`${info.objectType} ${where}: not a filter: ${JSON.stringify(filter)}`);
  if (f.$type === 'GroupingExpression') {
    if (f.operator !== 'and' && f.operator !== 'or') throw new FilterError(`${info.objectType} ${where}: grouping operator ${JSON.stringify(f.operator)} is not and/or`);
    if (!Array.isArray(f.nestedExpression) || f.nestedExpression.length === 0) throw new FilterError(`${info.objectType} ${where}: ${f.operator}() needs at least one filter`);
    f.nestedExpression.forEach((nested, i) => checkFilter(info, nested, `${where}.${f.operator}[${i}]`));
    return;
  }
  if (f.$type !== 'SimpleExpression') throw new FilterError(`${info.objectType} ${where}: not a SimpleExpression or GroupingExpression: ${JSON.stringify(filter)}`);
  const property = String(f.property);
  const known = Object.values(info.fields).some((field) => field.property === property) || (info.customFields === true && /^customFields\.[^\s]+$/.test(property)) || info.openProperties === true;
  if (!known) throw new FilterError(`${info.objectType} ${where}: ${JSON.stringify(property)} is not a filter field of ${info.objectType} (its fields: ${Object.keys(info.fields).join(', ') || 'none'})`);
  const operator = f.operator as FilterOperator;
  if (!info.operators.includes(operator)) throw new FilterError(`${info.objectType} ${where}: ${info.objectType} does not allow ${String(f.operator)} (it allows ${info.operators.join(', ')})`);
  const count = Array.isArray(f.argument) ? f.argument.length : f.argument === undefined ? 0 : -1;
  if (count !== OPERATOR_ARITY[operator]) throw new FilterError(`${info.objectType} ${where}: ${operator} takes ${OPERATOR_ARITY[operator]} argument(s), got ${count < 0 ? 'a non-array argument' : count}`);
  const field = Object.values(info.fields).find((candidate) => candidate.property === property) ?? { property, kind: 'string' };
  const at = `${info.objectType} ${where}: ${property} ${operator}`;
  for (const value of (f.argument ?? []) as unknown[]) writeArgument(info, field, operator, builderValue(field, value, at), at);
}
