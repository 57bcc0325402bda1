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
