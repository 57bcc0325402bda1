/**
 * The profile's facts as TSDoc on each object type: which operations it supports, its limits,
 * where the override is refused, its query filters and operators.
 */
import { VERBS, type SourceListing } from '../../templates/runtime/boomi/capabilities.ts';
import type { ProfileModel, ProfileObject } from '../model/ir.ts';

/** Extra TSDoc lines per type id. */
export function capabilityNotes(profile: ProfileModel | undefined): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const object of profile?.objects ?? []) notes.set(object.typeId, [...(notes.get(object.typeId) ?? []), ...objectNotes(object)]);
  return notes;
}

function objectNotes(object: ProfileObject): string[] {
  const verbs = object.verbs.map((v) => {
    const extras = [v.limit ? `${v.limit} per request` : '', v.facts.partnerOnly ? 'Partner API only' : '', v.override ? '' : 'no account override'].filter(Boolean);
    return `${VERBS[v.verb].label}${extras.length ? ` (${extras.join(', ')})` : ''}`;
  });
  const lines = ['', `API object \`${object.objectType}\`: ${verbs.join(', ')}.`];
  const q = object.query;
  if (q) {
    const fields = q.openProperties ? 'any property (the spec lists none)' : q.fields.map((f) => `\`${f.property}\``).join(', ');
    lines.push(`Query filters: ${fields}; operators ${q.operators.join(', ')}.`);
    if (q.listedBy) lines.push(...listingNotes(Object.values(q.listedBy)));
  }
  return lines;
}

/** Where the sources disagree: what each lists beyond the others (all of it is accepted). */
function listingNotes(listings: SourceListing[]): string[] {
  return listings.flatMap((mine) => {
    const others = listings.filter((l) => l !== mine);
    const beyond = (pick: (l: SourceListing) => string[]) => pick(mine).filter((x) => !others.some((o) => pick(o).includes(x)));
    const parts = [
      ['operators', beyond((l) => l.operators)],
      ['fields', beyond((l) => l.fields)],
      ...Object.keys(mine.values).map((field) => [`\`${field}\` values`, beyond((l) => l.values[field] ?? [])] as const),
    ].filter(([, items]) => items.length > 0);
    const listed = parts.map(([what, items]) => `${what} ${(items as string[]).join(', ')}`).join('; ');
    return parts.length ? [`Beyond ${others.map((o) => o.source).join(' and ')}, ${mine.source} lists ${listed}: all are accepted.`] : [];
  });
}
