// The layout builders against prettier itself, on declarations of every shape the emitters
// build, with names and values of lengths around the line width, and on strings of any kind.
import fc from 'fast-check';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import {
  array,
  arrow,
  block,
  call,
  code,
  constDeclaration,
  functionType,
  interfaceDeclaration,
  intersection,
  jsDoc,
  object,
  quote,
  render,
  signature,
  str,
  typeAliasDeclaration,
  typeRef,
  union,
  PRETTIER_OPTIONS,
  type Code,
  type Doc,
} from '../../generator/emit/layout.ts';

const identifier = fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,44}$/);
const identifiers = (max: number) => fc.array(identifier, { minLength: 1, maxLength: max });
const value = fc.string({ maxLength: 40, unit: fc.constantFrom('a', 'Z', ' ', "'", '"', '\\', '\n', 'é', '-', '_', '\u2028') });

/** Expressions the way the emitters nest them: strings, identifiers, arrays, arrows, objects. */
const expression: fc.Arbitrary<Code> = fc.letrec<{ expr: Code }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    value.map(str),
    identifier.map((n) => code(n)),
    fc.array(tie('expr'), { maxLength: 6 }).map(array),
    tie('expr').map((body) => arrow('', body)),
    fc.tuple(fc.array(fc.tuple(fc.stringMatching(/^[a-z$][\w$-]{0,20}$/), tie('expr')), { maxLength: 5 }), fc.boolean()).map(([entries, expanded]) => object(entries, { expanded })),
  ),
})).expr;

const typeArgument: fc.Arbitrary<Code> = fc.oneof(
  identifier.map((n) => code(n)),
  fc.array(value, { minLength: 1, maxLength: 8 }).map((values) => union(values.map(str))),
  fc.tuple(identifier, fc.array(identifier, { minLength: 1, maxLength: 3 })).map(([n, args]) => typeRef(n, args.map((a) => typeRef('Filter', [str(a)])))),
);

const declaration: fc.Arbitrary<Doc> = fc.oneof(
  fc.tuple(identifier, fc.array(value, { maxLength: 12 })).map(([name, values]) => constDeclaration(`${name}Values`, code([array(values.map(str)).doc, ' as const']))),
  fc.tuple(identifier, identifiers(14)).map(([name, members]) => typeAliasDeclaration(`Any${name}`, members.map((m) => code(m)))),
  fc.tuple(identifier, fc.array(value, { minLength: 1, maxLength: 12 })).map(([name, ops]) => typeAliasDeclaration(`${name}Operators`, ops.map(str))),
  fc.tuple(identifier, identifiers(4)).map(([name, parts]) => typeAliasDeclaration(name, intersection(parts.map((p) => typeRef(p, [str(name)]))))),
  fc.tuple(identifier, expression).map(([name, e]) => constDeclaration(`${name}Meta: XmlTypeInfo`, e)),
  fc.tuple(identifier, fc.array(fc.tuple(fc.stringMatching(/^[a-z][\w$-]{0,30}$/), typeArgument, fc.boolean(), fc.option(value)), { maxLength: 5 })).map(([name, props]) =>
    interfaceDeclaration(
      name,
      undefined,
      props.map(([p, t, optional, doc]) => ({ name: p, type: typeRef('EnumFilterField', [t, code(`${name}Operators`), str(name)]), optional, ...(doc?.trim() ? { docs: doc.replace(/\*\//g, '').replace(/\s+/g, ' ').trim() } : {}) })),
    ),
  ),
  fc.tuple(identifier, identifier).map(([name, builder]) => {
    const filter = typeRef('Filter', [str(name)]);
    return ['export function ', name.toLowerCase(), signature([{ name: 'build', type: functionType([{ name: 'f', type: code(builder) }], filter) }], filter), ' ', block([`return buildFilter(${builder}Info, build);`])];
  }),
  fc.tuple(identifier, identifiers(3), fc.array(fc.tuple(fc.stringMatching(/^[a-z]\w{0,25}$/), expression), { minLength: 1, maxLength: 4 })).map(([name, types, entries]) => [
    'function f() ',
    block([['return ', call(`this.${name.toLowerCase()}`, types.map((t) => code(t)), [code('SoapOperations.x'), object(entries)]).doc, ';']]),
  ]),
);

async function prettier(code: string): Promise<string> {
  return format(code, PRETTIER_OPTIONS);
}

describe('layout.ts against prettier', () => {
  it('quotes any string as prettier does, and the literal reads back as the same string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.oneof(fc.constantFrom("'", '"', '\\', '\n', '\r', '\t', '\u2028', '\u0000', '`', '$'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }), async (s) => {
        const source = `export const x = ${quote(s)};\n`;
        expect(await prettier(source)).toBe(source);
        expect(new Function(`return ${quote(s)};`)()).toBe(s);
      }),
      { numRuns: 300 },
    );
  });

  it('lays every declaration shape out exactly as prettier does', async () => {
    await fc.assert(
      fc.asyncProperty(declaration, async (doc) => {
        const source = `${render([jsDoc('A declaration.'), doc])}\n`;
        expect(await prettier(source)).toBe(source);
      }),
      { numRuns: 400 },
    );
  });

  it('breaks only what does not fit, as prettier would', async () => {
    const short = render(constDeclaration('X', array(['A', 'B'].map(str))));
    expect(short).toBe("export const X = ['A', 'B'];");
    expect(await prettier("export const X = [\n  'A',\n  'B',\n];\n")).toBe(`${short}\n`);
    const long = render(constDeclaration('X', array(Array.from({ length: 20 }, (_, i) => str(`VALUE_${i}`)))));
    expect(long.split('\n')).toHaveLength(22);
    expect(await prettier(`${long}\n`)).toBe(`${long}\n`);
  });
});
