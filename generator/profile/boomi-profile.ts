/**
 * The Boomi Partner profile: the capability facts laid over the model of whatever Boomi WSDL was
 * read (the snapshot, a newer or older live one). Each API object is matched to its model type,
 * each verb to the SOAP operations it needs; what the WSDL lacks is left out with a warning
 * naming it, so the output never refers to something the WSDL does not have. The account
 * override is kept only where Boomi accepts it and the request wrapper has the field it travels
 * in. The WSDL's other operations become the client's actions.
 */
import type { Capabilities, ObjectFacts, Verb } from '../../templates/runtime/boomi/capabilities.ts';
import { VERBS, type VerbInfo } from '../../templates/runtime/boomi/capabilities.ts';
import { qnameKey, type ComplexTypeDef, type OperationDef, type ProfileAction, type ProfileModel, type ProfileObject, type ProfileVerb, type SchemaModel, type SourceRef } from '../model/ir.ts';

export function applyBoomiProfile(model: SchemaModel, capabilities: Capabilities, source: string): void {
  const operations = new Map(model.operations.map((op) => [op.name, op]));
  const typeNamed = typeLookup(model);
  const warn = (message: string) => model.diagnostics.push({ severity: 'warning', message, source: { file: source, path: '' } satisfies SourceRef });
  const objects: ProfileObject[] = [];
  const used = new Set<string>();
  for (const [objectType, facts] of Object.entries(capabilities.objects).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const type = typeNamed(facts.modelType);
    if (!type) {
      warn(`object ${objectType} left out: the WSDL has no type ${facts.modelType}`);
      continue;
    }
    const verbs = profileVerbs(model, objectType, facts, type, operations, typeNamed, warn);
    if (verbs.length === 0) {
      warn(`object ${objectType} left out: the WSDL has none of the operations its verbs need`);
      continue;
    }
    for (const v of verbs) for (const op of v.operations) used.add(op);
    objects.push({ objectType, typeId: type.id, verbs, ...(facts.query && verbs.some((v) => v.verb === 'query' || v.verb === 'asyncQuery') ? { query: facts.query } : {}), ...(facts.partnerOnly ? { partnerOnly: true as const } : {}) });
  }
  const actions: ProfileAction[] = model.operations
    .filter((op) => !used.has(op.name) && !OBJECT_OPERATIONS.has(op.name))
    .map((op) => {
      const facts = capabilities.actions[op.name];
      return { operation: op.name, override: (facts?.accountOverride ?? true) && hasOverrideField(model, op), ...(facts ? { facts } : {}) };
    });
  model.profile = { objects, actions } satisfies ProfileModel;
}

/** Operations that only serve object verbs: never actions of their own. */
const OBJECT_OPERATIONS = new Set<string>(Object.values(VERBS).flatMap((v) => v.soapOperations));

function profileVerbs(model: SchemaModel, objectType: string, facts: ObjectFacts, type: ComplexTypeDef, operations: Map<string, OperationDef>, typeNamed: (name: string) => ComplexTypeDef | undefined, warn: (m: string) => void): ProfileVerb[] {
  const verbs: ProfileVerb[] = [];
  for (const verb of Object.keys(VERBS) as Verb[]) {
    const v = facts.verbs[verb];
    if (!v) continue;
    const needed = [v.soapOperation, ...VERBS[verb].soapOperations.slice(1)];
    const missing = needed.filter((op) => !operations.has(op));
    if (missing.length > 0) {
      warn(`${objectType}.${verb} left out: the WSDL has no ${missing.join(', ')} operation`);
      continue;
    }
    const requestType = v.requestType ? typeNamed(v.requestType) : type;
    const resultType = v.resultType ? typeNamed(v.resultType) : type;
    const info: VerbInfo = VERBS[verb];
    const payloadName = info.payloadType;
    const payloadType = payloadName ? typeNamed(payloadName) : undefined;
    const lacking = !requestType ? v.requestType : !resultType ? v.resultType : payloadName && !payloadType ? payloadName : undefined;
    if (!requestType || !resultType || lacking) {
      warn(`${objectType}.${verb} left out: the WSDL has no type ${lacking}`);
      continue;
    }
    const override = v.accountOverride && needed.every((op) => hasOverrideField(model, operations.get(op)!));
    verbs.push({ verb, operations: needed, requestTypeId: requestType.id, resultTypeId: resultType.id, payloadTypeIds: payloadType ? [payloadType.id] : [], ...(v.limit ? { limit: v.limit } : {}), override, facts: v });
  }
  return verbs;
}

/** Whether the operation's request wrapper has the `accountId` field the override travels in. */
function hasOverrideField(model: SchemaModel, op: OperationDef): boolean {
  const element = model.elements.get(qnameKey(op.input));
  if (element?.type.kind !== 'complex') return false;
  for (let t = model.types.get(element.type.id); t; t = t.base ? model.types.get(t.base) : undefined) {
    if (t.fields.some((f) => f.xmlName === 'accountId' && f.kind === 'element')) return true;
  }
  return false;
}

/** Named types by local name: outside the service's own (wrapper) namespace when a name is in both. */
function typeLookup(model: SchemaModel): (name: string) => ComplexTypeDef | undefined {
  const byName = new Map<string, ComplexTypeDef>();
  for (const t of model.types.values()) {
    if (!t.qname) continue;
    const previous = byName.get(t.qname.name);
    if (!previous || (previous.qname!.namespace === model.service?.targetNamespace && t.qname.namespace !== model.service?.targetNamespace)) byName.set(t.qname.name, t);
  }
  return (name) => byName.get(name);
}
