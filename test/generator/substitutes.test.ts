// Which types may stand in for a declared one among the values a call meets: derived types of
// declared types, through fields and inherited fields, but not the subtypes of a type reached as a
// base or as a value, nor those of a closed type.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basesOf, substituteTypes } from '../../generator/emit/substitutes.ts';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import type { SchemaModel } from '../../generator/model/ir.ts';
import { wsdl, writeFixture } from '../support/fixtures.ts';

const types = `
  <xs:complexType name="Base"><xs:sequence><xs:element name="child" type="t:Base" minOccurs="0"/></xs:sequence></xs:complexType>
  <xs:complexType name="A"><xs:complexContent><xs:extension base="t:Base"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>
  <xs:complexType name="A2"><xs:complexContent><xs:extension base="t:A"><xs:sequence><xs:element name="a2" type="xs:string"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>
  <xs:complexType name="B"><xs:complexContent><xs:extension base="t:Base"><xs:sequence/></xs:extension></xs:complexContent></xs:complexType>
  <xs:complexType name="Shape" abstract="true"><xs:sequence/></xs:complexType>
  <xs:complexType name="Circle"><xs:complexContent><xs:extension base="t:Shape"><xs:sequence><xs:element name="r" type="xs:int"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>
  <xs:complexType name="Holder"><xs:sequence><xs:element name="shape" type="t:Shape"/><xs:element name="n" type="xs:int"/></xs:sequence></xs:complexType>
  <xs:complexType name="Plain"><xs:sequence><xs:element name="holder" type="t:Holder"/></xs:sequence></xs:complexType>`;

describe('substituteTypes', () => {
  const fixture = writeFixture({ 'types.wsdl': wsdl(types) });
  let model: SchemaModel;
  beforeAll(async () => {
    model = buildModel(await loadWsdl(fixture.path('types.wsdl')));
  });
  afterAll(() => fixture.dispose());
  const id = (name: string) => `{urn:t}${name}`;
  const names = (ids: string[]) => ids.map((i) => i.replace('{urn:t}', ''));

  it('opens up the subtypes of a declared type, not of the starting type itself', () => {
    // Holder declares Shape (abstract: its subtypes only); Holder is in no hierarchy.
    expect(names(substituteTypes(model, [id('Holder')]))).toEqual(['Circle']);
    expect(names(substituteTypes(model, [id('Circle')]))).toEqual(['Circle']);
    // Reached through a field of a field.
    expect(names(substituteTypes(model, [id('Plain')]))).toEqual(['Circle']);
  });

  it('opens a type reached as a value when a field declares it too', () => {
    // Base's field child declares Base: every subtype of Base may stand there.
    expect(names(substituteTypes(model, [id('Base')]))).toEqual(['A', 'A2', 'B', 'Base']);
  });

  it('follows inherited fields: a value of A2 holds Base’s child', () => {
    expect(names(substituteTypes(model, [id('A2')]))).toEqual(['A', 'A2', 'B', 'Base']);
  });

  it('opens declared types given apart, but not closed ones', () => {
    expect(names(substituteTypes(model, [], [{ kind: 'complex', id: id('Shape') }, { kind: 'scalar', scalar: 'string' } as never]))).toEqual(['Circle']);
    expect(names(substituteTypes(model, [id('Holder')], [], new Set([id('Shape')])))).toEqual([]);
    expect(names(substituteTypes(model, [], [{ kind: 'complex', id: id('A') }]))).toEqual(['A', 'A2', 'B', 'Base']);
    expect(names(substituteTypes(model, [], [{ kind: 'complex', id: id('A') }], new Set([id('A'), id('Base')])))).toEqual([]);
  });

  it('gives nothing for ids the model does not hold', () => {
    const missing = id('Missing');
    expect(substituteTypes(model, [missing])).toEqual([]);
    expect(substituteTypes(model, [], [{ kind: 'complex', id: missing }])).toEqual([]);
    expect(basesOf(model, missing)).toEqual([]);
  });

  it('lists a type’s bases, nearest first', () => {
    expect(names(basesOf(model, id('A2')))).toEqual(['A', 'Base']);
    expect(basesOf(model, id('Plain'))).toEqual([]);
  });
});
