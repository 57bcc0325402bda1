/**
 * Runs a generator as a child process the same way for every tool and measures wall time, peak
 * RSS and CPU time (which a busy machine inflates less than wall time).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measurement {
  wallMs: number;
  peakRssMb: number;
  /** User and system time of all the child's threads. */
  cpuMs: number;
  ok: boolean;
  error?: string;
}

const probe = new URL('./rss-probe.mjs', import.meta.url).pathname;

/** `node --import rss-probe <entry> ...args`, timed from spawn to exit. */
export function measure(entry: string, args: string[]): Measurement {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-rss-'));
  const rssFile = join(scratch, 'rss');
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', probe, entry, ...args], {
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    timeout: 300_000,
  });
  const wallMs = performance.now() - started;
  let peakRssMb = Number.NaN;
  let cpuMs = Number.NaN;
  try {
    const [rssKb, cpuUs] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
    peakRssMb = rssKb! / 1024;
    cpuMs = cpuUs! / 1000;
  } catch {
    // the child died before its exit handler ran
  }
  rmSync(scratch, { recursive: true, force: true });
  const ok = result.status === 0;
  return { wallMs, peakRssMb, cpuMs, ok, ...(ok ? {} : { error: (result.stderr || result.stdout || String(result.error)).trim().split('\n').slice(-3).join(' | ') }) };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
