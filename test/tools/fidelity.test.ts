import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareWithReal } from '../../tools/fidelity/compare-schemas.ts';
import { reasonFor } from '../../tools/fidelity/reasons.ts';
import { readmeSection, withReadmeSection } from '../../tools/fidelity/report.ts';
import { haveRealPlatform, realPlatformWsdl, repoRoot } from '../support/paths.ts';

const temp = mkdtempSync(join(tmpdir(), 'fidelity-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A one-schema WSDL-less input: the loader accepts a bare XSD. */
function schema(name: string, body: string): string {
  const file = join(temp, `${name}.xsd`);
  writeFileSync(
    file,
    `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tns="http://api.platform.boomi.com/" targetNamespace="http://api.platform.boomi.com/" elementFormDefault="qualified">${body}</xs:schema>`,
  );
  return file;
}

describe('the fidelity comparison', () => {
  it('reports an attribute that is an element on the other side', async () => {
    const ours = schema('a1', '<xs:complexType name="T"><xs:sequence><xs:element name="x" type="xs:string"/></xs:sequence></xs:complexType>');
    const real = schema('a2', '<xs:complexType name="T"><xs:attribute name="x" type="xs:string" use="required"/></xs:complexType>');
    const report = await compareWithReal(ours, real);
    expect(report.differences).toEqual([{ where: 'T/x', kind: 'attribute-vs-element', ours: 'element', real: 'attribute' }]);
  });

  it('finds a named type equal to an anonymous one, and enumerations equal by value whatever their names', async () => {
    const ours = schema(
      'b1',
      '<xs:complexType name="T"><xs:sequence><xs:element name="inner" type="tns:TInner"/></xs:sequence><xs:attribute name="s" type="tns:TS"/></xs:complexType>' +
        '<xs:complexType name="TInner"><xs:attribute name="n" type="xs:int"/></xs:complexType>' +
        '<xs:simpleType name="TS"><xs:restriction base="xs:string"><xs:enumeration value="a"/><xs:enumeration value="b"/></xs:restriction></xs:simpleType>',
    );
    const real = schema(
      'b2',
      '<xs:complexType name="T"><xs:sequence><xs:element name="inner"><xs:complexType><xs:attribute name="n" type="xs:int"/></xs:complexType></xs:element></xs:sequence><xs:attribute name="s" type="tns:Status"/></xs:complexType>' +
        '<xs:simpleType name="Status"><xs:restriction base="xs:string"><xs:enumeration value="b"/><xs:enumeration value="a"/></xs:restriction></xs:simpleType>',
    );
    const report = await compareWithReal(ours, real);
    expect(report.differences).toEqual([]);
    expect(report.counts).toMatchObject({ sharedTypes: 1, sharedTypesAgreeing: 1 });
  });

  it('reports occurrence, enumeration and base differences, inherited fields counted once', async () => {
    const ours = schema(
      'c1',
      '<xs:complexType name="BaseType"/><xs:complexType name="T"><xs:complexContent><xs:extension base="tns:BaseType"><xs:sequence><xs:element name="a" type="xs:string" minOccurs="0"/></xs:sequence><xs:attribute name="k" type="tns:K"/></xs:extension></xs:complexContent></xs:complexType>' +
        '<xs:simpleType name="K"><xs:restriction base="xs:string"><xs:enumeration value="x"/><xs:enumeration value="y"/></xs:restriction></xs:simpleType>',
    );
    const real = schema(
      'c2',
      '<xs:complexType name="BaseType"/><xs:complexType name="P"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:complexType><xs:complexType name="T"><xs:complexContent><xs:extension base="tns:P"><xs:attribute name="k" type="tns:K2"/></xs:extension></xs:complexContent></xs:complexType>' +
        '<xs:simpleType name="K2"><xs:restriction base="xs:string"><xs:enumeration value="x"/><xs:enumeration value="z"/></xs:restriction></xs:simpleType>',
    );
    const kinds = (await compareWithReal(ours, real)).differences.map((d) => `${d.kind} ${d.where}`);
    expect(kinds).toEqual(['base-type T', 'enum-values-added T/@k', 'enum-values-removed T/@k', 'optional T/a']);
  });
});

describe.skipIf(!haveRealPlatform())('wsdl/ against the real 2023 Platform schema', () => {
  it('has a documented reason for every difference, listed in wsdl/README.md as it is', async () => {
    const report = await compareWithReal(join(repoRoot, 'wsdl'), realPlatformWsdl);
    expect(report.differences.filter((d) => !reasonFor(d))).toEqual([]);
    const readme = readFileSync(join(repoRoot, 'wsdl/README.md'), 'utf8');
    expect(withReadmeSection(readme, readmeSection(report))).toBe(readme);
    expect(report.counts.sharedTypes).toBeGreaterThan(300);
    expect(report.counts.wrappersCompared).toBe(36);
    expect(report.counts.wrappersAgreeing).toBe(35); // delete: its request children qualified as Boomi’s Account page shows them
    console.log(`fidelity: ${report.counts.sharedTypes} shared types, ${report.counts.sharedTypesAgreeing} agree on every field; ${report.differences.length} differences, each documented`);
  });
});
