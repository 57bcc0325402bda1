/**
 * The stages every corpus entry goes through, each in its own process as a user would run it:
 * generate with the project's command, type-check the output under `strict` with the project's
 * TypeScript compiler, and import every generated module in a fresh Node process.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runChild, type ChildResult } from './child.ts';
import { repoRootOfTools as repoRoot } from './paths.ts';

export type StageStatus = 'pass' | 'fail' | 'skip' | 'n/a';

export interface StageResult {
  status: StageStatus;
  ms: number;
  /** Why it failed, was skipped or is not available: the first lines that say so. */
  message?: string;
  /** The full output of a failure, for the JSON report. */
  output?: string;
}

const node = process.execPath;

/**
 * How the generated modules are loaded. The SDK is TypeScript today, run through tsx's loader;
 * when the generator writes compiled JavaScript this becomes `{ nodeArgs: [], extension: '.js' }`.
 */
export const moduleLoading = { nodeArgs: ['--import', 'tsx'], extension: '.ts' };

function failed(result: ChildResult, lines: string[], limit = 8): StageResult {
  const shown = lines.length > 0 ? lines : (result.stderr || result.stdout).trim().split('\n');
  const head = shown.slice(0, limit).join('\n') + (shown.length > limit ? `\n… ${shown.length - limit} more lines` : '');
  return {
    status: 'fail',
    ms: result.ms,
    message: result.timedOut ? `timed out after ${Math.round(result.ms / 1000)} s` : head || `exit status ${result.status}`,
    output: `${result.stdout}\n${result.stderr}`.trim().slice(0, 20_000),
  };
}

export async function generateStage(wsdl: string, outDir: string, timeoutMs: number): Promise<StageResult> {
  const result = await runChild(node, [join(repoRoot, 'dist/cli.js'), '--quiet', '--wsdl', wsdl, '--out', outDir], { cwd: repoRoot, timeoutMs });
  if (result.status === 0 && !result.timedOut) return { status: 'pass', ms: result.ms };
  return failed(result, result.stderr.trim().split('\n').filter(Boolean));
}

export async function typecheckStage(sdkDir: string, workDir: string, timeoutMs: number): Promise<StageResult> {
  const tsconfig = join(workDir, 'tsconfig.json');
  // As test/generator/*.test.ts check generated/: strict, NodeNext, every generated module included.
  writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true, types: ['node'] },
      include: [`${relative(workDir, sdkDir)}/**/*.ts`],
    }),
  );
  const result = await runChild(node, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', tsconfig], { cwd: workDir, timeoutMs });
  if (result.status === 0 && !result.timedOut) return { status: 'pass', ms: result.ms };
  const errors = result.stdout.split('\n').filter((l) => /error TS\d+/.test(l));
  return failed(result, errors.length > 0 ? [`${errors.length} errors`, ...errors] : []);
}

export function modulesOf(sdkDir: string, extension = moduleLoading.extension): string[] {
  return readdirSync(sdkDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(extension) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export async function importStage(sdkDir: string, timeoutMs: number): Promise<StageResult> {
  const modules = modulesOf(sdkDir);
  if (modules.length === 0) return { status: 'fail', ms: 0, message: `no ${moduleLoading.extension} module was generated` };
  const script = join(repoRoot, 'tools/corpus/import-all.mjs');
  const result = await runChild(node, [...moduleLoading.nodeArgs, script, ...modules], { cwd: sdkDir, timeoutMs });
  if (result.status === 0 && !result.timedOut) return { status: 'pass', ms: result.ms };
  return failed(result, result.stderr.trim().split('\n').filter((l) => l.startsWith('cannot import ')));
}
