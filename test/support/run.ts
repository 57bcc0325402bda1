/** Runs a project command as a child process, as a user would. */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runNode(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): RunResult {
  const result = spawnSync(process.execPath, args, {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same without blocking, for a child that talks to a server in this process. */
export function runNodeAsync(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  return runAsync(process.execPath, args, options);
}

/** Any command, without blocking. */
export function runAsync(command: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? repoRoot, env: { ...process.env, ...options.env }, timeout: 300_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The generator's command as installed: built JavaScript (test/global-setup.ts builds it before the tests). */
export const generateBin = join(repoRoot, 'dist/cli.js');

/** The TypeScript compiler of the project (typescript 7), on a project file. */
export function runTsc(tsconfig: string): RunResult {
  return runNode([join(repoRoot, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', tsconfig]);
}

/** Type-checks `files` under `strict`, as an SDK user's project would, with a tsconfig written at `tsconfig`. */
export function typeCheckStrict(tsconfig: string, files: string[]): RunResult {
  const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true, types: ['node'] };
  writeFileSync(tsconfig, JSON.stringify({ compilerOptions, files }));
  return runTsc(tsconfig);
}
