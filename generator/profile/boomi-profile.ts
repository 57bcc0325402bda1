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
import type { ComplexTypeDef, ProfileAction, ProfileModel, ProfileObject, ProfileVerb, SchemaModel, SourceRef } from '../model/ir.ts';
import { portViews, wrapperTypeId, type OperationView, type PortView } from '../model/ports.ts';

export function applyBoomiProfile(model: SchemaModel, capabilities: Capabilities, source: string): void {
  const warn = (message: string) => model.diagnostics.push({ severity: 'warning', message, source: { file: source, path: '' } satisfies SourceRef });
  const port = profilePort(model);
  if (!port) {
    warn('the Boomi profile is not applied: the WSDL has no SOAP port');
    return;
  }
  const operations = new Map(port.operations.map((op) => [op.name, op]));
  const typeNamed = typeLookup(model, port.namespace);
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
    objects.push({ objectType, typeId: type.id, verbs, ...(facts.query && verbs.some((v) => v.verb === 'query' || v.verb === 'asyncQuery') ? { query: facts.query } : {}) });
  }
  const actions: ProfileAction[] = port.operations
    .filter((op) => !used.has(op.name) && !OBJECT_OPERATIONS.has(op.name))
    .filter((op) => {
      // An action is a method taking its request wrapper: other shapes stay the port client's.
      const wrapped = wrapperTypeId(op.input) !== undefined && wrapperTypeId(op.output) !== undefined;
      if (!wrapped) warn(`operation ${op.name} is not a Partner action (its messages are not one wrapper element each way): it is on the port client only`);
      return wrapped;
    })
    .map((op) => {
      const facts = capabilities.actions[op.name];
      return { operation: op.name, override: (facts?.accountOverride ?? true) && hasOverrideField(model, op), ...(facts ? { facts } : {}) };
    });
  // Actions come from the port's operations, so one the facts name but the WSDL lacks (the
  // Partner-only cancelExecution in a Platform WSDL) would otherwise be missing without a word.
  for (const [name, facts] of Object.entries(capabilities.actions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (facts.soapOperation && !operations.has(facts.soapOperation)) warn(`action ${name} left out: the WSDL has no ${facts.soapOperation} operation`);
  }
  model.profile = { port: port.key, objects, actions } satisfies ProfileModel;
}

/** The port the profile's objects call: the SOAP 1.1 port (else any) whose operations are most of the verbs' ones. */
function profilePort(model: SchemaModel): PortView | undefined {
  const score = (p: PortView) => p.operations.filter((op) => OBJECT_OPERATIONS.has(op.name)).length * 2 + (p.operations[0]?.soapVersion === '1.1' ? 1 : 0);
  return [...portViews(model)].sort((a, b) => score(b) - score(a))[0];
}

/** Operations that only serve object verbs: never actions of their own. */
const OBJECT_OPERATIONS = new Set<string>(Object.values(VERBS).flatMap((v) => v.soapOperations));

function profileVerbs(model: SchemaModel, objectType: string, facts: ObjectFacts, type: ComplexTypeDef, operations: Map<string, OperationView>, typeNamed: (name: string) => ComplexTypeDef | undefined, warn: (m: string) => void): ProfileVerb[] {
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
    const unwrapped = needed.filter((op) => wrapperTypeId(operations.get(op)!.input) === undefined || wrapperTypeId(operations.get(op)!.output) === undefined);
    if (unwrapped.length > 0) {
      warn(`${objectType}.${verb} left out: the WSDL's ${unwrapped.join(', ')} operation is not one wrapper element each way`);
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
function hasOverrideField(model: SchemaModel, op: OperationView): boolean {
  const wrapper = wrapperTypeId(op.input);
  for (let t = wrapper === undefined ? undefined : model.types.get(wrapper); t; t = t.base ? model.types.get(t.base) : undefined) {
    if (t.fields.some((f) => f.xmlName === 'accountId' && f.kind === 'element')) return true;
  }
  return false;
}

/** Named types by local name: outside the service's own (wrapper) namespace when a name is in both. */
function typeLookup(model: SchemaModel, serviceNamespace: string): (name: string) => ComplexTypeDef | undefined {
  const byName = new Map<string, ComplexTypeDef>();
  for (const t of model.types.values()) {
    if (!t.qname) continue;
    const previous = byName.get(t.qname.name);
    if (!previous || (previous.qname!.namespace === serviceNamespace && t.qname.namespace !== serviceNamespace)) byName.set(t.qname.name, t);
  }
  return (name) => byName.get(name);
}
