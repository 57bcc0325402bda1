/** A child process run to its end (or its time limit), its output kept, without blocking the other entries of a run. */
import { spawn } from 'node:child_process';

export interface ChildResult {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

export function runChild(command: string, args: string[], options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<ChildResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    const done = (status: number | null, error?: Error) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr: error ? `${stderr}${error.message}` : stderr, ms: performance.now() - started, timedOut });
    };
    child.on('error', (error) => done(null, error));
    child.on('close', (status) => done(status));
  });
}
