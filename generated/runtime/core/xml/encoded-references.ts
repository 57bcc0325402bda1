/**
 * SOAP encoding's references (SOAP 1.1 section 5.4.1, SOAP 1.2 part 2 section 3.1.5): a value
 * may stand in an element of its own elsewhere in the Body, with an `id`, where the accessor
 * only says `href="#id"`. Apache Axis 1 sends every struct and array that way (`multiRef`
 * elements after the response wrapper). While the message is read, the elements with an id are
 * kept as XML and each reference leaves a place; once the whole message is read, each target is
 * decoded as the type its first reference declares, once, and every place that refers to it gets
 * that same value (so a shared value is shared, and a cycle stays a cycle).
 */
import type { XmlFieldInfo, XmlTypeInfo } from '../metadata.js';
import type { OpaqueXml } from '../opaque-xml.js';
import { ElementDecoder, XmlDecodeError, type DecodeLimits, type XmlTag } from './decode.js';
import { namespaceDeclarations } from './escape.js';
import type { FieldEntry } from './type-index.js';
import type { TypeRegistry } from './type-registry.js';

interface Target {
  tag: XmlTag;
  xml: OpaqueXml;
}

interface Place {
  holder: Record<string | number, unknown>;
  key: string | number;
  field: FieldEntry;
  id: string;
  where: string;
}

export class EncodedReferences {
  private readonly targets = new Map<string, Target>();
  private readonly places: Place[] = [];

  /** An element with an id, kept until the message is read. */
  target(id: string, tag: XmlTag, xml: OpaqueXml): void {
    this.targets.set(id, { tag, xml });
  }

  /** An accessor of `field` in `holder` whose value is the element `id`: a place to fill (in order, for a repeated field). */
  refer(holder: Record<string, unknown>, field: FieldEntry, id: string, where: string): void {
    if (field.isArray) {
      const list = (holder[field.property] ??= []) as unknown[];
      list.push(undefined);
      this.places.push({ holder: list as unknown as Record<number, unknown>, key: list.length - 1, field, id, where });
    } else {
      this.places.push({ holder, key: field.property, field, id, where });
    }
  }

  /** Decodes each target referred to and fills every place; a reference to no element is an error naming it. */
  resolve(limits: Required<DecodeLimits>, registry: TypeRegistry): void {
    const values = new Map<string, unknown>();
    // Decoding a target can refer to more places, which join the end of the list this loop walks.
    for (let i = 0; i < this.places.length; i++) {
      const place = this.places[i]!;
      if (!values.has(place.id)) values.set(place.id, this.decode(place, limits, registry));
      place.holder[place.key] = values.get(place.id);
    }
  }

  private decode(place: Place, limits: Required<DecodeLimits>, registry: TypeRegistry): unknown {
    const target = this.targets.get(place.id);
    if (!target) throw new XmlDecodeError(`${place.where} refers to "#${place.id}", which no element of the message has as its id`);
    const [, , , type, flags] = place.field.info;
    // The target read as the referring field: a holder type whose one field is it, under the target's
    // own name. Errors name the holder: it is named after the reference (`Put/count → #c/multiRef: …`).
    const field: XmlFieldInfo = [target.tag.local, target.tag.uri, 'value', type, flags.replace('*', '')];
    const holder: XmlTypeInfo = { name: `${place.where} → #${place.id}`, namespace: '', tsName: 'Reference', fields: [field] };
    const declarations = namespaceDeclarations(Object.entries(target.xml.namespaces ?? {}));
    const decoded = new ElementDecoder(`<reference${declarations}>${target.xml.xml}</reference>`, (_tag, depth) => (depth === 0 ? holder : undefined), limits, registry, undefined, this).run();
    return decoded!['value'];
  }
}
