// What an application that calls one object bundles: that object's module and what it reaches,
// never another object's module, whether it imports the object module itself or the SDK's index.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, repoTemp } from '../support/paths.ts';

const temp = repoTemp('bundle');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The modules of generated/ that put code into the minified bundle of `app` (which imports from `SDK/…`). */
async function bundledModules(app: string): Promise<string[]> {
  const dir = mkdtempSync(join(temp, 'app-'));
  const entry = join(dir, 'app.ts');
  writeFileSync(entry, app.replaceAll("'SDK/", `'${relative(dir, join(repoRoot, 'generated')).split('\\').join('/')}/`));
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, platform: 'node', format: 'esm', write: false, metafile: true, outfile: join(dir, 'app.js'), logLevel: 'silent' });
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output!.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => relative(join(repoRoot, 'generated'), join(process.cwd(), path)).split('\\').join('/'));
}

describe('a one-call application (account.get)', () => {
  const cases = {
    'imports the object module': `import { PartnerClient } from 'SDK/runtime/boomi/partner-client.ts';\nimport { account } from 'SDK/objects/account.ts';`,
    'imports the SDK index': `import { PartnerClient, account } from 'SDK/index.ts';`,
  };
  for (const [name, imports] of Object.entries(cases)) {
    it(`bundles no other object's module when it ${name}`, async () => {
      const app = `${imports}\nconst client = new PartnerClient({ accountId: 'acme', username: 'u', password: 'p' });\nconsole.log(await account(client).get('sub-1'));\n`;
      const modules = await bundledModules(app);
      expect(modules).toContain('objects/account.ts');
      expect(modules).toContain('models/account.ts');
      expect(modules.filter((m) => m.startsWith('objects/') && m !== 'objects/account.ts')).toEqual([]);
      // Only the models an Account call reaches: the object, the wrappers, the filter expressions, bulk ids.
      expect(modules.filter((m) => m.startsWith('models/')).length).toBeLessThan(15);
      expect(modules).not.toContain('client.ts');
    });
  }

  it('bundles every object module when it uses the aggregate client', async () => {
    const modules = await bundledModules(`import { PartnerApiClient } from 'SDK/index.ts';\nconst boomi = new PartnerApiClient({ accountId: 'acme', username: 'u', password: 'p' });\nconsole.log(await boomi.account.get('sub-1'));\n`);
    expect(modules.filter((m) => m.startsWith('objects/')).length).toBeGreaterThan(100);
  });
});
