/**
 * The fake Partner API for the streaming benchmark, in a process of its own so that its store
 * and its work are not in the heap being measured: `node --import tsx bench/stream-server.ts
 * <records>` seeds that many Environments, prints `ready <url>`, and serves until its stdin
 * closes.
 */
import { startFakePartnerApi } from '../fake/index.ts';

const total = Number(process.argv[2]);
if (!Number.isInteger(total) || total < 0) throw new Error(`stream-server wants a number of records, not ${process.argv[2]}`);
const fake = await startFakePartnerApi();
for (let i = 0; i < total; i++) fake.store.put(fake.primaryAccount, 'Environment', { id: `env-${i}`, name: `Environment ${i}`, classification: i % 2 ? 'PROD' : 'TEST' });
console.log(`ready ${fake.url}`);
process.stdin.resume();
process.stdin.on('end', () => void fake.close().then(() => process.exit(0)));
