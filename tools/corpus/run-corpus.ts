/**
 * One run over the corpus: every entry through generate → type-check → import → round-trip,
 * a few entries at a time, each in its own folder under .tmp/corpus/.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runChild } from './child.ts';
import type { ManifestEntry } from './manifest.ts';
import { repoRootOfTools as repoRoot } from './paths.ts';
import type { RoundTripResult } from './roundtrip.ts';
import { hasSoapBindingTags } from './scan.ts';
import { generateStage, importStage, typecheckStage, type StageResult } from './stages.ts';

export const STAGES = ['generate', 'typecheck', 'import', 'server', 'roundTrip'] as const;
export type Stage = (typeof STAGES)[number];

export interface EntryReport {
  id: string;
  repo: string;
  size: number;
  tags: string[];
  /** A refusal the entry must meet (a WSDL 2.0 document), instead of an SDK. */
  expectedRefusal?: string;
  stages: Record<Stage, StageResult>;
  /** The port and operation the round-trip called. */
  call?: string;
  ms: number;
}

export interface RunOptions {
  corpusDir: string;
  workDir: string;
  concurrency: number;
  timeoutMs: number;
  onEntry?: (report: EntryReport) => void;
}

const skip = (message: string): StageResult => ({ status: 'skip', ms: 0, message });


export async function runCorpus(entries: ManifestEntry[], options: RunOptions): Promise<EntryReport[]> {
  const missing = entries.filter((e) => !existsSync(join(options.corpusDir, e.id, e.entry)));
  if (missing.length > 0) throw new Error(`${options.corpusDir} lacks ${missing.map((e) => e.id).join(', ')}: run npm run corpus:fetch first`);
  const reports: EntryReport[] = new Array(entries.length);
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const index = next++;
      reports[index] = await runEntry(entries[index]!, options);
      options.onEntry?.(reports[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, entries.length) }, worker));
  return reports;
}

async function runEntry(entry: ManifestEntry, options: RunOptions): Promise<EntryReport> {
  const started = performance.now();
  const wsdl = join(options.corpusDir, entry.id, entry.entry);
  const work = join(options.workDir, entry.id);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const sdk = join(work, 'sdk');
  const stages = {} as Record<Stage, StageResult>;
  const report: EntryReport = { id: entry.id, repo: entry.repo, size: entry.size, tags: entry.exercises.tags, stages, ms: 0 };

  stages.generate = await generateStage(wsdl, sdk, options.timeoutMs);
  if (entry.expect?.refusal) {
    report.expectedRefusal = entry.expect.refusal;
    const refused = stages.generate.status === 'fail' && (stages.generate.message ?? '').includes(entry.expect.refusal);
    stages.generate = refused
      ? { status: 'pass', ms: stages.generate.ms, message: `refused as expected: ${stages.generate.message}` }
      : { ...stages.generate, status: 'fail', message: `expected a refusal naming ${entry.expect.refusal}; got ${stages.generate.status === 'pass' ? 'an SDK' : stages.generate.message}` };
    for (const stage of STAGES.slice(1)) stages[stage] = skip('the entry must be refused');
    report.ms = performance.now() - started;
    return report;
  }
  stages.typecheck = stages.generate.status === 'pass' ? await typecheckStage(sdk, work, options.timeoutMs) : skip('generation failed');
  stages.import = stages.generate.status === 'pass' ? await importStage(sdk, options.timeoutMs) : skip('generation failed');
  if (!hasSoapBindingTags(entry.exercises.tags)) {
    stages.server = skip('no SOAP binding');
    stages.roundTrip = skip('no SOAP binding');
  } else {
    const soap12 = !entry.exercises.tags.includes('soap-1.1');
    const trip = await roundTripStage(wsdl, sdk, soap12, options.timeoutMs);
    stages.server = trip.server;
    const earlier = (['generate', 'typecheck', 'import'] as const).find((s) => stages[s].status !== 'pass');
    stages.roundTrip = earlier ? skip(`${earlier} failed`) : trip.roundTrip;
    if (trip.port) report.call = `${trip.service}.${trip.port}.${trip.operation}`;
  }
  report.ms = performance.now() - started;
  return report;
}

/** In a process of its own (node-soap may hang or crash on a WSDL), through tsx: roundtrip-cli.ts is TypeScript whatever the SDK is. */
async function roundTripStage(wsdl: string, sdk: string, soap12: boolean, timeoutMs: number): Promise<RoundTripResult> {
  const args = ['--import', 'tsx', join(repoRoot, 'tools/corpus/roundtrip-cli.ts'), wsdl, '--sdk', sdk, ...(soap12 ? ['--soap12'] : [])];
  const result = await runChild(process.execPath, args, { cwd: repoRoot, timeoutMs });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  try {
    if (result.status === 0) return JSON.parse(line) as RoundTripResult;
  } catch {
    // reported below
  }
  const why = result.timedOut ? `timed out after ${Math.round(result.ms / 1000)} s` : (result.stderr.trim().split('\n').find((l) => /Error|error/.test(l)) ?? `exit status ${result.status}`);
  return { server: { status: 'fail', ms: result.ms, message: `the round-trip process failed: ${why}` }, roundTrip: skip('the server check failed') };
}
