// Fidelity material: runs where ../shared/boomi/real-platform-2023 exists (CI), skips elsewhere.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';
import { writeOutput } from '../../generator/output-dir.ts';
import { haveRealPlatform, realPlatformDir, realPlatformWsdl, repoTemp } from '../support/paths.ts';
import { typeCheckStrict } from '../support/run.ts';
import { syntaxProblems } from '../support/syntax.ts';

const present = haveRealPlatform();
const temp = repoTemp('real-platform');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.skipIf(!present)('the real 2023 Platform WSDL', () => {
  it('generates code that compiles, with a TypeScript type for every one of its complex types', async () => {
    const { files } = await generate({ wsdl: realPlatformWsdl });
    const out = join(temp, 'sdk');
    await writeOutput(out, files);
    const tsc = typeCheckStrict(join(temp, 'tsconfig.json'), [join(out, 'index.ts')]);
    expect(tsc.stdout + tsc.stderr).toBe('');

    const xsd = readFileSync(join(realPlatformDir, 'BoomiApiVersion1.xsd1.xsd'), 'utf8');
    const complexTypes = [...xsd.matchAll(/<xs:complexType\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1]!);
    expect(complexTypes.length).toBeGreaterThan(490);
    const emitted = [...files.values()].join('\n');
    // Every named type has serialisation metadata carrying its XSD name, and a declared TypeScript type.
    const missing = complexTypes.filter((name) => !emitted.includes(`name: '${name}',`));
    expect(missing).toEqual([]);
    const objectTypes = [...xsd.matchAll(/<xs:complexType name="(\w+)">(?:<xs:annotation>[\s\S]*?<\/xs:annotation>)?\s*<xs:complexContent>\s*<xs:extension base="tns:BaseType">/g)].map((m) => m[1]!);
    expect(objectTypes.length).toBeGreaterThan(170);
    for (const name of objectTypes) expect(emitted).toMatch(new RegExp(`export interface ${name}\\b|export interface ${name}\\d* extends`));
    // Valid syntax in every module, on a schema we did not write either.
    expect(syntaxProblems(files)).toEqual([]);
    console.log(`real 2023 Platform WSDL: ${complexTypes.length} complex types, ${objectTypes.length} direct BaseType objects, all emitted; ${files.size} files`);
  });
});
