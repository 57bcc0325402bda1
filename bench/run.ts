/**
 * npm run bench [-- --runs N] [--only generation,sdk-cost,decode,stream,scale]
 *
 * Then what the SDK costs its users (bench/sdk-cost.ts: bundle sizes, consumer type-check
 * time), decoding per shape against node-soap, fast-xml-parser and bare tokenizer passes
 * (bench/decode.ts), a paging query end to end against node-soap's client (bench/stream.ts),
 * which fails the run when a record is missing or our heap grows past its bound, and how
 * generation time grows with the number of schema types (bench/scale.ts).
 *
 * Generation: ours against wsdl-tsclient (the TypeScript peer) on the same WSDL, each run as a
 * child `node` process started the same way: one untimed run of each first (the disk cache,
 * printed as "first run"), then N
 * runs of each, taking turns so that a busy moment of the machine falls on both; prints the
 * median wall time and peak RSS, the ratios ours/peer, and what each emitted. Inputs: the committed Partner WSDL, the real
 * 2023 Platform WSDL when ../shared is beside the repository, and the four largest entries of the
 * development corpus (3–4 MB each) when `npm run corpus:fetch` has rebuilt it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { largestEntries, readManifest } from '../tools/corpus/manifest.ts';
import { defaultCorpusDir } from '../tools/corpus/paths.ts';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { outputCoverage, schemaFacts, type OutputCoverage, type SchemaFacts } from './coverage.ts';
import { measure, median, type Measurement } from './measure.ts';
import { runDecodeBench } from './decode.ts';
import { runSdkCostBench } from './sdk-cost.ts';
import { runStreamBench } from './stream.ts';
import { runScaleBench } from './scale.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Tool {
  name: string;
  entry: string;
  args: (wsdl: string, out: string) => string[];
}

const TOOLS: Tool[] = [
  {
    name: 'boomi-soap-codegen',
    entry: join(repoRoot, 'dist/cli.js'),
    args: (wsdl, out) => ['--quiet', '--wsdl', wsdl, '--out', out],
  },
  { name: 'wsdl-tsclient', entry: join(repoRoot, 'node_modules/wsdl-tsclient/dist/src/cli.js'), args: (wsdl, out) => [wsdl, '-o', out] },
];

interface Row {
  input: string;
  tool: string;
  wallMs: number;
  /** The run before the timed ones: for ours it includes bundling generator/. */
  firstRunMs?: number;
  peakRssMb: number;
  coverage?: OutputCoverage;
  error?: string;
}

const PARTS = ['generation', 'sdk-cost', 'decode', 'stream', 'scale'] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, only: { type: 'string', default: PARTS.join(',') } } });
  const runs = Math.max(1, Number(values.runs));
  const only = values.only.split(',');
  const unknown = only.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0) throw new Error(`--only takes ${PARTS.join(', ')}, not ${unknown.join(', ')}`);
  if (only.includes('generation')) await benchGeneration(runs);
  if (only.includes('sdk-cost')) await runSdkCostBench(runs).then(() => console.log(''));
  if (only.includes('decode')) await runDecodeBench().then(() => console.log(''));
  if (only.includes('stream')) await runStreamBench().then(() => console.log(''));
  if (only.includes('scale')) await runScaleBench();
}

async function benchGeneration(runs: number): Promise<void> {
  const inputs: [string, string][] = [['Partner WSDL (wsdl/)', join(repoRoot, 'wsdl/PartnerApi.wsdl')]];
  const real = join(repoRoot, '../shared/boomi/real-platform-2023/BoomiApiVersion1.wsdl');
  if (existsSync(real)) inputs.push(['real 2023 Platform WSDL', real]);
  else console.log(`note: the real 2023 Platform WSDL is not at ${real}; not measured`);
  const corpus = largestEntries(readManifest(), 4).map((e): [string, string] => [`corpus ${e.id} (${(e.size / 1e6).toFixed(1)} MB)`, join(defaultCorpusDir, e.id, e.entry)]);
  if (corpus.every(([, wsdl]) => existsSync(wsdl))) inputs.push(...corpus);
  else console.log(`note: the corpus is not in ${defaultCorpusDir} (npm run corpus:fetch rebuilds it); its four largest WSDLs are not measured`);

  console.log(`generation, ${runs} runs each after one untimed run, taking turns, median (each tool a child node process started the same way; peak RSS from the child's own resource usage)\n`);
  const rows: Row[] = [];
  for (const [label, wsdl] of inputs) {
    // A WSDL our loader cannot read still has its time measured (and its failure shown).
    const facts = await schemaFacts(wsdl).catch((): SchemaFacts => ({ complexTypes: [], attributes: [] }));
    rows.push(...benchTools(label, wsdl, runs, facts));
    const [ours, peer] = rows.slice(-2) as [Row, Row];
    printRows(label, facts.complexTypes.length, facts.attributes.length, [ours, peer]);
  }
  const [ours, peer] = rows.slice(0, 2) as [Row, Row];
  console.log('target: ours ≤ 1.0× peer wall time on the Partner WSDL while emitting every type and attribute');
  console.log(`result: ${(ours.wallMs / peer.wallMs).toFixed(2)}× wall time, ${(ours.peakRssMb / peer.peakRssMb).toFixed(2)}× peak RSS\n`);
}

/** Both tools on one input: a warm-up run each, then `runs` rounds of one run each. */
function benchTools(input: string, wsdl: string, runs: number, facts: Awaited<ReturnType<typeof schemaFacts>>): Row[] {
  const results = TOOLS.map((tool) => ({ tool, measurements: [] as Measurement[], firstRunMs: Number.NaN, coverage: undefined as OutputCoverage | undefined, error: undefined as string | undefined }));
  for (let round = -1; round < runs; round++) {
    for (const r of results) {
      if (r.error) continue;
      const out = mkdtempSync(join(tmpdir(), `bench-${r.tool.name}-`));
      const m = measure(r.tool.entry, r.tool.args(wsdl, out));
      if (!m.ok) r.error = m.error ?? 'failed';
      else if (round < 0) {
        r.firstRunMs = m.wallMs;
        r.coverage = outputCoverage(out, facts);
      }
      else r.measurements.push(m);
      rmSync(out, { recursive: true, force: true });
    }
  }
  return results.map(({ tool, measurements, firstRunMs, coverage, error }) => {
    if (error) return { input, tool: tool.name, wallMs: Number.NaN, peakRssMb: Number.NaN, error };
    const row: Row = { input, tool: tool.name, wallMs: median(measurements.map((m) => m.wallMs)), firstRunMs, peakRssMb: median(measurements.map((m) => m.peakRssMb)) };
    if (coverage) row.coverage = coverage;
    return row;
  });
}

function printRows(input: string, schemaTypes: number, schemaAttributes: number, [ours, peer]: [Row, Row]): void {
  console.log(`${input}: ${schemaTypes} named complex types, ${schemaAttributes} attributes`);
  const header = ['tool', 'wall ms', 'first run ms', 'peak RSS MB', 'files', 'exported types', 'schema types emitted', 'attributes emitted'];
  const lines = [ours, peer].map((r) =>
    r.error
      ? [r.tool, 'failed', '', '', '', '', '', r.error]
      : [r.tool, r.wallMs.toFixed(0), (r.firstRunMs ?? Number.NaN).toFixed(0), r.peakRssMb.toFixed(0), String(r.coverage!.files), String(r.coverage!.exportedTypes), `${r.coverage!.schemaTypesEmitted}/${schemaTypes}`, `${r.coverage!.attributesEmitted}/${schemaAttributes}`],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  for (const l of [header, ...lines]) console.log(`  ${l.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`);
  if (!ours.error && !peer.error) console.log(`  ratio ours/peer: wall ${(ours.wallMs / peer.wallMs).toFixed(2)}×, peak RSS ${(ours.peakRssMb / peer.peakRssMb).toFixed(2)}×`);
  else console.log(`  ratio ours/peer: none, ${[ours, peer].filter((r) => r.error).map((r) => r.tool).join(' and ')} failed`);
  console.log('');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
