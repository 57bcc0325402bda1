// Which module each type goes to: a non-root type goes with the one family that uses it,
// however deep it lies below the family's root.
import { afterAll, describe, expect, it } from 'vitest';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import { assignModules } from '../../generator/emit/families.ts';
import { wsdl, writeFixture } from '../support/fixtures.ts';

/** `head` → C0 → C1 → … → C(n-1), each type used only by the one before it. */
function chain(n: number): string {
  const types = Array.from({ length: n }, (_, i) =>
    `<xs:complexType name="C${i}"><xs:sequence>${i + 1 < n ? `<xs:element name="next" type="t:C${i + 1}" minOccurs="0"/>` : '<xs:element name="end" type="xs:string"/>'}</xs:sequence></xs:complexType>`,
  );
  return `<xs:element name="head" type="t:C0"/>\n${types.join('\n')}`;
}

describe('module families', () => {
  const fixture = writeFixture({ 'chain.wsdl': wsdl(chain(20_000)) });
  afterAll(() => fixture.dispose());

  it('puts a chain of 20 000 nested types in its root family, without exhausting the stack', async () => {
    const model = buildModel(await loadWsdl(fixture.path('chain.wsdl')));
    const modules = assignModules(model);
    const ids = [...model.types.values()].filter((t) => t.qname?.name.startsWith('C')).map((t) => t.id);
    expect(ids).toHaveLength(20_000);
    const families = new Set(ids.map((id) => modules.get(id)));
    expect([...families]).toEqual([modules.get(ids.find((id) => model.types.get(id)!.qname!.name === 'C0')!)]);
    expect(families.has('models/shared')).toBe(false);
  });
});

describe('module names and family roots', () => {
  const types = [
    // Defined out of id order, and one module name (abc) however the file system treats case:
    // names are handed out in id order, whatever the schema's.
    '<xs:complexType name="Abc"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:complexType>',
    '<xs:complexType name="ABC"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:complexType>',
    // AAA refers to Abc, the type of a global element: a root all the same, with its own name.
    '<xs:complexType name="AAA"><xs:sequence><xs:element name="x" type="t:Abc"/></xs:sequence></xs:complexType>',
    '<xs:element name="abc" type="t:Abc"/>',
    // Names the SDK's own modules have.
    ...['Shared', 'SHARED', 'Operations', 'Index', 'Runtime'].map((name) => `<xs:complexType name="${name}"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:complexType>`),
    // Used by another type, but the type of a global element too: a root.
    '<xs:complexType name="Item"><xs:sequence><xs:element name="sku" type="xs:string"/><xs:element name="detail" type="t:ItemDetail"/></xs:sequence></xs:complexType>',
    // Used by Item alone: Item's family, though Order (another family) uses Item.
    '<xs:complexType name="ItemDetail"><xs:sequence><xs:element name="d" type="xs:string"/></xs:sequence></xs:complexType>',
    '<xs:element name="item" type="t:Item"/>',
    // Used only by itself: a root, not a type of nobody's family.
    '<xs:complexType name="Node"><xs:sequence><xs:element name="next" type="t:Node" minOccurs="0"/></xs:sequence></xs:complexType>',
    // Order uses Item (a root) and Line (its own); Line is used by Order alone.
    '<xs:complexType name="Order"><xs:sequence><xs:element name="item" type="t:Item"/><xs:element name="line" type="t:Line"/></xs:sequence></xs:complexType>',
    '<xs:complexType name="Line"><xs:sequence><xs:element name="n" type="xs:int"/></xs:sequence></xs:complexType>',
  ];
  const fixture = writeFixture({ 'names.wsdl': wsdl(types.join('\n')) });
  afterAll(() => fixture.dispose());

  it('gives each root a module name of its own, the SDK’s own names and earlier ids first', async () => {
    const model = buildModel(await loadWsdl(fixture.path('names.wsdl')));
    const modules = assignModules(model);
    const moduleOf = (name: string) => modules.get(`{urn:t}${name}`);
    expect(Object.fromEntries(['AAA', 'ABC', 'Abc', 'Shared', 'SHARED', 'Operations', 'Index', 'Runtime', 'Item', 'ItemDetail', 'Node', 'Order', 'Line'].map((n) => [n, moduleOf(n)]))).toEqual({
      AAA: 'models/aaa',
      ABC: 'models/abc',
      Abc: 'models/abc-2',
      SHARED: 'models/shared-2',
      Shared: 'models/shared-3',
      Operations: 'models/operations-2',
      Index: 'models/index-2',
      Runtime: 'models/runtime-2',
      Item: 'models/item',
      ItemDetail: 'models/item',
      Node: 'models/node',
      Order: 'models/order',
      Line: 'models/order',
    });
  });
});
