/** npm run fake-server [-- --port 8080]: the fake Partner API with demo data, until Ctrl-C. */
import { parseArgs } from 'node:util';
import { seedDemoData } from './seed.ts';
import { startFakePartnerApi } from './server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' } } });
const fake = await startFakePartnerApi({ port: Number(values.port) });
seedDemoData(fake);
console.log(`fake Boomi Partner API: ${fake.url}`);
console.log(`WSDL (Basic auth): ${fake.wsdlUrl}`);
console.log('credentials: ops@acme.example / s3cret, or the API token BOOMI_TOKEN.ops@acme.example / token-123');
console.log('sub-account for the override: sub-XY34ZW');
