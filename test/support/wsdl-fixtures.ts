/** The committed WSDL and schema fixtures (test/fixtures/wsdl/), loaded and modelled as the generator does. */
import { join } from 'node:path';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import type { BindingDef, ComplexTypeDef, SchemaModel } from '../../generator/model/ir.ts';
import { repoRoot } from './paths.ts';

export function wsdlFixture(name: string): string {
  return join(repoRoot, 'test/fixtures/wsdl', name);
}

export async function modelOf(name: string): Promise<SchemaModel> {
  return buildModel(await loadWsdl(wsdlFixture(name)));
}

export function bindingNamed(model: SchemaModel, name: string): BindingDef {
  const found = [...model.bindings.values()].find((b) => b.qname.name === name);
  if (!found) throw new Error(`no binding ${name} in the model (it has ${[...model.bindings.values()].map((b) => b.qname.name).join(', ')})`);
  return found;
}

export function typeOfId(model: SchemaModel, id: string): ComplexTypeDef {
  const found = model.types.get(id);
  if (!found) throw new Error(`no type ${id} in the model`);
  return found;
}
