/**
 * The facets of an `xs:restriction` of a simple type, merged with those of its base: a facet
 * restated replaces the base's (a valid restriction only narrows it); patterns of different
 * steps all apply. Enumerations are not here: they make an EnumDef.
 */
import type { Element } from '@xmldom/xmldom';
import type { LoadedSchema } from '../load/load-wsdl.ts';
import { LoadError } from '../load/load-error.ts';
import { XSD_NS } from '../load/namespaces.ts';
import { childElements, positionOf } from '../load/xml.ts';
import type { Facets, TypeRef } from './ir.ts';

const VALUE_FACETS = ['length', 'minLength', 'maxLength', 'totalDigits', 'fractionDigits', 'minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive'] as const;
const WHITE_SPACE = ['preserve', 'replace', 'collapse'] as const;

/** The facet elements a restriction may hold besides enumerations. */
export const FACET_NAMES: ReadonlySet<string> = new Set([...VALUE_FACETS, 'pattern', 'whiteSpace']);

/** A built-in type narrowed by the restriction's facets; other types, and a restriction without facets, as they are. */
export function narrowedType(type: TypeRef, restriction: Element, schema: LoadedSchema): TypeRef {
  if (type.kind !== 'builtin') return type;
  const facets: Facets = { ...type.facets };
  const patterns: string[] = [];
  for (const facet of childElements(restriction, XSD_NS)) {
    const name = facet.localName ?? '';
    if (!FACET_NAMES.has(name)) continue;
    const value = facetValue(facet, schema);
    if (name === 'pattern') patterns.push(value);
    else if (name === 'whiteSpace') {
      if (!(WHITE_SPACE as readonly string[]).includes(value)) throw new LoadError(schema.doc.displayName, `xs:whiteSpace value="${value}" is not one of ${WHITE_SPACE.join(', ')}`, positionOf(facet));
      // Fixed by every built-in type but the string ones: stating it there changes nothing.
      if (type.name === 'string') facets.whiteSpace = value as Facets['whiteSpace'];
    } else facets[name as (typeof VALUE_FACETS)[number]] = value;
  }
  if (patterns.length > 0) facets.pattern = [...(facets.pattern ?? []), patterns.join('|')];
  return Object.keys(facets).length > 0 ? { ...type, facets } : type;
}

/** A facet's value (an enumeration's too): required, and may be empty. */
export function facetValue(facet: Element, schema: Pick<LoadedSchema, 'doc'>): string {
  const value = facet.getAttribute('value');
  if (value === null) throw new LoadError(schema.doc.displayName, `xs:${facet.localName} needs a value attribute`, positionOf(facet));
  return value;
}
