/** npm run fake-server [-- --port 8080 --host 127.0.0.1]: the fake Partner API with demo data, until Ctrl-C. */
import { parseArgs } from 'node:util';
import { DEFAULT_PASSWORD, DEFAULT_SUB_ACCOUNT, DEFAULT_TOKEN, DEFAULT_USER } from './options.ts';
import { seedDemoData } from './seed.ts';
import { startFakePartnerApi } from './start.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port wants a TCP port, not ${values.port}`);

const fake = await startFakePartnerApi({ port, host: values.host });
seedDemoData(fake);
console.log(`fake Boomi Partner API for account ${fake.primaryAccount}: ${fake.url}`);
console.log(`WSDL (HTTP Basic auth): ${fake.wsdlUrl}`);
console.log(`credentials: ${DEFAULT_USER} / ${DEFAULT_PASSWORD}, or the API token BOOMI_TOKEN.${DEFAULT_USER} / ${DEFAULT_TOKEN}`);
console.log(`sub-account for the accountId override: ${DEFAULT_SUB_ACCOUNT}`);
console.log(`try: curl -u '${DEFAULT_USER}:${DEFAULT_PASSWORD}' '${fake.wsdlUrl}'`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void fake.close().then(() => process.exit(0));
  });
}
