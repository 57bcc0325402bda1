/**
 * One model module: the interfaces, enumerations and metadata of the types assigned to it,
 * as ts-morph statement structures (no code built by string concatenation: literals go
 * through JSON.stringify, everything else through structures and the code writer).
 */
import { CodeBlockWriter, StructureKind, VariableDeclarationKind, type StatementStructures, type PropertySignatureStructure } from 'ts-morph';
import type { ComplexTypeDef, EnumDef, FieldDef, SchemaModel } from '../model/ir.ts';
import { fieldDoc, typeDoc } from './docs.ts';
import { fieldTypeText, isPolymorphic, type Reference } from './type-text.ts';

export interface ModuleContext {
  model: SchemaModel;
  /** Type or enum id → module name. */
  modules: Map<string, string>;
  namespaceNames: Map<string, string>;
  /** Extra TSDoc lines per type id (capability facts). */
  typeNotes: Map<string, string[]>;
}

/** References this module makes, for its imports: module → names, split into types and values. */
export interface ModuleImports {
  types: Map<string, Set<string>>;
  values: Map<string, Set<string>>;
}

export function moduleStatements(ctx: ModuleContext, moduleName: string, imports: ModuleImports): StatementStructures[] {
  const statements: StatementStructures[] = [];
  const own = (id: string) => ctx.modules.get(id) === moduleName;
  const enums = [...ctx.model.enums.values()].filter((e) => own(e.id)).sort(byTsName);
  const types = [...ctx.model.types.values()].filter((t) => own(t.id)).sort(byTsName);
  const useType = (r: Reference) => note(imports.types, moduleOf(ctx, r.id), r.name, moduleName);
  const useValue = (r: Reference) => note(imports.values, moduleOf(ctx, r.id), r.name, moduleName);
  for (const e of enums) statements.push(...enumStatements(e));
  for (const t of types) statements.push(...typeStatements(ctx, t, useType, useValue));
  return statements;
}

function moduleOf(ctx: ModuleContext, id: string): string {
  return id.startsWith('#') ? id : ctx.modules.get(id)!;
}

function note(table: Map<string, Set<string>>, module: string, name: string, self: string): void {
  if (module === self) return;
  const names = table.get(module) ?? new Set<string>();
  names.add(name);
  table.set(module, names);
}

function enumStatements(e: EnumDef): StatementStructures[] {
  return [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`The values of {@link ${e.tsName}}.`],
      declarations: [{ name: `${e.tsName}Values`, initializer: `${JSON.stringify(e.values)} as const` }],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: e.tsName,
      docs: [typeDoc(e)],
      type: `(typeof ${e.tsName}Values)[number]`,
    },
  ];
}

function typeStatements(ctx: ModuleContext, t: ComplexTypeDef, useType: (r: Reference) => void, useValue: (r: Reference) => void): StatementStructures[] {
  const { model } = ctx;
  const base = t.base ? model.types.get(t.base)! : undefined;
  const properties = t.fields.map((f) => propertySignature(model, f, useType));
  if (t.openContent) {
    useType({ id: '#runtime/opaque-xml', name: 'OpaqueXml' });
    properties.push({ kind: StructureKind.PropertySignature, name: '$any', hasQuestionToken: true, type: 'OpaqueXml[]', docs: ['Content the schema leaves open (xs:any, mixed, anyAttribute), kept as it arrived.'] });
  }
  const doc = typeDoc(t, ctx.typeNotes.get(t.id));
  const statements: StatementStructures[] = [];
  if (base) useType({ id: base.id, name: `${base.tsName}Fields` });
  if (t.tagged) {
    statements.push({
      kind: StructureKind.Interface,
      isExported: true,
      name: `${t.tsName}Fields`,
      docs: [`The fields of {@link ${t.abstract ? `Any${t.tsName}` : t.tsName}}, for the types that extend it.`],
      extends: base ? [`${base.tsName}Fields`] : [],
      properties,
    });
    if (!t.abstract) {
      statements.push({
        kind: StructureKind.Interface,
        isExported: true,
        name: t.tsName,
        docs: [doc],
        extends: [`${t.tsName}Fields`],
        properties: [{ kind: StructureKind.PropertySignature, name: '$type', isReadonly: true, type: JSON.stringify(t.qname?.name ?? t.tsName), docs: ['The XSD type name, sent and read as `xsi:type`.'] }],
      });
    }
  } else {
    statements.push({ kind: StructureKind.Interface, isExported: true, name: t.tsName, docs: [doc], properties });
  }
  if (isPolymorphic(t)) statements.push(unionAlias(model, t, useType));
  statements.push(metaStatement(ctx, t, useType, useValue));
  return statements;
}

function propertySignature(model: SchemaModel, f: FieldDef, useType: (r: Reference) => void): PropertySignatureStructure {
  const docs = fieldDoc(f);
  return {
    kind: StructureKind.PropertySignature,
    name: propertyName(f.tsName),
    hasQuestionToken: f.optional,
    type: fieldTypeText(model, f, useType),
    ...(docs ? { docs: [docs] } : {}),
  };
}

function unionAlias(model: SchemaModel, t: ComplexTypeDef, useType: (r: Reference) => void): StatementStructures {
  const members = [t, ...t.derived.map((id) => model.types.get(id)!)].filter((m) => !m.abstract);
  for (const m of members) useType({ id: m.id, name: m.tsName });
  return {
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: `Any${t.tsName}`,
    docs: [`{@link ${t.tsName}} or any type derived from it, told apart by \`$type\`.`],
    type: members.length > 0 ? members.map((m) => m.tsName).join(' | ') : 'never',
  };
}

function metaStatement(ctx: ModuleContext, t: ComplexTypeDef, useType: (r: Reference) => void, useValue: (r: Reference) => void): StatementStructures {
  const { model } = ctx;
  useType({ id: '#runtime/metadata', name: 'XmlTypeInfo' });
  const writer = (w: CodeBlockWriter) => {
    w.inlineBlock(() => {
      w.writeLine(`name: ${JSON.stringify(t.qname?.name ?? t.tsName)},`);
      w.writeLine(`namespace: ${namespaceRef(ctx, t.qname?.namespace ?? '', useValue)},`);
      w.writeLine(`tsName: ${JSON.stringify(t.tsName)},`);
      if (t.base) {
        const base = model.types.get(t.base)!;
        useValue({ id: base.id, name: `${base.tsName}Meta` });
        w.writeLine(`base: () => ${base.tsName}Meta,`);
      }
      if (t.abstract) w.writeLine('abstract: true,');
      if (t.tagged) w.writeLine('tagged: true,');
      if (t.openContent) w.writeLine('open: true,');
      w.write('fields: [');
      for (const f of t.fields) {
        w.newLine().write(`  [${JSON.stringify(f.xmlName)}, ${namespaceRef(ctx, f.namespace, useValue)}, ${JSON.stringify(f.tsName)}, ${fieldTypeMeta(model, f, useValue)}, ${flagsText(f, useValue)}],`);
      }
      w.write(t.fields.length > 0 ? '\n],' : '],').newLine();
      if (t.derived.length > 0) {
        const derived = t.derived.map((id) => model.types.get(id)!);
        for (const d of derived) useValue({ id: d.id, name: `${d.tsName}Meta` });
        w.writeLine(`derived: () => [${derived.map((d) => `${d.tsName}Meta`).join(', ')}],`);
      }
    });
  };
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`Serialisation metadata of {@link ${t.abstract ? `Any${t.tsName}` : t.tsName}}.`],
    // Written now rather than when the file is printed, so that the references it notes are
    // known before the module's imports are.
    declarations: [{ name: `${t.tsName}Meta`, type: 'XmlTypeInfo', initializer: writeNow(writer) }],
  };
}

function writeNow(write: (w: CodeBlockWriter) => void): string {
  const w = new CodeBlockWriter({ indentNumberOfSpaces: 2, useSingleQuote: true });
  write(w);
  return w.toString();
}

function fieldTypeMeta(model: SchemaModel, f: FieldDef, useValue: (r: Reference) => void): string {
  switch (f.type.kind) {
    case 'builtin':
      return JSON.stringify(f.type.name);
    case 'opaque':
      return '"xml"';
    case 'enum': {
      const e = model.enums.get(f.type.id)!;
      useValue({ id: e.id, name: `${e.tsName}Values` });
      return `${e.tsName}Values`;
    }
    case 'complex': {
      const t = model.types.get(f.type.id)!;
      useValue({ id: t.id, name: `${t.tsName}Meta` });
      return `() => ${t.tsName}Meta`;
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

function propertyName(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

function byTsName(a: { tsName: string }, b: { tsName: string }): number {
  return a.tsName < b.tsName ? -1 : a.tsName > b.tsName ? 1 : 0;
}
