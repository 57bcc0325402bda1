import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Project, SyntaxKind } from 'ts-morph';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';
import { compareOutput } from '../../generator/output-dir.ts';
import { repoRoot, repoTemp } from '../support/paths.ts';
import { generateBin, runNode, typeCheckStrict } from '../support/run.ts';
import { syntaxProblems } from '../support/syntax.ts';

const temp = repoTemp('generate-test');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('generate on the committed wsdl/', () => {
  // First: a mutation run stops at the first failing test, and this one fails for most generator bugs.
  it('matches the committed generated/ (the check mode passes)', async () => {
    const { files } = await generate({ wsdl: join(repoRoot, 'wsdl') });
    expect(compareOutput(join(repoRoot, 'generated'), files)).toEqual({ changed: [], missing: [], extra: [] });
  });

  it('is deterministic: two runs give byte-identical files', async () => {
    const first = await generate({ wsdl: join(repoRoot, 'wsdl') });
    const second = await generate({ wsdl: join(repoRoot, 'wsdl') });
    expect([...second.files.entries()]).toEqual([...first.files.entries()]);
    expect(first.files.size).toBeGreaterThan(100);
  });

  it('prints valid TypeScript in every module', async () => {
    const { files } = await generate({ wsdl: join(repoRoot, 'wsdl') });
    expect(syntaxProblems(files)).toEqual([]);
  });

  it('formats with prettier only when asked, with the configuration where the output goes', async () => {
    const out = join(temp, 'formatted');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(temp, '.prettierrc'), JSON.stringify({ semi: false, singleQuote: false, printWidth: 100 }));
    const result = runNode([generateBin, '--quiet', '--prettier', '--out', out]);
    expect(result.stderr).toBe('');
    const account = readFileSync(join(out, 'objects/account.ts'), 'utf8');
    expect(account).toContain('import { ObjectApi } from "../runtime/boomi/object-api.js"\n');
    const { format } = await import('prettier');
    for (const file of ['models/account.ts', 'objects/account.ts', 'client.ts', 'runtime/core/soap-client.ts']) {
      const text = readFileSync(join(out, file), 'utf8');
      expect(await format(text, { parser: 'typescript', semi: false, singleQuote: false, printWidth: 100 }), file).toBe(text);
    }
    // Without --prettier: the printer's own layout, single quotes and semicolons.
    expect(readFileSync(join(repoRoot, 'generated/objects/account.ts'), 'utf8')).toContain("import { ObjectApi } from '../runtime/boomi/object-api.js';\n");
  });

  it('--check exits 0 on a fresh copy and 1, listing the file, after a hand edit', () => {
    const out = join(temp, 'check');
    cpSync(join(repoRoot, 'generated'), out, { recursive: true });
    const clean = runNode([generateBin, '--check', '--quiet', '--out', out]);
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);

    appendFileSync(join(out, 'models/account.ts'), '\n// edited by hand\n');
    writeFileSync(join(out, 'models/stray.ts'), 'export {};\n');
    const stale = runNode([generateBin, '--check', '--quiet', '--out', out]);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('changed: models/account.ts');
    expect(stale.stderr).toContain('extra:   models/stray.ts');
    expect(readFileSync(join(out, 'models/account.ts'), 'utf8')).toContain('// edited by hand'); // --check writes nothing
  });

  it('reads its own location only in project-root.ts (the built command finds its templates from there)', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const readers = sources(join(repoRoot, 'generator')).filter((file) => readFileSync(file, 'utf8').includes('import.meta'));
    expect(readers.map((file) => relative(repoRoot, file))).toEqual(['generator/project-root.ts']);
  });

  it('a failed run leaves the output folder exactly as it was', () => {
    const out = join(temp, 'failed');
    cpSync(join(repoRoot, 'generated'), out, { recursive: true });
    appendFileSync(join(out, 'models/account.ts'), '\n// local change\n');
    const result = runNode([generateBin, '--quiet', '--wsdl', join(temp, 'no-such.wsdl'), '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no-such.wsdl');
    expect(readFileSync(join(out, 'models/account.ts'), 'utf8')).toContain('// local change');
  });
});

describe('the committed generated/ SDK', () => {
  it('type-checks in strict mode with the real TypeScript compiler', () => {
    const result = typeCheckStrict(join(temp, 'tsconfig.generated.json'), [join(repoRoot, 'generated/index.ts')]);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('documents each object type with its capability facts', async () => {
    const { files } = await generate({ wsdl: join(repoRoot, 'wsdl') });
    const account = files.get('models/account.ts')!;
    expect(account).toContain('API object `Account`: get, query (with queryMore paging), create (Partner API only, no account override), delete (Partner API only, no account override), bulk get (100 per request).');
    expect(account).toContain('Query filters: `accountId`, `dateCreated`');
    expect(files.get('models/component.ts')).toContain('bulk get (5 per request)');
  });

  it('has no `any` in the model types (read with ts-morph: `any` as a type, not as a word)', async () => {
    const { files } = await generate({ wsdl: join(repoRoot, 'wsdl') });
    const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
    const models = [...files].filter(([path]) => path.startsWith('models/'));
    for (const [path, text] of models) project.createSourceFile(path, text);
    const offenders = project.getSourceFiles().flatMap((file) => file.getDescendantsOfKind(SyntaxKind.AnyKeyword).map((node) => `${file.getFilePath()}:${node.getStartLineNumber()}`));
    expect(offenders).toEqual([]);
    expect(project.getSourceFiles().length).toBe(models.length);
    // The check sees an `any` where there is one.
    expect(project.createSourceFile('probe.ts', 'export interface P { a: any }').getDescendantsOfKind(SyntaxKind.AnyKeyword)).toHaveLength(1);
  });

});
