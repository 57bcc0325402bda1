/**
 * Prettier's layout for the code shapes the generator writes, without running prettier.
 *
 * The SDK is formatted exactly as prettier formats it (printWidth 120, single quotes, trailing
 * commas; a test runs prettier over every generated file and expects no change). Parsing and
 * reprinting 560 KB of generated TypeScript took longer than the whole generation may take, so
 * the emitters describe each breakable construct here and prettier's own document printer
 * (`prettier/doc`: groups that break when they do not fit) lays it out. Each builder mirrors
 * the document prettier's TypeScript printer makes for that construct; a construct without a
 * builder is text that never breaks. package.json pins prettier's version: these documents
 * follow that version's printer, and the test that runs prettier tells when they no longer do.
 */
import { builders, printer } from 'prettier/doc';

export type Doc = builders.Doc;

const { conditionalGroup, group, hardline, ifBreak, indent, indentIfBreak, join, line, softline } = builders;

/** The formatting every generated file has, as prettier options (the tests run prettier with them). */
export const PRETTIER_OPTIONS = { parser: 'typescript', printWidth: 120, tabWidth: 2, useTabs: false, singleQuote: true, trailingComma: 'all' } as const;

/** A piece of code and what the layout rules of its parent need to know of it. */
export interface Code {
  doc: Doc;
  shape: 'object' | 'array' | 'other';
  /** Entries of an object or array literal. */
  size: number;
}

/** A piece with no shape its parent cares about: identifiers, keywords, short types, laid-out unions and calls. */
export function code(doc: Doc): Code {
  return { doc, shape: 'other', size: 0 };
}

/** A string literal as prettier writes it: single quotes unless the text has more of them than double ones. */
export function str(value: string): Code {
  return code(quote(value));
}

export function quote(value: string): string {
  const raw = JSON.stringify(value).slice(1, -1);
  const singles = (raw.match(/'/g) ?? []).length;
  const doubles = (raw.match(/\\"/g) ?? []).length;
  const enclosing = singles > doubles ? '"' : "'";
  // prettier's makeString: only the enclosing quote is escaped.
  const body = raw.replace(/\\(.)|(["'])/gs, (match, escaped: string | undefined, q: string | undefined) => {
    if (escaped === (enclosing === '"' ? "'" : '"')) return escaped;
    if (q === enclosing) return `\\${q}`;
    if (q) return q;
    return match;
  });
  return `${enclosing}${body}${enclosing}`;
}

/** An object key: bare where it is an identifier, quoted otherwise. */
export function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name);
}

/** `[a, b]`; two or more object or array entries of one shape always go one per line. */
export function array(items: Code[]): Code {
  if (items.length === 0) return { doc: '[]', shape: 'array', size: 0 };
  const first = items[0]!;
  const shouldBreak = items.length > 1 && items.every((i) => (i.shape === 'object' || i.shape === 'array') && i.size > 1 && i.shape === first.shape);
  return { doc: group(['[', indent([softline, join([',', line], items.map((i) => i.doc)), ifBreak(',')]), softline, ']'], { shouldBreak }), shape: 'array', size: items.length };
}

/**
 * `{ a: 1, b }`: one line when it fits, else one entry per line. `expanded` objects are always
 * one entry per line (prettier keeps an object broken once its first entry is on a new line).
 */
export function object(entries: (readonly [string, Code] | Code)[], options: { expanded?: boolean } = {}): Code {
  if (entries.length === 0) return { doc: '{}', shape: 'object', size: 0 };
  const docs = entries.map((e) => ('doc' in e ? e.doc : [key(e[0]), ': ', e[1].doc]));
  return { doc: group(['{', indent([line, join([',', line], docs)]), ifBreak(','), line, '}'], { shouldBreak: options.expanded === true }), shape: 'object', size: entries.length };
}

export function spread(expression: string): Code {
  return code(`...${expression}`);
}

/** `() => body`; an object body in parentheses, or it would read as a block. */
export function arrow(params: string, body: Code): Code {
  return code([`(${params}) => `, body.shape === 'object' ? ['(', body.doc, ')'] : body.doc]);
}

/** `Name<A, B>` as a type; the arguments go one per line when they do not fit (no trailing comma). */
export function typeRef(name: string, args: Code[] = []): Code {
  if (args.length === 0) return code(name);
  return code([name, typeArguments(args)]);
}

function typeArguments(args: Code[]): Doc {
  return group(['<', indent([softline, join([',', line], args.map((a) => a.doc))]), softline, '>']);
}

/** `A | B`; broken, every member on its own line after `| `. */
export function union(members: Code[]): Code {
  if (members.length === 1) return members[0]!;
  return code(group([ifBreak('| '), join([line, '| '], members.map((m) => m.doc))]));
}

/** `A & B`; broken, `&` ends each line and the next member is indented. */
export function intersection(members: Code[]): Code {
  if (members.length === 1) return members[0]!;
  return code(group([members[0]!.doc, ...members.slice(1).map((m) => indent([' &', line, m.doc]))]));
}

/** `callee<T>(a, b, { … })`: a last object argument hugs the parentheses when the others fit. */
export function call(callee: string, typeArgs: Code[], args: Code[]): Code {
  const head: Doc[] = [callee, typeArgs.length > 0 ? typeArguments(typeArgs) : ''];
  if (args.length === 0) return code([...head, '()']);
  const printed = args.map((a) => a.doc);
  const allBroken = group(['(', indent([line, join([',', line], printed), ',']), line, ')'], { shouldBreak: true });
  const last = args[args.length - 1]!;
  const penultimate = args[args.length - 2];
  if (last.shape === 'object' && last.size > 0 && penultimate?.shape !== 'object') {
    const others = printed.slice(0, -1).flatMap((d) => [d, ', ']);
    return code([...head, conditionalGroup([['(', ...others, last.doc, ')'], ['(', ...others, group(last.doc, { shouldBreak: true }), ')'], allBroken])]);
  }
  return code([...head, group(['(', indent([softline, join([',', line], printed)]), ifBreak(','), softline, ')'])]);
}

/** `new Name<T>(args)` */
export function construct(name: string, typeArgs: Code[], args: Code[]): Code {
  return call(`new ${name}`, typeArgs, args);
}

export interface Parameter {
  name: string;
  type: Code;
  initializer?: string;
}

/** `(a: A, b: B = {})` with the return type: the parameters go one per line when the signature does not fit. */
export function signature(params: Parameter[], returnType?: Code): Doc {
  return group([parameterList(params), returnType ? [': ', returnType.doc] : '']);
}

/** `(a: A) => R` as a type. */
export function functionType(params: Parameter[], returnType: Code): Code {
  return code(group([parameterList(params), ' => ', returnType.doc]));
}

function parameterList(params: Parameter[]): Doc {
  if (params.length === 0) return '()';
  const printed = params.map((p) => [p.name, ': ', p.type.doc, p.initializer !== undefined ? ` = ${p.initializer}` : '']);
  return ['(', indent([softline, join([',', line], printed), ifBreak(',')]), softline, ')'];
}

/** `export const name = value;` (the name may carry its type: `XMeta: XmlTypeInfo`). */
export function constDeclaration(name: string, value: Code): Doc {
  return [assignment(`export const ${name}`, value), ';'];
}

/** `export type name = type;`, where several types are a union of them. */
export function typeAliasDeclaration(name: string, type: Code | Code[]): Doc {
  const lhs = `export type ${name}`;
  return [Array.isArray(type) ? unionAssignment(lhs, type) : assignment(lhs, type), ';'];
}

/** A block `{ statements }` of one statement per line. */
export function block(statements: Doc[]): Doc {
  if (statements.length === 0) return '{}';
  return ['{', indent([hardline, join(hardline, statements)]), hardline, '}'];
}

/**
 * `lhs = rhs`, laid out as prettier's "fluid" assignment: the right side moves to the next line
 * only when even its start does not fit.
 */
export function assignment(lhs: string, rhs: Code): Doc {
  const id = Symbol('assignment');
  return group([lhs, ' =', group(indent(line), { id }), indentIfBreak(rhs.doc, { groupId: id })]);
}

/** `lhs = A | B`: a union moves to the next line whole when it fits there, else one member per line. */
export function unionAssignment(lhs: string, members: Code[]): Doc {
  if (members.length === 1) return assignment(lhs, members[0]!);
  return group([lhs, ' =', group(indent([line, union(members).doc]))]);
}

export interface PropertySignature {
  name: string;
  type: Code;
  optional?: boolean;
  readonly?: boolean;
  docs?: string;
}

/** `export interface Name extends Base { … }`: prettier never breaks a heading with one plain base. */
export function interfaceDeclaration(name: string, base: string | undefined, properties: PropertySignature[], docs?: string): Doc {
  const members = properties.map((p) => [jsDoc(p.docs), p.readonly ? 'readonly ' : '', key(p.name), p.optional ? '?' : '', ': ', p.type.doc, ';']);
  return [jsDoc(docs), `export interface ${name}${base ? ` extends ${base}` : ''} `, block(members.length > 0 ? [join(hardline, members)] : [])];
}

/**
 * A JSDoc comment above a declaration: one line when the text is, else one ` * ` line per line.
 * Spaces at line ends are dropped, as prettier drops them.
 */
export function jsDoc(description: string | undefined): Doc {
  if (description === undefined) return '';
  const lines = description.split('\n').map((l) => l.trimEnd());
  if (lines.length === 1) return [`/** ${lines[0]} */`, hardline];
  return ['/**', hardline, join(hardline, lines.map((l) => (l ? ` * ${l}` : ' *'))), hardline, ' */', hardline];
}

/** `import { a, b } from 'm';`: prettier keeps a single named import on one line, whatever its length. */
export function importDeclaration(names: string[], specifier: string, typeOnly: boolean): Doc {
  const list: Doc = names.length === 1 ? `{ ${names[0]} }` : group(['{', indent([line, join([',', line], names)]), ifBreak(','), line, '}']);
  return ['import ', typeOnly ? 'type ' : '', list, ` from ${quote(specifier)};`];
}

export { hardline, join };

/** Lays a statement out; the result has no trailing newline. */
export function render(doc: Doc): string {
  return printer.printDocToString(doc, PRETTIER_OPTIONS).formatted;
}
