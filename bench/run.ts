/**
 * npm run bench [-- --runs N] [--only generation,sdk-cost,decode,stream,scale]
 *
 * First generation (bench/generation.ts): ours against wsdl-tsclient on the committed Partner
 * WSDL, the real 2023 Platform WSDL when ../shared is beside the repository, and the four largest
 * entries of the development corpus when `npm run corpus:fetch` has rebuilt it; it fails the run
 * when ours leaves a type out.
 *
 * Then what the SDK costs its users (bench/sdk-cost.ts: bundle sizes, consumer type-check
 * time), decoding per shape against node-soap, fast-xml-parser and bare tokenizer passes
 * (bench/decode.ts), a paging query end to end against node-soap's client (bench/stream.ts),
 * which fails the run when a record is missing or our heap grows past its bound, and how
 * generation time grows with the number of schema types (bench/scale.ts).
 */
import { parseArgs } from 'node:util';
import { runGenerationBench } from './generation.ts';
import { runDecodeBench } from './decode.ts';
import { runSdkCostBench } from './sdk-cost.ts';
import { runStreamBench } from './stream.ts';
import { runScaleBench } from './scale.ts';

const PARTS = ['generation', 'sdk-cost', 'decode', 'stream', 'scale'] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, only: { type: 'string', default: PARTS.join(',') } } });
  const runs = Math.max(1, Number(values.runs));
  const only = values.only.split(',');
  const unknown = only.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0) throw new Error(`--only takes ${PARTS.join(', ')}, not ${unknown.join(', ')}`);
  if (only.includes('generation') && !(await runGenerationBench(runs))) process.exitCode = 1;
  if (only.includes('sdk-cost')) await runSdkCostBench(runs).then(() => console.log(''));
  if (only.includes('decode')) await runDecodeBench().then(() => console.log(''));
  if (only.includes('stream')) await runStreamBench().then(() => console.log(''));
  if (only.includes('scale')) await runScaleBench();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
