/**
 * Generation: ours against wsdl-tsclient (the TypeScript peer) on the same WSDL, each run as a
 * child `node` process started the same way: one untimed run of each first (the disk cache,
 * printed as "first run"), then N runs of each, taking turns so that a busy moment of the
 * machine falls on both; prints the median wall time, CPU time and peak RSS, the ratios
 * ours/peer, and what each emitted.
 *
 * Inputs: the committed Partner WSDL (target: under 2 s), the real 2023 Platform WSDL when
 * ../shared is beside the repository, and the four largest entries of the development corpus
 * (3–4 MB each; target: ours at most 1.0× the peer's time while emitting every type), each
 * skipped with its reason when `.corpus/` lacks it or holds other bytes than the manifest says.
 * Before any input is timed, ours must have emitted every type and enumeration of its model (an
 * interface, or two for a type others extend, and the enumeration's type): a run that leaves
 * some out is not timed, and the bench fails.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatorModel } from '../generator/generate.ts';
import { isManifestFile, largestEntries, readManifest, type ManifestEntry } from '../tools/corpus/manifest.ts';
import { defaultCorpusDir } from '../tools/corpus/paths.ts';
import { outputCoverage, schemaFacts, type OutputCoverage, type SchemaFacts } from './coverage.ts';
import { measure, median, type Measurement } from './measure.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PARTNER_TARGET_MS = 2000;
const CORPUS_TARGET_RATIO = 1.0;
/** wsdl-tsclient's default limit on definitions of one name is 64; Cisco AXL needs more. */
const PEER_NAME_LIMIT = 1000;

interface Tool {
  name: string;
  entry: string;
  args: (wsdl: string, out: string) => string[];
  /** Run instead when the tool fails with its defaults, named in the table. */
  fallback?: Tool;
}

const OURS: Tool = { name: 'boomi-soap-codegen', entry: join(repoRoot, 'dist/cli.js'), args: (wsdl, out) => ['--quiet', '--wsdl', wsdl, '--out', out] };
const peerEntry = join(repoRoot, 'node_modules/wsdl-tsclient/dist/src/cli.js');
const PEER: Tool = {
  name: 'wsdl-tsclient',
  entry: peerEntry,
  args: (wsdl, out) => [wsdl, '-o', out],
  fallback: { name: `wsdl-tsclient --maxRecursiveDefinitionName ${PEER_NAME_LIMIT}`, entry: peerEntry, args: (wsdl, out) => [wsdl, '-o', out, '--maxRecursiveDefinitionName', String(PEER_NAME_LIMIT)] },
};

interface Input {
  label: string;
  wsdl: string;
  kind: 'partner' | 'real-2023' | 'corpus';
  /** The corpus entry's id. */
  id?: string;
}

interface Row {
  tool: string;
  wallMs: number;
  cpuMs: number;
  /** The run before the timed ones: for ours it includes bundling generator/. */
  firstRunMs?: number;
  peakRssMb: number;
  coverage?: OutputCoverage;
  error?: string;
  /** Why the tool's defaults failed, when its fallback was measured instead. */
  defaultsError?: string;
}

interface Result {
  input: Input;
  ours: Row;
  peer: Row;
  /** What ours left out of its model, when anything. */
  missing?: string[];
}

/** Prints the table of each input and the targets; false when ours left a type out or failed. */
export async function runGenerationBench(runs: number): Promise<boolean> {
  const inputs = generationInputs();
  console.log(`generation, ${runs} runs each after one untimed run, taking turns, median (each tool a child node process started the same way; peak RSS from the child's own resource usage)\n`);
  const results: Result[] = [];
  for (const input of inputs) {
    // A WSDL our loader cannot read still has its time measured (and its failure shown).
    const facts = await schemaFacts(input.wsdl).catch((): SchemaFacts => ({ complexTypes: [], attributes: [] }));
    const result = await benchInput(input, runs, facts);
    results.push(result);
    printResult(result, facts);
  }
  return printTargets(results);
}

function generationInputs(): Input[] {
  const inputs: Input[] = [{ label: 'Partner WSDL (wsdl/)', wsdl: join(repoRoot, 'wsdl/PartnerApi.wsdl'), kind: 'partner' }];
  const real = join(repoRoot, '../shared/boomi/real-platform-2023/BoomiApiVersion1.wsdl');
  if (existsSync(real)) inputs.push({ label: 'real 2023 Platform WSDL', wsdl: real, kind: 'real-2023' });
  else console.log(`note: the real 2023 Platform WSDL is not at ${real}; not measured`);
  for (const entry of largestEntries(readManifest(), 4)) {
    const problem = corpusProblem(entry);
    if (problem) console.log(`note: corpus ${entry.id} not measured: ${problem}`);
    else inputs.push({ label: `corpus ${entry.id} (${(entry.size / 1e6).toFixed(1)} MB)`, wsdl: join(defaultCorpusDir, entry.id, entry.entry), kind: 'corpus', id: entry.id });
  }
  return inputs;
}

/** Why the entry's files in `.corpus/` are not the ones the manifest names, if they are not. */
function corpusProblem(entry: ManifestEntry): string | undefined {
  for (const file of entry.files) {
    const path = join(defaultCorpusDir, entry.id, file.path);
    if (!existsSync(path)) return `${path} is missing (npm run corpus:fetch rebuilds the corpus)`;
    const bytes = readFileSync(path);
    if (!isManifestFile(file, bytes)) return `${path} is not the manifest's file (${file.size} bytes, sha256 ${file.sha256}); npm run corpus:fetch rebuilds it`;
  }
  return undefined;
}

/** Both tools on one input: a warm-up run each (ours checked for every type), then `runs` rounds of one run each. */
async function benchInput(input: Input, runs: number, facts: SchemaFacts): Promise<Result> {
  // A WSDL our loader refuses has no model: the command's own failure is then what the table shows.
  const expected = await expectedDeclarations(input.wsdl).catch(() => undefined);
  const states = [OURS, PEER].map((tool) => ({ tool, measurements: [] as Measurement[], row: { tool: tool.name, wallMs: Number.NaN, cpuMs: Number.NaN, peakRssMb: Number.NaN } as Row }));
  const [ours] = states as [(typeof states)[number]];
  let missing: string[] | undefined;
  for (let round = -1; round < runs; round++) {
    for (const s of states) {
      if (s.row.error) continue;
      const out = mkdtempSync(join(tmpdir(), `bench-${s.tool.name.split(' ')[0]}-`));
      try {
        let m = measure(s.tool.entry, s.tool.args(input.wsdl, out));
        if (!m.ok && round < 0 && s.tool.fallback) {
          s.row.defaultsError = m.error ?? 'failed';
          s.tool = s.tool.fallback;
          s.row.tool = s.tool.name;
          rmSync(out, { recursive: true, force: true });
          m = measure(s.tool.entry, s.tool.args(input.wsdl, out));
        }
        if (!m.ok) s.row.error = m.error ?? 'failed';
        else if (round < 0) {
          s.row.firstRunMs = m.wallMs;
          s.row.coverage = outputCoverage(out, facts);
          if (s === ours && expected) {
            const declared = declaredNames(join(out, 'models'));
            missing = expected.filter((name) => !declared.has(name));
            if (missing.length > 0) s.row.error = `left out ${missing.length} of the model's ${expected.length} declarations`;
          }
        } else s.measurements.push(m);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    }
    // Nothing is timed for an input ours did not generate in full.
    if (ours.row.error) break;
  }
  const [oursRow, peerRow] = states.map((s) => (s.row.error ? s.row : { ...s.row, wallMs: median(s.measurements.map((m) => m.wallMs)), cpuMs: median(s.measurements.map((m) => m.cpuMs)), peakRssMb: median(s.measurements.map((m) => m.peakRssMb)) })) as [Row, Row];
  return { input, ours: oursRow, peer: peerRow, ...(missing && missing.length > 0 ? { missing } : {}) };
}

/**
 * What ours must declare for the WSDL, from the model the command builds: per complex type its
 * interface (or, for a type others extend, the interface of its fields, and the value's unless
 * it is abstract), per enumeration its type.
 */
async function expectedDeclarations(wsdl: string): Promise<string[]> {
  const { model } = await generatorModel({ wsdl });
  const names = model.names!;
  return [
    ...[...model.types.values()].flatMap((t) => {
      const n = names.types.get(t.id)!;
      return t.tagged ? [n.fields!, ...(t.abstract ? [] : [n.value])] : [n.value];
    }),
    ...[...names.enums.values()].map((n) => n.type),
  ];
}

function declaredNames(modelsDir: string): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(modelsDir)) {
    for (const m of readFileSync(join(modelsDir, file), 'utf8').matchAll(/^export (?:interface|type) (\w+)/gm)) names.add(m[1]!);
  }
  return names;
}

function printResult({ input, ours, peer, missing }: Result, facts: SchemaFacts): void {
  const schemaTypes = facts.complexTypes.length;
  const schemaAttributes = facts.attributes.length;
  console.log(`${input.label}: ${schemaTypes} named complex types, ${schemaAttributes} attributes`);
  const header = ['tool', 'wall ms', 'CPU ms', 'first run ms', 'peak RSS MB', 'files', 'exported types', 'schema types emitted', 'attributes emitted'];
  const lines = [ours, peer].map((r) =>
    r.error
      ? [r.tool, 'failed', '', '', '', '', '', '', r.error]
      : [r.tool, r.wallMs.toFixed(0), r.cpuMs.toFixed(0), (r.firstRunMs ?? Number.NaN).toFixed(0), r.peakRssMb.toFixed(0), String(r.coverage!.files), String(r.coverage!.exportedTypes), `${r.coverage!.schemaTypesEmitted}/${schemaTypes}`, `${r.coverage!.attributesEmitted}/${schemaAttributes}`],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  for (const l of [header, ...lines]) console.log(`  ${l.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`);
  for (const r of [ours, peer]) if (r.defaultsError) console.log(`  ${r.tool.split(' ')[0]} failed with its defaults (${r.defaultsError}); measured with the option above`);
  if (missing) console.log(`  not timed: ours left out ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? `, … (${missing.length})` : ''}`);
  if (!ours.error && !peer.error) console.log(`  ratio ours/peer: wall ${(ours.wallMs / peer.wallMs).toFixed(2)}×, CPU ${(ours.cpuMs / peer.cpuMs).toFixed(2)}×, peak RSS ${(ours.peakRssMb / peer.peakRssMb).toFixed(2)}×`);
  else console.log(`  ratio ours/peer: none, ${[ours, peer].filter((r) => r.error).map((r) => r.tool).join(' and ')} failed`);
  console.log('');
}

function printTargets(results: Result[]): boolean {
  const ratio = (r: Result) => r.ours.wallMs / r.peer.wallMs;
  const partner = results.find((r) => r.input.kind === 'partner')!;
  if (!partner.ours.error) {
    console.log(`target: the Partner SDK from wsdl/ in under ${PARTNER_TARGET_MS / 1000} s (the command, start to exit)`);
    console.log(`result: ${partner.ours.wallMs.toFixed(0)} ms (${partner.ours.cpuMs.toFixed(0)} ms of CPU), ${partner.ours.wallMs < PARTNER_TARGET_MS ? 'met' : 'not met'}; ${ratio(partner).toFixed(2)}× wsdl-tsclient's wall time, ${(partner.ours.peakRssMb / partner.peer.peakRssMb).toFixed(2)}× its peak RSS`);
  }
  const corpus = results.filter((r) => r.input.kind === 'corpus');
  if (corpus.length > 0) {
    const compared = corpus.filter((r) => !r.ours.error && !r.peer.error);
    console.log(`target: ours ≤ ${CORPUS_TARGET_RATIO.toFixed(1)}× wsdl-tsclient's wall time on the four largest corpus WSDLs, emitting every type (${corpus.length} of 4 measured)`);
    const each = corpus.map((r) => `${r.input.id} ${r.ours.error || r.peer.error ? 'not compared' : `${ratio(r).toFixed(2)}×${r.peer.defaultsError ? ' (peer with its raised name limit)' : ''}`}`);
    console.log(`result: ${each.join(', ')}; met on ${compared.filter((r) => ratio(r) <= CORPUS_TARGET_RATIO).length} of ${compared.length} compared`);
  }
  console.log('');
  return results.every((r) => !r.ours.error);
}
