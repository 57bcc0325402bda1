// docs.ts: the TSDoc of emitted types and fields.
import { describe, expect, it } from 'vitest';
import { fieldDoc, typeDoc } from '../../generator/emit/docs.ts';
import type { ComplexTypeDef, FieldDef } from '../../generator/model/ir.ts';

const source = { file: 'a.xsd', path: 'complexType[T]/sequence/element[e]' };
const field = (more: Partial<FieldDef>): FieldDef => ({ kind: 'element', xmlName: 'e', namespace: '', tsName: 'e', type: { kind: 'opaque' }, optional: false, array: false, nillable: false, source, ...more });
const type = (more: Partial<ComplexTypeDef>): ComplexTypeDef => ({ id: '{urn:t}T/e', tsName: 'TE', abstract: false, fields: [], openContent: false, source, derived: [], tagged: false, ...more });

describe('docs', () => {
  it('escapes a comment’s end in documentation, and says where a type comes from', () => {
    expect(typeDoc(type({ qname: { namespace: 'urn:t', name: 'T' }, doc: 'Ends */ early' }), ['More.'])).toBe('Ends *\\/ early\n\nXSD: `{urn:t}T`\nMore.');
    expect(typeDoc(type({}))).toBe('XSD: anonymous type at `complexType[T]/sequence/element[e]`');
  });

  it('documents a field by its documentation and default, or not at all', () => {
    expect(fieldDoc(field({ doc: 'A */ B', default: '7' }))).toBe('A *\\/ B\n@defaultValue `7`');
    expect(fieldDoc(field({}))).toBeUndefined();
  });
});
