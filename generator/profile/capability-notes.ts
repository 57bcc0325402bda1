/**
 * The profile's facts as TSDoc on each object type: which operations it supports, its limits,
 * where the override is refused, its query filters and operators.
 */
import { VERBS } from '../../templates/runtime/boomi/capabilities.ts';
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
  }
  return lines;
}
