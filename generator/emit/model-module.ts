/**
 * One model module: the interfaces, enumerations and metadata of the types assigned to it, as
 * layout.ts declarations (no code is built by joining strings: literals go through the
 * layout's quoting, everything else through its builders).
 */
import type { ComplexTypeDef, EnumDef, FieldDef, SchemaModel } from '../model/ir.ts';
import { fieldDoc, typeDoc } from './docs.ts';
import { fieldTypeText, isPolymorphic, type Reference } from './type-text.ts';
import { array, arrow, code, constDeclaration, interfaceDeclaration, jsDoc, object, str, typeAliasDeclaration, type Code, type PropertySignature } from './layout.ts';
import type { Imports } from './imports.ts';
import type { LaidOut } from './print-module.ts';

export interface ModuleContext {
  model: SchemaModel;
  /** Type or enum id → module name. */
  modules: Map<string, string>;
  namespaceNames: Map<string, string>;
  /** Extra TSDoc lines per type id (capability facts). */
  typeNotes: Map<string, string[]>;
}

/** The module's statements; the names they use from other modules are noted in `imports`. */
export function moduleStatements(ctx: ModuleContext, moduleName: string, imports: Imports): LaidOut[] {
  const statements: LaidOut[] = [];
  const own = (id: string) => ctx.modules.get(id) === moduleName;
  const enums = [...ctx.model.enums.values()].filter((e) => own(e.id)).sort(byTsName);
  const types = [...ctx.model.types.values()].filter((t) => own(t.id)).sort(byTsName);
  const use = (kind: 'type' | 'value') => (r: Reference) => {
    const module = moduleOf(ctx, r.id);
    if (module !== moduleName) imports[kind](module, r.name);
  };
  const useType = use('type');
  const useValue = use('value');
  for (const e of enums) statements.push(...enumStatements(e));
  for (const t of types) statements.push(...typeStatements(ctx, t, useType, useValue));
  return statements;
}

function moduleOf(ctx: ModuleContext, id: string): string {
  return id.startsWith('#') ? id : ctx.modules.get(id)!;
}

function enumStatements(e: EnumDef): LaidOut[] {
  const values = array(e.values.map(str));
  return [
    { layout: [jsDoc(`The values of {@link ${e.tsName}}.`), constDeclaration(`${e.tsName}Values`, code([values.doc, ' as const']))] },
    { layout: [jsDoc(typeDoc(e)), typeAliasDeclaration(e.tsName, code(`(typeof ${e.tsName}Values)[number]`))] },
  ];
}

function typeStatements(ctx: ModuleContext, t: ComplexTypeDef, useType: (r: Reference) => void, useValue: (r: Reference) => void): LaidOut[] {
  const { model } = ctx;
  const base = t.base ? model.types.get(t.base)! : undefined;
  const properties = t.fields.map((f) => propertySignature(model, f, useType));
  if (t.openContent) {
    useType({ id: '#runtime/opaque-xml', name: 'OpaqueXml' });
    properties.push({ name: '$any', optional: true, type: code('OpaqueXml[]'), docs: 'Content the schema leaves open (xs:any, mixed, anyAttribute), kept as it arrived.' });
  }
  const doc = typeDoc(t, ctx.typeNotes.get(t.id));
  const statements: LaidOut[] = [];
  if (base) useType({ id: base.id, name: `${base.tsName}Fields` });
  if (t.tagged) {
    const fieldsDoc = `The fields of {@link ${t.abstract ? `Any${t.tsName}` : t.tsName}}, for the types that extend it.`;
    statements.push({ block: true, layout: interfaceDeclaration(`${t.tsName}Fields`, base ? `${base.tsName}Fields` : undefined, properties, fieldsDoc) });
    if (!t.abstract) {
      const tag: PropertySignature = { name: '$type', readonly: true, type: str(t.qname?.name ?? t.tsName), docs: 'The XSD type name, sent and read as `xsi:type`.' };
      statements.push({ block: true, layout: interfaceDeclaration(t.tsName, `${t.tsName}Fields`, [tag], doc) });
    }
  } else {
    statements.push({ block: true, layout: interfaceDeclaration(t.tsName, undefined, properties, doc) });
  }
  if (isPolymorphic(t)) statements.push(unionAlias(model, t, useType));
  statements.push(metaStatement(ctx, t, useType, useValue));
  return statements;
}

function propertySignature(model: SchemaModel, f: FieldDef, useType: (r: Reference) => void): PropertySignature {
  const docs = fieldDoc(f);
  return { name: f.tsName, optional: f.optional, type: code(fieldTypeText(model, f, useType)), ...(docs ? { docs } : {}) };
}

function unionAlias(model: SchemaModel, t: ComplexTypeDef, useType: (r: Reference) => void): LaidOut {
  const members = [t, ...t.derived.map((id) => model.types.get(id)!)].filter((m) => !m.abstract);
  for (const m of members) useType({ id: m.id, name: m.tsName });
  const type = members.length > 0 ? members.map((m) => code(m.tsName)) : [code('never')];
  return { layout: [jsDoc(`{@link ${t.tsName}} or any type derived from it, told apart by \`$type\`.`), typeAliasDeclaration(`Any${t.tsName}`, type)] };
}

function metaStatement(ctx: ModuleContext, t: ComplexTypeDef, useType: (r: Reference) => void, useValue: (r: Reference) => void): LaidOut {
  const { model } = ctx;
  useType({ id: '#runtime/metadata', name: 'XmlTypeInfo' });
  const entries: [string, Code][] = [
    ['name', str(t.qname?.name ?? t.tsName)],
    ['namespace', code(namespaceRef(ctx, t.qname?.namespace ?? '', useValue))],
    ['tsName', str(t.tsName)],
  ];
  if (t.base) {
    const base = model.types.get(t.base)!;
    useValue({ id: base.id, name: `${base.tsName}Meta` });
    entries.push(['base', arrow('', code(`${base.tsName}Meta`))]);
  }
  if (t.abstract) entries.push(['abstract', code('true')]);
  if (t.tagged) entries.push(['tagged', code('true')]);
  if (t.openContent) entries.push(['open', code('true')]);
  const fields = t.fields.map((f) => array([str(f.xmlName), code(namespaceRef(ctx, f.namespace, useValue)), str(f.tsName), fieldTypeMeta(model, f, useValue), code(flagsText(f, useValue))]));
  entries.push(['fields', array(fields)]);
  if (t.derived.length > 0) {
    const derived = t.derived.map((id) => model.types.get(id)!);
    for (const d of derived) useValue({ id: d.id, name: `${d.tsName}Meta` });
    entries.push(['derived', arrow('', array(derived.map((d) => code(`${d.tsName}Meta`))))]);
  }
  const docs = jsDoc(`Serialisation metadata of {@link ${t.abstract ? `Any${t.tsName}` : t.tsName}}.`);
  return { layout: [docs, constDeclaration(`${t.tsName}Meta: XmlTypeInfo`, object(entries, { expanded: true }))] };
}

function fieldTypeMeta(model: SchemaModel, f: FieldDef, useValue: (r: Reference) => void): Code {
  switch (f.type.kind) {
    case 'builtin':
      return str(f.type.name);
    case 'opaque':
      return str('xml');
    case 'enum': {
      const e = model.enums.get(f.type.id)!;
      useValue({ id: e.id, name: `${e.tsName}Values` });
      return code(`${e.tsName}Values`);
    }
    case 'complex': {
      const t = model.types.get(f.type.id)!;
      useValue({ id: t.id, name: `${t.tsName}Meta` });
      return arrow('', code(`${t.tsName}Meta`));
    }
  }
}

const FLAG_NAMES: [keyof FieldDef | 'attribute' | 'text', string][] = [
  ['optional', 'OPTIONAL'],
  ['array', 'ARRAY'],
  ['nillable', 'NILLABLE'],
  ['attribute', 'ATTRIBUTE'],
  ['text', 'TEXT'],
];

function flagsText(f: FieldDef, useValue: (r: Reference) => void): string {
  const set = FLAG_NAMES.filter(([key]) => (key === 'attribute' || key === 'text' ? f.kind === key : f[key as keyof FieldDef] === true)).map(([, name]) => name);
  for (const name of set) useValue({ id: '#runtime/metadata', name });
  return set.length > 0 ? set.join(' | ') : '0';
}

function namespaceRef(ctx: ModuleContext, uri: string, useValue: (r: Reference) => void): string {
  const name = ctx.namespaceNames.get(uri)!;
  useValue({ id: '#namespaces', name });
  return name;
}

function byTsName(a: { tsName: string }, b: { tsName: string }): number {
  return a.tsName < b.tsName ? -1 : a.tsName > b.tsName ? 1 : 0;
}
