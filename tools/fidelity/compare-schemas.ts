/**
 * Our wsdl/ against the real 2023 Platform WSDL: every complex type the two share in the api
 * namespace, and every operation wrapper of the real WSDL against ours (ours are in the
 * partner namespace and end with the `accountId` override, which is expected and skipped).
 */
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import { qnameKey, type ComplexTypeDef, type SchemaModel } from '../../generator/model/ir.ts';
import { compareTypes } from './compare-types.ts';
import { compareDifferences, type Difference } from './differences.ts';

const API_NS = 'http://api.platform.boomi.com/';
const OVERRIDE = 'accountId';

export interface FidelityReport {
  differences: Difference[];
  counts: {
    oursTypes: number;
    realTypes: number;
    sharedTypes: number;
    sharedTypesAgreeing: number;
    oursObjects: number;
    realObjects: number;
    wrappersCompared: number;
    wrappersAgreeing: number;
  };
}

export async function compareWithReal(oursWsdl: string, realWsdl: string): Promise<FidelityReport> {
  const [ours, real] = await Promise.all([oursWsdl, realWsdl].map(async (w) => buildModel(await loadWsdl(w))));
  const oursTypes = namedTypes(ours!, API_NS);
  const realTypes = namedTypes(real!, API_NS);
  const differences: Difference[] = [];
  let sharedTypesAgreeing = 0;
  const shared = [...realTypes.keys()].filter((name) => oursTypes.has(name) && !isWrapper(real!, realTypes.get(name)!)).sort();
  for (const name of shared) {
    const found = compareTypes({ model: ours!, type: oursTypes.get(name)! }, { model: real!, type: realTypes.get(name)! }, name);
    if (found.filter((d) => d.kind !== 'order').length === 0) sharedTypesAgreeing++;
    differences.push(...found);
  }
  const wrappers = compareWrappers(ours!, real!);
  differences.push(...wrappers.differences);
  return {
    differences: differences.sort(compareDifferences),
    counts: {
      oursTypes: oursTypes.size,
      realTypes: realTypes.size,
      sharedTypes: shared.length,
      sharedTypesAgreeing,
      oursObjects: objectCount(ours!),
      realObjects: objectCount(real!),
      wrappersCompared: wrappers.compared,
      wrappersAgreeing: wrappers.agreeing,
    },
  };
}

function namedTypes(model: SchemaModel, namespace: string): Map<string, ComplexTypeDef> {
  return new Map([...model.types.values()].filter((t) => t.qname?.namespace === namespace).map((t) => [t.qname!.name, t]));
}

/** The real schema's wrapper types (`get`, `getResponse`, …) are compared as wrappers, not as types. */
function isWrapper(model: SchemaModel, type: ComplexTypeDef): boolean {
  return model.operations.some((op) => [op.input, op.output].some((q) => wrapperType(model, q)?.id === type.id));
}

function wrapperType(model: SchemaModel, element: { namespace: string; name: string }): ComplexTypeDef | undefined {
  const ref = model.elements.get(qnameKey(element))?.type;
  return ref?.kind === 'complex' ? model.types.get(ref.id) : undefined;
}

function objectCount(model: SchemaModel): number {
  const base = [...model.types.values()].find((t) => t.qname?.name === 'BaseType');
  return base?.derived.length ?? 0;
}

function compareWrappers(ours: SchemaModel, real: SchemaModel): { differences: Difference[]; compared: number; agreeing: number } {
  const differences: Difference[] = [];
  let compared = 0;
  let agreeing = 0;
  const ourOps = new Map(ours.operations.map((op) => [op.name, op]));
  for (const op of real.operations) {
    const mine = ourOps.get(op.name);
    if (!mine) {
      differences.push({ where: `wrapper ${op.name}`, kind: 'wrapper-only-in-real', ours: '—', real: op.name });
      continue;
    }
    for (const [o, r] of [[mine.input, op.input], [mine.output, op.output]] as const) {
      const a = wrapperType(ours, o)!;
      const b = wrapperType(real, r)!;
      const withoutOverride = { ...a, id: `${a.id}#without-override`, fields: a.fields.filter((f) => f.xmlName !== OVERRIDE || b.fields.some((g) => g.xmlName === OVERRIDE)) };
      const found = compareTypes({ model: ours, type: withoutOverride }, { model: real, type: b }, `wrapper ${r.name}`).filter((d) => d.kind !== 'base-type');
      compared++;
      if (found.length === 0) agreeing++;
      differences.push(...found);
    }
  }
  for (const op of ours.operations) {
    if (!real.operations.some((r) => r.name === op.name)) differences.push({ where: `wrapper ${op.name}`, kind: 'wrapper-only-in-ours', ours: op.name, real: '—' });
  }
  return { differences, compared, agreeing };
}
