/**
 * Decoding SOAP responses, per shape (bench/decode-pages.ts), on the same bytes, in one run:
 * - ours as a consumer ships it: the generated SDK bundled by esbuild, its decodeMessage;
 * - node-soap's client parser (what its client runs on every response);
 * - fast-xml-parser, set up for typed values: attribute and text values parsed, the repeated
 *   elements of these pages as arrays, opaque XML kept as text (stop nodes);
 * - bare passes of tokenizers, events delivered to handlers that do nothing: saxes, which our
 *   decoder runs on (the floor any decoder on it stands on), and saxen, a faster one evaluated
 *   in its place.
 * Before timing: every page is validated against wsdl/ with libxml2 (the run fails if one is
 * not valid), and each decoder's output for the first page is checked for the sample record's
 * typed values (decode-check.ts); a decoder with a wrong value is reported, not timed. Then,
 * per shape: the median CPU time of each decoder over all pages (taking turns), MB/s, the ratio
 * to the bare saxes pass, and the heap that the decoded pages keep, per record.
 */
import { validateAgainstPartnerSchemas } from '../test/support/schema-validator.ts';
import { checkSample, describeCheck, type ShapeCheck } from './decode-check.ts';
import { DECODE_SHAPES, envelope, type DecodeShape } from './decode-pages.ts';
import { loadDecoders, type Decoder } from './decoders.ts';
import { median } from './measure.ts';

const RUNS = 11;
export const TARGETS = { oursPerBareSaxes: 1.3, oursOverNodeSoapOnMix: 4 };

interface Row {
  decoder: Decoder;
  check?: ShapeCheck;
  ms?: number;
  retainedPerRecord?: number;
}

export interface DecodeResult {
  shape: string;
  megabytes: number;
  rows: { name: string; verdict?: string; ms?: number; retainedPerRecord?: number }[];
}

export async function runDecodeBench(): Promise<DecodeResult[]> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the decode benchmark needs node --expose-gc (npm run bench passes it)');
  const decoders = await loadDecoders();
  const results: DecodeResult[] = [];
  console.log(`decoding, per shape: median CPU time of ${RUNS} runs over all pages, decoders taking turns; MB/s per CPU second; ratios are times (lower is faster)`);
  for (const shape of DECODE_SHAPES) {
    const bodies = Array.from({ length: shape.pages }, (_, i) => shape.body(i));
    await validatePages(shape, bodies);
    const pages = bodies.map(envelope);
    const megabytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1024 / 1024;
    const rows: Row[] = decoders.map((decoder) => (decoder.view ? { decoder, check: checkSample(decoder.view, () => decoder.decode(pages[0]!, shape), shape) } : { decoder }));
    const timed = rows.filter((r) => r.check?.verdict !== 'wrong');
    timeMs(pages, shape, timed);
    for (const r of timed) if (r.decoder.view) r.retainedPerRecord = retainedBytes(gc, pages, shape, r.decoder) / (pages.length * shape.records);
    printShape(shape, pages.length, megabytes, rows);
    results.push({ shape: shape.name, megabytes, rows: rows.map((r) => ({ name: r.decoder.name, verdict: r.check?.verdict, ms: r.ms, retainedPerRecord: r.retainedPerRecord })) });
  }
  printTargets(results);
  return results;
}

async function validatePages(shape: DecodeShape, bodies: string[]): Promise<void> {
  const result = await validateAgainstPartnerSchemas(bodies.map((contents, i) => ({ fileName: `${shape.name} page ${i}.xml`, contents })));
  if (!result.valid) throw new Error(`decode benchmark: the ${shape.name} pages are not valid against wsdl/:\n${result.errors.slice(0, 5).join('\n')}`);
}

/**
 * Median CPU time (this process, user and system: the decoder and its garbage collection) of
 * each decoder over all pages. CPU time rather than wall time: on a shared machine, the time
 * spent waiting for a core is not the decoder's. The decoders take turns, so what the machine's
 * load still changes (caches, frequency) hits them alike.
 */
function timeMs(pages: string[], shape: DecodeShape, rows: Row[]): void {
  for (const { decoder } of rows) for (const p of pages.slice(0, 20)) decoder.decode(p, shape); // warm up
  const runs: number[][] = rows.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    rows.forEach(({ decoder }, i) => {
      const started = process.cpuUsage();
      for (const p of pages) decoder.decode(p, shape);
      const used = process.cpuUsage(started);
      runs[i]!.push((used.user + used.system) / 1000);
    });
  }
  rows.forEach((row, i) => (row.ms = median(runs[i]!)));
}

/** Heap kept by the decoded values of every page (the pages themselves are already in the heap). */
function retainedBytes(gc: () => void, pages: string[], shape: DecodeShape, decoder: Decoder): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = pages.map((p) => decoder.decode(p, shape));
  gc();
  const after = process.memoryUsage().heapUsed;
  if (kept.length !== pages.length) throw new Error('unreachable: keeps the values alive until measured');
  return after - before;
}

function printShape(shape: DecodeShape, pageCount: number, megabytes: number, rows: Row[]): void {
  const what = shape.operation === 'getBulk' ? 'bulk GET pages' : 'query pages';
  console.log(`\n${shape.name}: ${pageCount} ${what} of ${shape.records} (${megabytes.toFixed(1)} MB), every page valid against wsdl/ (libxml2)`);
  const ours = rows[0]!.ms;
  const bare = rows.find((r) => r.decoder.name.startsWith('bare saxes'))!.ms!;
  const header = ['decoder', 'check', 'CPU ms', 'MB/s', '× bare saxes', 'ours faster', 'retained B/record'];
  const lines = rows.map((r) => [
    r.decoder.name,
    r.check?.verdict ?? '',
    r.ms === undefined ? 'not timed' : r.ms.toFixed(0),
    r.ms === undefined ? '' : (megabytes / (r.ms / 1000)).toFixed(1),
    r.ms === undefined ? '' : `${(r.ms / bare).toFixed(2)}×`,
    r.ms === undefined || ours === undefined || r === rows[0] || !r.decoder.view ? '' : `${(r.ms / ours).toFixed(2)}×`,
    r.retainedPerRecord === undefined ? '' : r.retainedPerRecord.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  for (const l of [header, ...lines]) console.log(`  ${l.map((c, i) => (i === 0 || i === 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`);
  for (const r of rows) for (const line of r.check ? describeCheck(r.check) : []) console.log(`  ${r.decoder.name}, ${line}`);
}

function printTargets(results: DecodeResult[]): void {
  const ratio = (result: DecodeResult, name: string, over: string) => {
    const a = result.rows.find((r) => r.name.startsWith(name))?.ms;
    const b = result.rows.find((r) => r.name.startsWith(over))?.ms;
    return a === undefined || b === undefined ? undefined : a / b;
  };
  const perBare = results.map((r) => [r.shape, ratio(r, 'ours', 'bare saxes')] as const);
  const mix = results.find((r) => r.shape === 'mixed derived types')!;
  const overSoap = ratio(mix, 'node-soap', 'ours');
  const show = (x: number | undefined) => (x === undefined ? 'not timed' : `${x.toFixed(2)}×`);
  const metBare = perBare.every(([, x]) => x !== undefined && x <= TARGETS.oursPerBareSaxes);
  console.log(`\ntarget: ours ≤ ${TARGETS.oursPerBareSaxes}× the bare saxes pass on every shape: ${perBare.map(([s, x]) => `${s} ${show(x)}`).join(', ')}: ${metBare ? 'met' : 'not met'}`);
  console.log(`target: ours ≥ ${TARGETS.oursOverNodeSoapOnMix}× node-soap's speed on the mix: ${show(overSoap)}: ${overSoap !== undefined && overSoap >= TARGETS.oursOverNodeSoapOnMix ? 'met' : 'not met'}`);
}

