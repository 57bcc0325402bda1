/**
 * What the SDK costs an application that uses it: the bundle of a one-call application
 * (`account.get`) and of one using every accessor (minified by esbuild, and gzip), and the time
 * TypeScript's JavaScript compiler (5.x, what most projects still run) takes to type-check a
 * five-line consumer against the SDK generated as a package (`.d.ts`), against an empty file in
 * the same run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { measure, median } from './measure.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE_TARGET_KB = 80;
const TYPECHECK_TARGET = 2;

async function bundleSize(dir: string, name: string, app: string): Promise<{ minified: number; gzip: number }> {
  const entry = join(dir, `${name}.ts`);
  writeFileSync(entry, app);
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent' });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzip: gzipSync(code).byteLength };
}

export async function runSdkCostBench(runs: number): Promise<{ oneCallKb: number; typecheckRatio: number }> {
  const work = mkdtempSync(join(tmpdir(), 'bench-sdk-cost-'));
  try {
    const sdk = join(repoRoot, 'generated');
    const client = `new PartnerClient({ accountId: 'acme', username: 'u', password: 'p' })`;
    const oneCall = await bundleSize(work, 'one-call', `import { PartnerClient, account } from '${sdk}/index.ts';\nconsole.log(await account(${client}).get('sub-1'));\n`);
    const everything = await bundleSize(work, 'every-accessor', `import { PartnerApiClient } from '${sdk}/index.ts';\nconst boomi = new PartnerApiClient({ accountId: 'acme', username: 'u', password: 'p' });\nconsole.log(await boomi.account.get('sub-1'));\n`);
    const kb = (n: number) => (n / 1024).toFixed(1);
    console.log('bundles (esbuild --bundle --minify, saxes included)');
    console.log(`  one call (account.get):  ${kb(oneCall.minified)} KB minified, ${kb(oneCall.gzip)} KB gzip   (target ≤ ${BUNDLE_TARGET_KB} KB minified)`);
    console.log(`  every accessor:          ${kb(everything.minified)} KB minified, ${kb(everything.gzip)} KB gzip`);

    // The SDK as a package, installed where a consumer resolves it.
    const pkg = join(work, 'partner-sdk');
    execFileSync(process.execPath, [join(repoRoot, 'dist/cli.js'), '--quiet', '--wsdl', join(repoRoot, 'wsdl'), '--out', pkg, '--package', '--package-name', 'partner-sdk']);
    const app = join(work, 'app');
    mkdirSync(join(app, 'node_modules'), { recursive: true });
    symlinkSync(pkg, join(app, 'node_modules/partner-sdk'), 'dir');
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    writeFileSync(join(app, 'empty.ts'), 'export {};\n');
    writeFileSync(
      join(app, 'consumer.ts'),
      `import { PartnerApiClient, type Account } from 'partner-sdk';\nconst boomi = new PartnerApiClient({ accountId: 'acme', username: 'u', password: 'p' });\nconst account: Account = await boomi.account.get('sub-1');\nfor await (const e of boomi.environment.query((f) => f.name.like('Prod%'))) console.log(e.name, account.name);\nexport {};\n`,
    );
    const tsconfig = (file: string) => {
      const path = join(app, `tsconfig.${file}.json`);
      writeFileSync(path, JSON.stringify({ compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [join(repoRoot, 'node_modules/@types')] }, files: [`${file}.ts`] }));
      return path;
    };
    const configs = { empty: tsconfig('empty'), consumer: tsconfig('consumer') };
    console.log(`\ntype-checking a five-line consumer against the package's declarations (tsc --noEmit, skipLibCheck), median of ${runs} runs each, taking turns`);
    const results: Record<string, number> = {};
    for (const [label, tsc] of [['TypeScript 5 (JavaScript compiler)', 'typescript-5/bin/tsc'], ['TypeScript 7 (native compiler)', 'typescript/bin/tsc']] as const) {
      const times: Record<'empty' | 'consumer', number[]> = { empty: [], consumer: [] };
      for (let round = -1; round < runs; round++) {
        for (const which of ['empty', 'consumer'] as const) {
          const m = measure(join(repoRoot, 'node_modules', tsc), ['-p', configs[which]]);
          if (!m.ok) throw new Error(`${tsc} on the ${which} file failed: ${m.error}`);
          if (round >= 0) times[which].push(m.wallMs);
        }
      }
      const empty = median(times.empty);
      const consumer = median(times.consumer);
      results[tsc] = consumer / empty;
      console.log(`  ${label.padEnd(36)} empty file ${empty.toFixed(0)} ms, consumer ${consumer.toFixed(0)} ms: ${(consumer / empty).toFixed(2)}×${tsc.startsWith('typescript-5') ? `   (target ≤ ${TYPECHECK_TARGET}×)` : ''}`);
    }
    return { oneCallKb: oneCall.minified / 1024, typecheckRatio: results['typescript-5/bin/tsc']! };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
