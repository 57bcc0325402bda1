// The generator as users install it and the SDK as they consume it: the packed generator
// installed into an empty project outside this repository, its command run with no TypeScript
// loader, the snapshot generated as a package, a TypeScript consumer compiled under `nodenext`
// and under `bundler` resolution, and JavaScript consumers (ES module and require) run against
// the fake Partner API.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { repoRoot } from '../support/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'boomi-soap-codegen-consumer-'));
const app = join(work, 'app');
const npm = (args: string[], cwd: string) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
let fake: RunningFake;
let installedBefore: string[];

/** Every file under a folder with its size and modification time: what the generator may not change in its own install. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: false })
    .map(String)
    .filter((p) => statSync(join(dir, p)).isFile())
    .map((p) => `${p} ${statSync(join(dir, p)).size} ${statSync(join(dir, p)).mtimeMs}`)
    .sort();
}

beforeAll(async () => {
  const tarball = npm(['pack', '--pack-destination', work, '--silent'], repoRoot).trim().split('\n').pop()!;
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(['install', join(work, tarball)], app);
  installedBefore = snapshot(join(app, 'node_modules/boomi-soap-codegen'));
  fake = await startFakePartnerApi({ subAccounts: ['sub-1'] });
  fake.store.put(fake.primaryAccount, 'Account', { id: 'sub-1', accountId: 'sub-1', name: 'Sub', status: 'active' });
}, 240_000);
afterAll(async () => {
  await fake?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the installed generator', () => {
  it('generates the snapshot as a package with plain node, writing nothing into its own folder', () => {
    const run = spawnSync(join(app, 'node_modules/.bin/boomi-soap-codegen'), ['--wsdl', join(repoRoot, 'wsdl'), '--out', 'sdk', '--package', '--package-name', 'partner-sdk', '--quiet'], { cwd: app, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(join(app, 'sdk')).sort()).toEqual(['actions.d.ts', 'actions.js', 'api-surface.json', 'client.d.ts', 'client.js', 'index.d.ts', 'index.js', 'models', 'objects', 'package.json', 'runtime', 'services']);
    expect(snapshot(join(app, 'node_modules/boomi-soap-codegen'))).toEqual(installedBefore);
    npm(['install', './sdk'], app);
  }, 120_000);

  const consumer = `import { PartnerApiClient, NotFoundError, accountFilter, type Account } from 'partner-sdk';
import { account } from 'partner-sdk/objects/account';
import { PartnerClient } from 'partner-sdk/runtime/boomi/partner-client';

const boomi = new PartnerApiClient({ accountId: 'acme', username: 'u', password: 'p' });
const one: Account = await account(new PartnerClient({ accountId: 'acme', username: 'u', password: 'p' })).get('sub-1');
const filter = accountFilter((f) => f.status.equals('active'));
for await (const a of boomi.account.query(filter)) console.log(a.name ?? one.name);
// @ts-expect-error -- Account CREATE takes no account override
await boomi.withAccount('sub-1').account.create({ name: 'x' });
export const notFound: typeof NotFoundError = NotFoundError;
`;

  for (const [name, options] of [
    ['module nodenext', { module: 'nodenext', moduleResolution: 'nodenext' }],
    ['moduleResolution bundler', { module: 'esnext', moduleResolution: 'bundler' }],
  ] as const) {
    it(`compiles a TypeScript consumer under ${name}, against the package's declarations`, () => {
      const dir = join(app, name.replace(/\s+/g, '-'));
      mkdirSync(dir);
      writeFileSync(join(dir, 'consumer.ts'), consumer);
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...options, target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [join(repoRoot, 'node_modules/@types')] }, files: ['consumer.ts'] }));
      for (const tsc of ['typescript/bin/tsc', 'typescript-5/bin/tsc']) {
        const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules', tsc), '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
        expect(`${tsc}: ${result.stdout}${result.stderr}`).toBe(`${tsc}: `);
      }
    }, 60_000);
  }

  it('runs JavaScript consumers against the fake Partner API, as an ES module and through require', async () => {
    const options = `{ accountId: ${JSON.stringify(fake.primaryAccount)}, username: 'ops@acme.example', password: 's3cret', endpoint: ${JSON.stringify(fake.url)}, allowInsecureHttp: true }`;
    const body = `const boomi = new PartnerApiClient(${options});
const got = await boomi.account.get('sub-1');
const names = [];
for await (const a of boomi.account.query((f) => f.name.equals('Sub'))) names.push(a.name);
const missing = await boomi.account.get('no-such').catch((e) => e);
console.log(JSON.stringify({ got, names, missing: missing instanceof NotFoundError }));`;
    writeFileSync(join(app, 'consumer.mjs'), `import { PartnerApiClient, NotFoundError } from 'partner-sdk';\n${body}\n`);
    writeFileSync(join(app, 'consumer.cjs'), `const { PartnerApiClient, NotFoundError } = require('partner-sdk');\n(async () => {\n${body}\n})();\n`);
    for (const file of ['consumer.mjs', 'consumer.cjs']) {
      // Run asynchronously: the fake answers from this process.
      const run = await promisify(execFile)(process.execPath, [file], { cwd: app, encoding: 'utf8' });
      expect(run.stderr, file).toBe('');
      expect(JSON.parse(run.stdout), file).toEqual({ got: { $type: 'Account', accountId: 'sub-1', name: 'Sub', status: 'active' }, names: ['Sub'], missing: true });
    }
  }, 60_000);
});
