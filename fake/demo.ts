/** npm run demo: the generated SDK against the fake Partner API on loopback, the calls a user writes. */
import { PartnerApiClient } from '../generated/index.ts';
import { seedDemoData } from './seed.ts';
import { startFakePartnerApi } from './index.ts';

const fake = await startFakePartnerApi();
seedDemoData(fake);
const boomi = new PartnerApiClient({
  accountId: fake.primaryAccount,
  username: 'BOOMI_TOKEN.ops@acme.example',
  password: 'token-123',
  endpoint: fake.url,
  allowInsecureHttp: true, // the fake listens on plain http on loopback
});
try {
  const account = await boomi.account.get('sub-XY34ZW');
  console.log(`account.get: ${account.name} (${account.status}), created ${account.dateCreated}`);

  let count = 0;
  for await (const env of boomi.environment.query((f) => f.and(f.classification.equals('TEST'), f.name.like('Environment%')))) {
    if (count++ < 2) console.log(`environment.query: ${env.name}`);
  }
  console.log(`environment.query: ${count} TEST environments, in ${fake.calls.get('queryMore') ?? 0} queryMore pages after the first`);

  const processes = await boomi.process.bulkGet(['proc-1', 'proc-2', 'no-such-process']);
  for (const p of processes) console.log(`process.bulkGet: ${p.id} → ${p.ok ? p.value.name : `error ${p.statusCode}: ${p.errorMessage}`}`);

  const deployments = boomi.withAccount('sub-XY34ZW').deployment.query();
  for await (const d of deployments) console.log(`withAccount('sub-XY34ZW').deployment.query: ${d.id} of ${d.componentId} in ${d.environmentId}`);

  // Account CREATE takes no override: the sub-account view has no create (a compile error); from JavaScript it is refused before sending.
  await boomi.account.create({ name: 'not allowed' }, { accountId: 'sub-XY34ZW' } as object).catch((e: Error) => console.log(`${e.name}: ${e.message}`));
} finally {
  await fake.close();
}
