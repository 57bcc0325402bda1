// Run by debug-switch.test.ts in a child process with BOOMI_SDK_DEBUG set: one call to the fake
// that the test runs, at the endpoint given as the argument. It imports only the modules it
// uses, so that the child starts quickly.
import { DEFAULT_ACCOUNT, DEFAULT_PASSWORD, DEFAULT_USER } from '../../fake/options.ts';
import { PartnerClient } from '../../generated/runtime/boomi/partner-client.ts';
import { environment } from '../../generated/objects/environment.ts';

const client = new PartnerClient({ accountId: DEFAULT_ACCOUNT, username: DEFAULT_USER, password: DEFAULT_PASSWORD, endpoint: process.argv[2], allowInsecureHttp: true, requestsPerSecond: Infinity });
const env = await environment(client).get('env-1');
process.stderr.write(`got ${env.name}\n`);
