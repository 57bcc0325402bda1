/**
 * One model module: the interfaces, enumerations and serialisation metadata of the types assigned
 * to it. Metadata refers to other types, enumerations' values and bases only through thunks, and
 * to namespaces through the module's own constants: nothing is read from another module while
 * the module loads.
 */
import { StructureKind, type InterfaceDeclarationStructure, type PropertySignatureStructure, type TypeAliasDeclarationStructure } from 'ts-morph';
import type { ComplexTypeDef, EnumDef, FieldDef } from '../model/ir.ts';
import { arrayLiteral, constStatement, docs, objectLiteral, propertyName, str, suffixed, thunk, type Expr, type Statement } from './code.ts';
import { fieldDoc, typeDoc } from './docs.ts';
import type { Imports } from './imports.ts';
import { namespaceConstants } from './namespace-constants.ts';
import { fieldTypeText, OPAQUE_XML, valueTypeName, type EmitContext, type Use } from './type-text.ts';

export const METADATA_MODULE = 'runtime/core/metadata';

export interface ModelModuleContext extends EmitContext {
  /** Extra TSDoc lines per type id (the profile's facts). */
  typeNotes: Map<string, string[]>;
}

/** The types and enumerations a model module declares. */
export interface ModuleMembers {
  types: ComplexTypeDef[];
  enums: EnumDef[];
}

/** Each model module's members, grouped in one pass over the model. */
export function membersByModule(ctx: EmitContext): Map<string, ModuleMembers> {
  const members = new Map<string, ModuleMembers>();
  const of = (id: string) => {
    const module = ctx.modules.get(id)!;
    let m = members.get(module);
    if (!m) members.set(module, (m = { types: [], enums: [] }));
    return m;
  };
  for (const e of ctx.model.enums.values()) of(e.id).enums.push(e);
  for (const t of ctx.model.types.values()) of(t.id).types.push(t);
  return members;
}

/** The module's statements; the names they use from other modules are noted in `imports`. */
export function modelModuleStatements(ctx: ModelModuleContext, module: string, members: ModuleMembers, imports: Imports): Statement[] {
  const enums = [...members.enums].sort(byTsName);
  const types = [...members.types].sort(byTsName);
  const use = (kind: 'type' | 'value'): Use => (r) => {
    if (r.module !== module) imports[kind](r.module, r.name);
  };
  const namespaces = namespaceConstants(types.flatMap((t) => [t.qname?.namespace ?? '', ...t.fields.map((f) => f.namespace)]));
  const statements: Statement[] = [...namespaces.statements];
  for (const e of enums) statements.push(...enumStatements(ctx, e));
  for (const t of types) statements.push(...typeStatements(ctx, t, namespaces.ref, use('type'), use('value')));
  return statements;
}

function enumStatements(ctx: ModelModuleContext, e: EnumDef): Statement[] {
  const names = ctx.names.enums.get(e.id)!;
  const alias: TypeAliasDeclarationStructure = { kind: StructureKind.TypeAlias, isExported: true, name: names.type, type: `(typeof ${names.values})[number]`, docs: docs(typeDoc(e)) };
  const values = e.values.map(str);
  return [constStatement({ name: names.values, initializer: suffixed(arrayLiteral(values), ' as const'), declaredAs: `readonly [${values.join(', ')}]`, docs: `The values of {@link ${names.type}}.` }), alias];
}

function typeStatements(ctx: ModelModuleContext, t: ComplexTypeDef, ns: (uri: string) => Expr, useType: Use, useValue: Use): Statement[] {
  const { model } = ctx;
  const names = ctx.names.types.get(t.id)!;
  const base = t.base ? model.types.get(t.base)! : undefined;
  const properties: PropertySignatureStructure[] = t.fields.map((f) => propertySignature(ctx, f, useType));
  if (t.openContent) {
    useType(OPAQUE_XML);
    properties.push({ kind: StructureKind.PropertySignature, name: '$any', hasQuestionToken: true, type: 'OpaqueXml[]', docs: docs('Content the schema leaves open (xs:any, mixed, anyAttribute), kept as it arrived.') });
  }
  const doc = typeDoc(t, ctx.typeNotes.get(t.id));
  const statements: Statement[] = [];
  if (t.encodedArrayItem) {
    statements.push({ kind: StructureKind.TypeAlias, isExported: true, name: names.value, type: valueTypeName(ctx, { kind: 'complex', id: t.id }, useType), docs: docs(`${doc}\n\nA SOAP-encoded array (soapenc:Array): a value is the array of its items.`) });
    useType({ module: METADATA_MODULE, name: 'XmlTypeInfo' });
    statements.push(metaStatement(ctx, t, ns, useValue));
    return statements;
  }
  const baseFields = base ? ctx.names.types.get(base.id)!.fields! : undefined;
  if (base) useType({ module: ctx.modules.get(base.id)!, name: baseFields! });
  if (t.tagged) {
    statements.push(interfaceDeclaration(names.fields!, baseFields, properties, `The fields of {@link ${names.union && t.abstract ? names.union : names.value}}, for the types that extend it.`));
    if (!t.abstract) {
      const tag: PropertySignatureStructure = { kind: StructureKind.PropertySignature, name: '$type', isReadonly: true, type: str(t.qname?.name ?? names.value), docs: docs('The XSD type name, sent and read as `xsi:type`.') };
      statements.push(interfaceDeclaration(names.value, names.fields, [tag], doc));
    }
  } else {
    statements.push(interfaceDeclaration(names.value, undefined, properties, doc));
  }
  if (names.union) statements.push(unionAlias(ctx, t, useType));
  useType({ module: METADATA_MODULE, name: 'XmlTypeInfo' });
  statements.push(metaStatement(ctx, t, ns, useValue));
  return statements;
}

function interfaceDeclaration(name: string, base: string | undefined, properties: PropertySignatureStructure[], doc: string): InterfaceDeclarationStructure {
  return { kind: StructureKind.Interface, isExported: true, name, extends: base ? [base] : [], properties, docs: docs(doc) };
}

function propertySignature(ctx: ModelModuleContext, f: FieldDef, useType: Use): PropertySignatureStructure {
  return { kind: StructureKind.PropertySignature, name: propertyName(f.tsName), hasQuestionToken: f.optional, type: fieldTypeText(ctx, f, useType), docs: docs(fieldDoc(f)) };
}

function unionAlias(ctx: ModelModuleContext, t: ComplexTypeDef, useType: Use): TypeAliasDeclarationStructure {
  const names = ctx.names.types.get(t.id)!;
  const members = [t, ...t.derived.map((id) => ctx.model.types.get(id)!)].filter((m) => !m.abstract);
  const memberNames = members.map((m) => {
    const name = ctx.names.types.get(m.id)!.value;
    useType({ module: ctx.modules.get(m.id)!, name });
    return name;
  });
  return { kind: StructureKind.TypeAlias, isExported: true, name: names.union!, type: memberNames.length > 0 ? memberNames.join(' | ') : 'never', docs: docs(`{@link ${names.value}} or any type derived from it, told apart by \`$type\`.`) };
}

function metaStatement(ctx: ModelModuleContext, t: ComplexTypeDef, ns: (uri: string) => Expr, useValue: Use): Statement {
  const { model } = ctx;
  const names = ctx.names.types.get(t.id)!;
  const entries: [string, Expr][] = [
    ['name', str(t.qname?.name ?? names.value)],
    ['namespace', ns(t.qname?.namespace ?? '')],
    ['tsName', str(names.value)],
  ];
  if (t.base) entries.push(['base', thunk(metaRef(ctx, t.base, useValue))]);
  if (t.abstract) entries.push(['abstract', 'true']);
  if (t.tagged) entries.push(['tagged', 'true']);
  if (t.derived.length > 0) entries.push(['extended', 'true']);
  if (t.encodedArrayItem) entries.push(['encodedArray', 'true']);
  const fields = t.fields.map((f) => arrayLiteral([str(f.xmlName), ns(f.namespace), str(f.tsName), fieldTypeMeta(ctx, f, useValue), str(fieldFlags(f))]));
  entries.push(['fields', arrayLiteral(fields, { multiline: fields.length > 0 })]);
  return constStatement({ name: names.meta, type: 'XmlTypeInfo', initializer: objectLiteral(entries, { multiline: true }), docs: `Serialisation metadata of {@link ${names.union && t.abstract ? names.union : names.value}}.` });
}

/** A reference to a complex type's metadata, imported where it is declared elsewhere. */
export function metaRef(ctx: EmitContext, id: string, useValue: Use): string {
  const name = ctx.names.types.get(id)!.meta;
  useValue({ module: ctx.modules.get(id)!, name });
  return name;
}

export function fieldTypeMeta(ctx: EmitContext, f: Pick<FieldDef, 'type'>, useValue: Use): Expr {
  switch (f.type.kind) {
    case 'builtin':
      return str(f.type.name);
    case 'opaque':
      return str('xml');
    case 'enum': {
      const name = ctx.names.enums.get(f.type.id)!.values;
      useValue({ module: ctx.modules.get(f.type.id)!, name });
      return thunk(name);
    }
    case 'complex':
      return thunk(metaRef(ctx, f.type.id, useValue));
  }
}

/** The field's flags as the runtime reads them (metadata.ts): `?` optional, `*` repeated, `~` nillable, `@` attribute, `=` text. */
export function fieldFlags(f: Pick<FieldDef, 'optional' | 'array' | 'nillable' | 'kind'>): string {
  return `${f.optional ? '?' : ''}${f.array ? '*' : ''}${f.nillable ? '~' : ''}${f.kind === 'attribute' ? '@' : f.kind === 'text' ? '=' : ''}`;
}

function byTsName(a: { tsName: string }, b: { tsName: string }): number {
  return a.tsName < b.tsName ? -1 : a.tsName > b.tsName ? 1 : 0;
}
