/**
 * `npm run drift` from the 2023 Platform WSDL to ours, held against the differences: a breaking
 * change is accounted for when a difference with evidence stands at the same place (a type, a
 * field, or a wrapper the 2023 schema declares and we leave out).
 */
import { compareSurfaces } from '../../generator/surface/drift.ts';
import type { Change } from '../../generator/surface/changes.ts';
import { surfaceOf } from '../../generator/surface/surface-of.ts';
import type { Difference } from './differences.ts';

export async function breakingDriftFromReal(oursWsdl: string, realWsdl: string): Promise<Change[]> {
  const [real, ours] = await Promise.all([surfaceOf(realWsdl), surfaceOf(oursWsdl)]);
  return compareSurfaces(real, ours).filter((c) => c.severity === 'breaking');
}

/** The breaking changes no difference with evidence accounts for. */
export function unaccountedDrift(breaking: Change[], evidenced: Difference[]): Change[] {
  const places = new Set(evidenced.map((d) => place(d.where)));
  return breaking.filter((c) => !places.has(place(c.where)));
}

/** `Account/@status` and `Account/status` are one place; so are `wrapper getBulk`, `getBulk` and `getBulkResponse`, and their fields. */
function place(where: string): string {
  return where.replace(/^wrapper /, '').replace(/^([^/]+?)Response(?=\/|$)/, '$1').replace(/@/g, '');
}
