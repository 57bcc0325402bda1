/**
 * Our wsdl/ against the real 2023 Platform WSDL: every complex type of the real schema in the api
 * namespace against ours of that name, and every operation wrapper the real schema declares
 * against ours, its namespace and its children's included (ours end with the `accountId`
 * override, which the Platform's lack: that alone is skipped).
 */
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import { qnameKey, type ComplexTypeDef, type SchemaModel } from '../../generator/model/ir.ts';
import { wrapperOperations } from '../reconstruct/platform-schema.ts';
import { compareTypes } from './compare-types.ts';
import { compareDifferences, isAddition, type Difference } from './differences.ts';

const API_NS = 'http://api.platform.boomi.com/';
const OVERRIDE = 'accountId';

export interface FidelityReport {
  differences: Difference[];
  counts: {
    /** Complex types of the 2023 schema, its operation wrappers apart. */
    realTypes: number;
    /** Of those, the ones ours has. */
    present: number;
    /** Present, with every field the 2023 schema gives them as it gives it (names, types, bases, occurrence, qualification). */
    agreeing: number;
    /** Present, with no difference at all: nothing added since 2023 either. */
    identical: number;
    oursTypes: number;
    oursObjects: number;
    realObjects: number;
    wrappersCompared: number;
    wrappersAgreeing: number;
    /** Agreeing but for the namespace: the Partner wrappers in the partner namespace. */
    wrappersAgreeingButNamespace: number;
  };
  /** The operations of the real WSDL's port type. */
  realOperations: string[];
}

export async function compareWithReal(oursWsdl: string, realWsdl: string): Promise<FidelityReport> {
  const [ours, real] = await Promise.all([oursWsdl, realWsdl].map(async (w) => buildModel(await loadWsdl(w))));
  const wrappers = new Set(wrapperNames(real!).flatMap((op) => [op, `${op}Response`]));
  const oursTypes = namedTypes(ours!);
  const realTypes = new Map([...namedTypes(real!)].filter(([name]) => !wrappers.has(name)));
  const differences: Difference[] = [];
  let agreeing = 0;
  let identical = 0;
  for (const name of [...realTypes.keys()].sort()) {
    const mine = oursTypes.get(name);
    if (!mine) {
      differences.push({ where: name, kind: 'type-only-in-real', ours: '—', real: name });
      continue;
    }
    const found = compareTypes({ model: ours!, type: mine }, { model: real!, type: realTypes.get(name)! }, name);
    if (found.every(isAddition)) agreeing++;
    if (found.length === 0) identical++;
    differences.push(...found);
  }
  const wrapperReport = compareWrappers(ours!, real!);
  differences.push(...wrapperReport.differences);
  return {
    differences: differences.sort(compareDifferences),
    counts: {
      realTypes: realTypes.size,
      present: [...realTypes.keys()].filter((name) => oursTypes.has(name)).length,
      agreeing,
      identical,
      oursTypes: oursTypes.size,
      oursObjects: objectCount(ours!),
      realObjects: objectCount(real!),
      wrappersCompared: wrapperReport.compared,
      wrappersAgreeing: wrapperReport.agreeing,
      wrappersAgreeingButNamespace: wrapperReport.agreeingButNamespace,
    },
    realOperations: real!.operations.map((op) => op.name),
  };
}

function namedTypes(model: SchemaModel): Map<string, ComplexTypeDef> {
  return new Map([...model.types.values()].filter((t) => t.qname?.namespace === API_NS).map((t) => [t.qname!.name, t]));
}

/** The operations whose wrappers the real schema declares (more than its port type uses). */
function wrapperNames(model: SchemaModel): string[] {
  const elements = [...model.elements.values()].filter((e) => e.qname.namespace === API_NS);
  return wrapperOperations(elements.map((e) => ({ name: e.qname.name, typeName: e.type.kind === 'complex' ? model.types.get(e.type.id)?.qname?.name : undefined })));
}

function wrapperType(model: SchemaModel, element: { namespace: string; name: string }): ComplexTypeDef | undefined {
  const ref = model.elements.get(qnameKey(element))?.type;
  return ref?.kind === 'complex' ? model.types.get(ref.id) : undefined;
}

function objectCount(model: SchemaModel): number {
  const base = [...model.types.values()].find((t) => t.qname?.name === 'BaseType');
  return base?.derived.length ?? 0;
}

function compareWrappers(ours: SchemaModel, real: SchemaModel): { differences: Difference[]; compared: number; agreeing: number; agreeingButNamespace: number } {
  const differences: Difference[] = [];
  let compared = 0;
  let agreeing = 0;
  let agreeingButNamespace = 0;
  const ourOps = new Map(ours.operations.map((op) => [op.name, op]));
  const realOps = wrapperNames(real);
  for (const name of realOps) {
    const mine = ourOps.get(name);
    if (!mine) {
      differences.push({ where: `wrapper ${name}`, kind: 'wrapper-only-in-real', ours: '—', real: name });
      continue;
    }
    for (const [element, realName] of [[mine.input, name], [mine.output, `${name}Response`]] as const) {
      const a = wrapperType(ours, element)!;
      const b = wrapperType(real, { namespace: API_NS, name: realName })!;
      const withoutOverride = { ...a, id: `${a.id}#without-override`, fields: a.fields.filter((f) => f.xmlName !== OVERRIDE || b.fields.some((g) => g.xmlName === OVERRIDE)) };
      const where = `wrapper ${realName}`;
      const found = compareTypes({ model: ours, type: withoutOverride }, { model: real, type: b }, where).filter((d) => d.kind !== 'base-type');
      if (element.namespace !== API_NS) found.unshift({ where, kind: 'wrapper-namespace', ours: element.namespace, real: API_NS });
      compared++;
      if (found.length === 0) agreeing++;
      if (found.every((d) => d.kind === 'wrapper-namespace' || d.kind === 'namespace')) agreeingButNamespace++;
      differences.push(...found);
    }
  }
  for (const op of ours.operations) {
    if (!realOps.includes(op.name)) differences.push({ where: `wrapper ${op.name}`, kind: 'wrapper-only-in-ours', ours: op.name, real: '—' });
  }
  return { differences, compared, agreeing, agreeingButNamespace };
}
