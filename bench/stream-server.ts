/**
 * The fake Partner API for the streaming benchmark, in a process of its own so that its store
 * and its work are not in the heap or the CPU time being measured: `node --import tsx
 * bench/stream-server.ts <records>` seeds that many ExecutionRecords, prints `ready <url>`,
 * answers each line `stats` on its stdin with `stats <sockets accepted> <requests received>`
 * (so far), and serves until its stdin closes. Idle connections are kept 60 s, as HTTPS endpoints keep
 * them (tens of seconds), so clients can reuse one.
 */
import { createInterface } from 'node:readline';
import { startFakePartnerApi } from '../fake/index.ts';

const total = Number(process.argv[2]);
if (!Number.isInteger(total) || total < 0) throw new Error(`stream-server wants a number of records, not ${process.argv[2]}`);
const fake = await startFakePartnerApi({ keepAliveTimeoutMs: 60_000 });
for (let i = 0; i < total; i++) fake.store.put(fake.primaryAccount, 'ExecutionRecord', executionRecord(i));
console.log(`ready ${fake.url}`);
const commands = createInterface({ input: process.stdin });
commands.on('line', (line) => {
  if (line === 'stats') console.log(`stats ${fake.connectionsAccepted} ${fake.httpRequests}`);
  else console.log(`unknown command ${line}`);
});
commands.on('close', () => void fake.close().then(() => process.exit(0)));

/** An ExecutionRecord with every field the schema requires, as the execution history holds them. */
function executionRecord(n: number): Record<string, unknown> {
  const id = `execution-3c5d7e9f-${String(n).padStart(8, '0')}-2024.03.01`;
  const time = `2024-03-01T${String(Math.floor(n / 3600) % 24).padStart(2, '0')}:${String(Math.floor(n / 60) % 60).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}Z`;
  return {
    executionId: id,
    account: fake.primaryAccount,
    executionTime: time,
    status: n % 23 === 0 ? 'ERROR' : 'COMPLETE',
    executionType: n % 2 ? 'exec_listener' : 'exec_sched',
    processName: `Orders to ERP ${n % 17}`,
    processId: `7a1b2c3d-0000-4000-8000-${String(n % 1000).padStart(12, '0')}`,
    atomName: 'Prod Atom',
    atomId: '5e6f7a8b-1111-4222-8333-944455566677',
    inboundDocumentCount: 12,
    outboundDocumentCount: 12,
    executionDuration: 1532 + n,
    nodeId: 'atom01.acme.example',
    recordedDate: time,
    launcherID: '',
    message: '',
    originalExecutionId: id,
    parentExecutionId: '',
    reportKey: `rk-${n}`,
    topLevelExecutionId: id,
  };
}
