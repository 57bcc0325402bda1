/** The vocabulary of drift: a classified change, and the walk over two keyed tables that finds them. */

export type Severity = 'breaking' | 'may-break' | 'compatible';

/** In the order reports list them. */
export const SEVERITIES: readonly Severity[] = ['breaking', 'may-break', 'compatible'];

export interface Change {
  severity: Severity;
  kind: string;
  where: string;
  detail: string;
}

export type AddChange = (severity: Severity, kind: string, where: string, detail: string) => void;

/** How users meet a type's values: they send them (`in`), read them (`out`), or both. */
export interface Use {
  sent: boolean;
  received: boolean;
}

/** Severity first, then by place, kind and detail: the same two surfaces always list in the same order. */
export function inReportOrder(a: Change, b: Change): number {
  const order = SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
  if (order !== 0) return order;
  for (const key of ['where', 'kind', 'detail'] as const) if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  return 0;
}

export function keyed<T>(a: Record<string, T>, b: Record<string, T>, on: { removed: (key: string, value: T) => void; added: (key: string, value: T) => void; both: (key: string, x: T, y: T) => void }): void {
  for (const [key, x] of Object.entries(a)) {
    const y = b[key];
    if (y === undefined) on.removed(key, x);
    else on.both(key, x, y);
  }
  for (const [key, y] of Object.entries(b)) if (!(key in a)) on.added(key, y);
}

/** Values in `a` and not in `b`, and the reverse: order is no change. */
export function setDifference(a: readonly string[], b: readonly string[]): { removed: string[]; added: string[] } {
  return { removed: a.filter((x) => !b.includes(x)), added: b.filter((x) => !a.includes(x)) };
}
