/**
 * End to end: every ExecutionRecord of the fake Partner API (in a child process, on loopback,
 * keeping idle connections 60 s as HTTPS endpoints do) read through a paging query, by our
 * client (`query()`, the next page fetched while one is consumed) and by node-soap's client
 * (`query`, then `queryMore` with each token), taking turns. For each: records/s, the client's
 * CPU time per record (user + system, this process only: the fake is elsewhere), the sockets
 * the fake accepted against the requests it received, and the heap growth while reading. It
 * fails, with the figures, when a client misses a record, when ours does not reuse its
 * connections (more than two sockets a pass: the page fetched ahead may open a second), or when
 * ours keeps records (its heap grows past the bound). Needs --expose-gc for exact readings.
 */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createClientAsync, WSSecurity } from 'soap';
import { DEFAULT_PASSWORD, DEFAULT_USER } from '../fake/index.ts';
import { PartnerApiClient } from '../generated/index.ts';
import { median } from './measure.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Heap growth allowed while streaming. A page or two in flight is well under it; the records kept would take tens of MB. */
export const HEAP_GROWTH_BOUND_MB = 12;
const ROUNDS = 3;

interface Pass {
  records: number;
  seconds: number;
  cpuMs: number;
  /** Connections the fake accepted, and requests it received, during the pass. */
  sockets: number;
  requests: number;
  heapGrowthMb: number;
}

interface Client {
  name: string;
  /** Reads every record, calling `each` per record; resolves to the count read. */
  read(each: (record: { executionId?: unknown }) => void): Promise<number>;
}

export async function runStreamBench(total = 20_000): Promise<{ ours: Pass; soap: Pass }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the streaming benchmark needs node --expose-gc (npm run bench passes it)');
  const server = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'bench/stream-server.ts'), String(total)], { stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    const lines = createInterface({ input: server.stdout });
    const url = await nextLine(lines, 'ready ');
    const serverStats = async () => {
      server.stdin.write('stats\n');
      const [sockets, requests] = (await nextLine(lines, 'stats ')).split(' ').map(Number) as [number, number];
      return { sockets, requests };
    };
    const clients = [oursClient(url), await nodeSoapClient(url)];
    const passes: Pass[][] = clients.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, client] of clients.entries()) passes[i]!.push(await measurePass(client, gc, serverStats));
    }
    const [ours, soap] = passes.map(summary) as [Pass, Pass];
    console.log(`streaming ${total} ExecutionRecords through a paging query, from the fake in another process on loopback (keep-alive 60 s), median of ${ROUNDS} passes each, taking turns; sockets and requests over all passes`);
    for (const [name, p] of [['ours (query())', ours], ['node-soap client', soap]] as const) {
      console.log(`  ${name.padEnd(18)} ${(p.records / p.seconds).toFixed(0).padStart(6)} records/s  ${((p.cpuMs * 1000) / p.records).toFixed(1).padStart(6)} µs CPU/record  ${p.sockets} sockets for ${p.requests} requests  heap growth ${p.heapGrowthMb.toFixed(1)} MB`);
    }
    console.log(`  ours / node-soap: ${(ours.records / ours.seconds / (soap.records / soap.seconds)).toFixed(2)}× records/s, ${(soap.cpuMs / ours.cpuMs).toFixed(2)}× less CPU per record`);
    for (const [name, p] of [['ours', ours], ['node-soap', soap]] as const) {
      if (p.records !== total) throw new Error(`streaming: ${name} read ${p.records} records of the ${total} the fake holds`);
    }
    if (ours.sockets > 2 * ROUNDS) throw new Error(`streaming: ours opened ${ours.sockets} sockets for ${ours.requests} requests: connections are not reused`);
    if (ours.heapGrowthMb > HEAP_GROWTH_BOUND_MB) throw new Error(`streaming: the heap grew ${ours.heapGrowthMb.toFixed(1)} MB while reading ${total} records, past the ${HEAP_GROWTH_BOUND_MB} MB bound: records are being kept`);
    return { ours, soap };
  } finally {
    server.stdin.end();
  }
}

async function measurePass(client: Client, gc: () => void, serverStats: () => Promise<{ sockets: number; requests: number }>): Promise<Pass> {
  const before = await serverStats();
  gc();
  const baseline = process.memoryUsage().heapUsed;
  let peak = 0;
  let count = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const records = await client.read((record) => {
    if (record.executionId === undefined) throw new Error(`${client.name}: record ${count + 1} has no executionId`);
    if (++count % 5000 === 0) {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
    }
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const after = await serverStats();
  return { records, seconds, cpuMs: (used.user + used.system) / 1000, sockets: after.sockets - before.sockets, requests: after.requests - before.requests, heapGrowthMb: peak / 1024 / 1024 };
}

/** Time and CPU: the median pass; sockets and requests: all passes together; heap growth: the largest; records: the fewest. */
function summary(passes: Pass[]): Pass {
  const sum = (f: (p: Pass) => number) => passes.reduce((n, p) => n + f(p), 0);
  return {
    records: Math.min(...passes.map((p) => p.records)),
    seconds: median(passes.map((p) => p.seconds)),
    cpuMs: median(passes.map((p) => p.cpuMs)),
    sockets: sum((p) => p.sockets),
    requests: sum((p) => p.requests),
    heapGrowthMb: Math.max(...passes.map((p) => p.heapGrowthMb)),
  };
}

function oursClient(endpoint: string): Client {
  const boomi = new PartnerApiClient({ accountId: 'acme-AB12CD', username: DEFAULT_USER, password: DEFAULT_PASSWORD, endpoint, allowInsecureHttp: true, requestsPerSecond: Infinity });
  return {
    name: 'ours',
    read: async (each) => {
      let count = 0;
      for await (const record of boomi.executionRecord.query()) {
        each(record);
        count++;
      }
      return count;
    },
  };
}

/** node-soap's client on the same WSDL (read from disk, so no socket is spent on it), with the same UsernameToken. */
async function nodeSoapClient(endpoint: string): Promise<Client> {
  const client = await createClientAsync(join(repoRoot, 'wsdl/PartnerApi.wsdl'), { endpoint });
  client.setSecurity(new WSSecurity(DEFAULT_USER, DEFAULT_PASSWORD, { passwordType: 'PasswordText', hasTimeStamp: false }));
  type Page = { results?: { queryToken?: string; result?: { executionId?: unknown }[] | { executionId?: unknown } } };
  // Called with a callback: the WSDL's own queryAsync operation takes the name node-soap gives the promise form of query.
  const call = (operation: 'query' | 'queryMore', args: object) =>
    new Promise<Page>((resolve, reject) => client[operation](args, (error: unknown, result: Page) => (error ? reject(error) : resolve(result))));
  return {
    name: 'node-soap',
    read: async (each) => {
      let count = 0;
      let page = await call('query', { objectType: 'ExecutionRecord' });
      for (;;) {
        const results = page.results?.result;
        for (const record of Array.isArray(results) ? results : results ? [results] : []) {
          each(record);
          count++;
        }
        const token = page.results?.queryToken;
        if (!token) return count;
        page = await call('queryMore', { queryToken: token });
      }
    },
  };
}

/** The next line the server prints that starts with `prefix`, without it; anything else is an error. */
function nextLine(lines: Interface, prefix: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const onLine = (line: string) => {
      lines.off('close', onClose);
      if (line.startsWith(prefix)) resolve(line.slice(prefix.length));
      else reject(new Error(`stream-server said: ${line}`));
    };
    const onClose = () => {
      lines.off('line', onLine);
      reject(new Error('stream-server exited'));
    };
    lines.once('line', onLine);
    lines.once('close', onClose);
  });
}
