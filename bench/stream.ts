/**
 * Streaming 100 000 records through query() against the fake Partner API on loopback: the heap
 * must not grow with the number of records read (target: less than 64 MB of growth).
 * Run with --expose-gc for exact readings (npm run bench does).
 */
import { startFakePartnerApi } from '../fake/index.ts';
import { PartnerApiClient } from '../generated/index.ts';

export async function runStreamBench(total = 100_000): Promise<number> {
  const fake = await startFakePartnerApi();
  for (let i = 0; i < total; i++) fake.store.put(fake.primaryAccount, 'Environment', { id: `env-${i}`, name: `Environment ${i}`, classification: i % 2 ? 'PROD' : 'TEST' });
  const boomi = new PartnerApiClient({ accountId: fake.primaryAccount, username: 'ops@acme.example', password: 's3cret', endpoint: fake.url, allowInsecureHttp: true, requestsPerSecond: Infinity });
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseline = process.memoryUsage().heapUsed;
  let peak = 0;
  let count = 0;
  const started = performance.now();
  for await (const environment of boomi.environment.query()) {
    if (environment.id === undefined) throw new Error('a record without id');
    if (++count % 5000 === 0) {
      gc?.();
      peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  await fake.close();
  const growthMb = peak / 1024 / 1024;
  console.log(`streaming ${count} records through query() against the fake on loopback: ${seconds.toFixed(1)} s, ${(count / seconds).toFixed(0)} records/s`);
  console.log(`  heap growth while streaming: ${growthMb.toFixed(1)} MB (target < 64 MB)${gc ? '' : ' (no --expose-gc: readings include garbage)'}`);
  return growthMb;
}
