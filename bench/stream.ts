/**
 * Streaming 100 000 records through query() against the fake Partner API on loopback, the fake
 * in a child process: every record must arrive (the count read equals the count served), and
 * the heap must not grow with the number of records read. It fails, with the figures, when
 * either does not hold. Needs --expose-gc for exact readings (npm run bench passes it).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { DEFAULT_PASSWORD, DEFAULT_USER } from '../fake/index.ts';
import { PartnerApiClient } from '../generated/index.ts';

/** Heap growth allowed while streaming. A page or two in flight is well under it; 100 000 records kept take about 30 MB. */
export const HEAP_GROWTH_BOUND_MB = 12;

export async function runStreamBench(total = 100_000): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the streaming benchmark needs node --expose-gc (npm run bench passes it)');
  const server = spawn(process.execPath, ['--import', 'tsx', new URL('./stream-server.ts', import.meta.url).pathname, String(total)], { stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    const url = await readyUrl(server.stdout);
    const boomi = new PartnerApiClient({ accountId: 'acme-AB12CD', username: DEFAULT_USER, password: DEFAULT_PASSWORD, endpoint: url, allowInsecureHttp: true, requestsPerSecond: Infinity });
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    let count = 0;
    const started = performance.now();
    for await (const environment of boomi.environment.query()) {
      if (environment.id === undefined) throw new Error(`streaming: record ${count + 1} has no id`);
      if (++count % 5000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const growthMb = peak / 1024 / 1024;
    console.log(`streaming ${count} records through query() from the fake in another process, on loopback: ${seconds.toFixed(1)} s, ${(count / seconds).toFixed(0)} records/s`);
    console.log(`  heap growth while streaming: ${growthMb.toFixed(1)} MB (bound ${HEAP_GROWTH_BOUND_MB} MB)`);
    if (count !== total) throw new Error(`streaming: read ${count} records of the ${total} the fake holds`);
    if (growthMb > HEAP_GROWTH_BOUND_MB) throw new Error(`streaming: the heap grew ${growthMb.toFixed(1)} MB while reading ${count} records, past the ${HEAP_GROWTH_BOUND_MB} MB bound: records are being kept`);
    return growthMb;
  } finally {
    server.stdin.end();
  }
}

/** The URL the server prints once it is seeded; its exit before that is an error. */
function readyUrl(stdout: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: stdout });
    lines.once('line', (line) => (line.startsWith('ready ') ? resolve(line.slice('ready '.length)) : reject(new Error(`stream-server said: ${line}`))));
    lines.once('close', () => reject(new Error('stream-server exited before it was ready')));
  });
}
