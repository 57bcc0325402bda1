/**
 * The emitters' vocabulary over ts-morph: declarations are ts-morph structures (interfaces, type
 * aliases, classes, functions, imports, JSDoc), printed by ts-morph's structure printer without a
 * parse; expressions are writer functions over the same CodeBlockWriter (object and array
 * literals, thunks, string literals), so no code is built by concatenating strings.
 *
 * `const` declarations are written by `constStatement`: ts-morph prints an initializer with a
 * hanging indent (every line after the first one level deeper, the closing brace included), so
 * a literal spanning lines would come out misaligned.
 */
import { printStructure, StructureKind, type CodeBlockWriter, type JSDocStructure, type OptionalKind, type StatementStructures, type WriterFunction } from 'ts-morph';
import { declarationOf } from './declarations.ts';

/** An expression: a writer, or code already made by these helpers (an identifier, a quoted literal). */
export type Expr = string | WriterFunction;

/** A `const` declaration: printed by `constStatement` in a module, as `declare const name: type` in its declarations. */
export interface ConstStatement {
  kind: 'const';
  name: string;
  /** Required for exported constants (their declaration says it), unless `declaredAs` is given. */
  type?: string | undefined;
  /** The type the declaration states when the constant itself is left to inference (`as const`). */
  declaredAs?: string | undefined;
  initializer: Expr;
  isExported?: boolean | undefined;
  docs?: string | undefined;
}

export type Statement = StatementStructures | WriterFunction | ConstStatement;

/** What the emitters hand ts-morph's printer. */
type PrintableStatement = StatementStructures | WriterFunction;

const PRINT_OPTIONS = { indentNumberOfSpaces: 2, useSingleQuote: true } as const;

/** One module's text: a header comment, its imports, then its statements as ts-morph prints them. */
export function printModule(header: string, imports: Statement[], statements: Statement[]): string {
  return print(header, [...imports, ...statements].map((s) => (isConst(s) ? constWriter(s) : s)), imports.length);
}

/**
 * The module's declarations (`.d.ts`): the same structures without bodies or initializers, the
 * module's own constants left out. Declarations need no type inference: every exported constant
 * and function of a generated module states its type.
 */
export function printDeclarations(header: string, imports: Statement[], statements: Statement[]): string {
  // Counted after the declarations: a namespace import has none, and the blank line follows the last import kept.
  const kept = imports.flatMap((s) => declarationOf(s) ?? []);
  return print(header, [...kept, ...statements.flatMap((s) => declarationOf(s) ?? [])], kept.length);
}

function print(header: string, statements: PrintableStatement[], importCount: number): string {
  const head: PrintableStatement[] = [(w: CodeBlockWriter) => w.writeLine(`// ${header}`).blankLine()];
  const body = [...statements];
  // After the imports; with none, right after the header's own blank line, where it adds nothing.
  body.splice(importCount, 0, (w: CodeBlockWriter) => w.blankLineIfLastNot());
  // The printer ends a source file with a line break.
  return printStructure({ kind: StructureKind.SourceFile, statements: [...head, ...body] }, PRINT_OPTIONS);
}

function isConst(s: Statement): s is ConstStatement {
  return typeof s === 'object' && s.kind === 'const';
}

export function write(w: CodeBlockWriter, expr: Expr): void {
  if (typeof expr === 'string') w.write(expr);
  else expr(w);
}

/** A string literal in single quotes, escaped so that any text survives. */
export function str(text: string): string {
  return `'${text.replace(/[\\'\n\r\u2028\u2029]/g, (c) => ESCAPES[c]!)}'`;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** A property name: as it is when it is an identifier, quoted otherwise. */
export function propertyName(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : str(name);
}

/** `{ a: 1, b: 2 }` on one line, or one entry per line. */
export function objectLiteral(entries: readonly (readonly [string, Expr])[], options: { multiline?: boolean } = {}): WriterFunction {
  return (w) => {
    if (entries.length === 0) {
      w.write('{}');
      return;
    }
    if (!options.multiline) {
      w.write('{ ');
      entries.forEach(([key, value], i) => {
        if (i > 0) w.write(', ');
        w.write(`${propertyName(key)}: `);
        write(w, value);
      });
      w.write(' }');
      return;
    }
    w.write('{').newLine();
    w.indent(() => {
      for (const [key, value] of entries) {
        w.write(`${propertyName(key)}: `);
        write(w, value);
        w.write(',').newLine();
      }
    });
    w.write('}');
  };
}

/** `[a, b]` on one line, or one item per line. */
export function arrayLiteral(items: readonly Expr[], options: { multiline?: boolean } = {}): WriterFunction {
  return (w) => {
    if (items.length === 0 || !options.multiline) {
      w.write('[');
      items.forEach((item, i) => {
        if (i > 0) w.write(', ');
        write(w, item);
      });
      w.write(']');
      return;
    }
    w.write('[').newLine();
    w.indent(() => {
      for (const item of items) {
        write(w, item);
        w.write(',').newLine();
      }
    });
    w.write(']');
  };
}

/** `() => expr`: how generated modules refer to another module's values, read only when used. */
export function thunk(expr: Expr): WriterFunction {
  return (w) => {
    w.write('() => ');
    write(w, expr);
  };
}

/** `(expr)`: an object literal returned by an arrow function. */
export function parenthesized(expr: Expr): WriterFunction {
  return (w) => {
    w.write('(');
    write(w, expr);
    w.write(')');
  };
}

/** `expr as const`, and the like: an expression followed by fixed code. */
export function suffixed(expr: Expr, suffix: string): WriterFunction {
  return (w) => {
    write(w, expr);
    w.write(suffix);
  };
}

export type ConstOptions = Omit<ConstStatement, 'kind'>;

/** `export const name: type = initializer;` with its JSDoc. */
export function constStatement(options: ConstOptions): ConstStatement {
  return { kind: 'const', ...options };
}

function constWriter(options: ConstStatement): WriterFunction {
  return (w) => {
    if (options.docs) w.blankLineIfLastNot().write(printStructure(jsDoc(options.docs), PRINT_OPTIONS)).newLineIfLastNot();
    w.write(`${options.isExported === false ? '' : 'export '}const ${options.name}${options.type ? `: ${options.type}` : ''} = `);
    write(w, options.initializer);
    w.write(';').newLine();
  };
}

export function jsDoc(description: string): OptionalKind<JSDocStructure> & { kind: StructureKind.JSDoc } {
  return { kind: StructureKind.JSDoc, description };
}

/** JSDoc for a structure's `docs`, none for an empty text. */
export function docs(text: string | undefined): OptionalKind<JSDocStructure>[] {
  return text ? [{ description: text }] : [];
}
