/**
 * A generated statement as a declaration (`.d.ts`): interfaces, type aliases, imports and
 * re-exports as they are; functions and classes ambient, without bodies, parameters with
 * defaults optional; exported constants as `declare const name: type`; the module's own
 * constants left out (no exported declaration refers to them).
 */
import { StructureKind, type ClassDeclarationStructure, type FunctionDeclarationStructure, type OptionalKind, type ParameterDeclarationStructure, type StatementStructures, type VariableStatementStructure, type WriterFunction } from 'ts-morph';
import type { Statement } from './code.ts';

export function declarationOf(statement: Statement): StatementStructures | WriterFunction | undefined {
  if (typeof statement === 'function') return statement;
  switch (statement.kind) {
    case 'const': {
      if (statement.isExported === false) return undefined;
      const type = statement.declaredAs ?? statement.type;
      if (!type) throw new Error(`exported constant ${statement.name} has no type for its declaration`);
      const declaration: VariableStatementStructure = {
        kind: StructureKind.VariableStatement,
        isExported: true,
        hasDeclareKeyword: true,
        declarationKind: 'const' as VariableStatementStructure['declarationKind'],
        declarations: [{ name: statement.name, type }],
        ...(statement.docs ? { docs: [{ description: statement.docs }] } : {}),
      };
      return declaration;
    }
    case StructureKind.Function:
      return ambientFunction(statement);
    case StructureKind.Class:
      return ambientClass(statement);
    case StructureKind.ImportDeclaration:
      // Declarations use imported names as types only; what a body used (a namespace of operations) goes.
      return statement.namespaceImport ? undefined : { ...statement, isTypeOnly: true };
    default:
      return statement;
  }
}

function ambientFunction(fn: FunctionDeclarationStructure): FunctionDeclarationStructure {
  const overloads = fn.overloads ?? [];
  // With overloads the implementation's signature is no signature of its own: the last overload stands in for it.
  const main = overloads.length > 0 ? overloads[overloads.length - 1]! : fn;
  return {
    kind: StructureKind.Function,
    name: fn.name,
    isExported: fn.isExported,
    hasDeclareKeyword: true,
    docs: main.docs ?? fn.docs,
    parameters: optionalDefaults(main.parameters),
    returnType: main.returnType,
    overloads: overloads.slice(0, -1).map((o) => ({ ...o, parameters: optionalDefaults(o.parameters) })),
  };
}

function ambientClass(c: ClassDeclarationStructure): ClassDeclarationStructure {
  return {
    ...c,
    hasDeclareKeyword: true,
    // A readonly property without a type keeps its (literal) initializer: that is its type in a declaration file.
    properties: (c.properties ?? []).map(({ initializer, ...p }) => (p.isReadonly && p.type === undefined ? { ...p, initializer } : p)),
    ctors: (c.ctors ?? []).map(({ statements: _, ...ctor }) => ({ ...ctor, parameters: optionalDefaults(ctor.parameters) })),
    getAccessors: (c.getAccessors ?? []).map(({ statements: _, ...g }) => g),
    methods: (c.methods ?? []).map(({ statements: _, ...m }) => ({ ...m, parameters: optionalDefaults(m.parameters) })),
  };
}

/**
 * A parameter with a default may be left out: optional, as TypeScript declares it; but one a
 * required parameter follows can only be passed `undefined` (`T | undefined`), since an optional
 * parameter cannot come before a required one.
 */
function optionalDefaults(parameters: OptionalKind<ParameterDeclarationStructure>[] | undefined): OptionalKind<ParameterDeclarationStructure>[] {
  const list = parameters ?? [];
  const lastRequired = list.findLastIndex((p) => p.initializer === undefined && !p.hasQuestionToken && !p.isRestParameter);
  return list.map(({ initializer, ...p }, i) => {
    if (initializer === undefined) return p;
    if (i > lastRequired) return { ...p, hasQuestionToken: true };
    return p.type === undefined ? p : { ...p, type: `${p.type} | undefined` };
  });
}
