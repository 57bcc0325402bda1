/**
 * Every name the generated SDK exports, decided in one place: schema types and their companions
 * (`AccountMeta`, `AccountFields`, `AnyAccount`, `AccountStatusValues`), the port clients, and the
 * Boomi profile's object accessors, their types and filter builders, and the aggregate client.
 * The emitters read these names; none derives one. Names the runtime exports and JavaScript's
 * globals are reserved; the SDK's own names are taken before schema types, and a schema type that
 * would take a taken name gets a number — in a fixed order (named complex types, enumerations,
 * anonymous types, each by id), so the result does not depend on input order.
 */
import { camelCase, kebabCase, pascalCase } from '../naming.ts';
import type { ComplexTypeDef, EnumDef, NameTable, ObjectNames, PortNames, SchemaModel } from '../ir.ts';
import { portViews, type PortView } from '../ports.ts';
import type { PassOptions } from '../passes.ts';

/** Global names of JavaScript that a declaration must not shadow. */
const GLOBAL_NAMES = ['Object', 'Array', 'String', 'Number', 'Boolean', 'Date', 'Promise', 'Record', 'Map', 'Set', 'Error', 'Symbol', 'BigInt', 'Partial', 'Pick', 'Omit', 'Readonly'];

/** Names generated modules use locally for what they import. */
export const LOCAL_NAMES = { operations: 'operations' } as const;

export function declareNames(model: SchemaModel, options: PassOptions): void {
  const taken = new Set<string>([...GLOBAL_NAMES, ...options.reservedNames, ...Object.values(LOCAL_NAMES)]);
  const claim = (wanted: string): string => {
    let name = wanted;
    for (let n = 2; taken.has(name); n++) name = `${wanted}${n}`;
    taken.add(name);
    return name;
  };
  const names: NameTable = { types: new Map(), enums: new Map(), objects: new Map(), ports: new Map(), actions: new Map() };
  if (model.profile) {
    names.client = { className: claim('PartnerApiClient'), subAccountClient: claim('PartnerApiSubAccountClient') };
    for (const object of model.profile.objects) names.objects.set(object.objectType, objectNames(object.objectType, object.query !== undefined, claim));
    for (const action of model.profile.actions) names.actions.set(action.operation, claim(camelCase(action.operation)));
  }
  declarePorts(model, names, claim);
  const items = [...model.types.values(), ...model.enums.values()].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const item of items) {
    const base = item.tsName;
    let name = base;
    for (let n = 2; companionNames(item, name).some((c) => taken.has(c)); n++) name = `${base}${n}`;
    item.tsName = name;
    for (const c of companionNames(item, name)) taken.add(c);
    if ('values' in item) names.enums.set(item.id, { type: name, values: `${name}Values` });
    else names.types.set(item.id, typeNames(item, name));
  }
  model.names = names;
}

function typeNames(type: ComplexTypeDef, name: string): import('../ir.ts').TypeNames {
  return {
    value: name,
    meta: `${name}Meta`,
    ...(type.tagged ? { fields: `${name}Fields` } : {}),
    ...(type.derived.length > 0 || type.abstract ? { union: `Any${name}` } : {}),
  };
}

/** Every name an item declares, given its TypeScript name. */
function companionNames(item: ComplexTypeDef | EnumDef, name: string): string[] {
  if ('values' in item) return [name, `${name}Values`];
  return Object.values(typeNames(item, name));
}

function objectNames(objectType: string, queryable: boolean, claim: (n: string) => string): ObjectNames {
  const type = pascalCase(objectType);
  const accessor = claim(camelCase(objectType));
  return {
    accessor,
    api: claim(`${type}Api`),
    subAccountApi: claim(`${type}SubAccountApi`),
    description: `${accessor}Description`,
    module: `objects/${kebabCase(type)}`,
    ...(queryable
      ? { filter: { builder: claim(`${type}FilterBuilder`), builderFields: claim(`${type}FilterFields`), info: `${accessor}FilterInfo`, operators: claim(`${type}Operators`), build: claim(`${accessor}Filter`) } }
      : {}),
  };
}

/**
 * One module per service (`services/<service>`), one client class per port. The operation
 * descriptions are the module's own (imported by path, not through the index): unique within it,
 * named after the port too where the service has several.
 */
function declarePorts(model: SchemaModel, names: NameTable, claim: (n: string) => string): void {
  const modules = new Set<string>();
  const byService = new Map<string, PortView[]>();
  for (const port of portViews(model)) byService.set(port.key.slice(0, port.key.lastIndexOf('/')), [...(byService.get(port.key.slice(0, port.key.lastIndexOf('/'))) ?? []), port]);
  for (const ports of byService.values()) {
    const stem = `services/${kebabCase(pascalCase(ports[0]!.service))}`;
    let module = stem;
    for (let n = 2; modules.has(module.toLowerCase()); n++) module = `${stem}-${n}`;
    modules.add(module.toLowerCase());
    const local = new Set<string>();
    const unique = (wanted: string) => {
      let name = wanted;
      for (let n = 2; local.has(name); n++) name = `${wanted}${n}`;
      local.add(name);
      return name;
    };
    for (const port of ports) {
      const prefix = ports.length > 1 ? camelCase(port.port) : '';
      const operations = new Map<string, string>();
      for (const op of port.operations) operations.set(op.name, unique(prefix ? `${prefix}${pascalCase(op.name)}Operation` : `${camelCase(op.name)}Operation`));
      const types = unique(prefix ? `${prefix}Types` : 'portTypes');
      names.ports.set(port.key, { className: claim(pascalCase(port.port)), module, operations, types } satisfies PortNames);
    }
  }
}

/** Named complex types first, then enumerations, then anonymous ones: global names are kept whenever possible. */
function rank(item: ComplexTypeDef | EnumDef): number {
  if (item.qname === undefined) return 2;
  return 'values' in item ? 1 : 0;
}
