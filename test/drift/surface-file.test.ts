// A saved api-surface.json read back for a drift check: the committed one as it is, and every
// way a file can fail to be one, each named with the file and the place in it.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LoadError } from '../../generator/load/load-error.ts';
import { surfaceOf } from '../../generator/surface/surface-of.ts';
import { repoRoot, repoTemp } from '../support/paths.ts';

const committed = join(repoRoot, 'generated/api-surface.json');
const temp = repoTemp('surface-file-test');
mkdirSync(temp, { recursive: true });
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let count = 0;
function saved(content: unknown): string {
  const file = join(temp, `surface-${count++}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** The committed surface, changed by `edit`. */
function edited(edit: (surface: Record<string, any>) => void): string {
  const surface = JSON.parse(readFileSync(committed, 'utf8')) as Record<string, any>;
  edit(surface);
  return saved(surface);
}

async function refusal(file: string): Promise<string> {
  const error = await surfaceOf(file).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(LoadError);
  return (error as Error).message.slice(file.length + 2);
}

describe('a saved API surface', () => {
  it('reads the committed one as it was written', async () => {
    expect(await surfaceOf(committed)).toEqual(JSON.parse(readFileSync(committed, 'utf8')));
  });

  it('refuses a file that is not JSON, or not there', async () => {
    expect(await refusal(saved('{ "format": 2,'))).toMatch(/^not a readable API surface: /);
    expect(await refusal(join(temp, 'absent.json'))).toMatch(/^not a readable API surface: ENOENT/);
  });

  it('refuses format 1 with what to do instead, and anything else as not a surface', async () => {
    expect(await refusal(saved({ format: 1 }))).toBe('an API surface of format 1, from an older generator; compare the WSDL it was generated from instead, or regenerate the surface from it (format 2)');
    for (const content of [{ format: 3 }, { format: '2' }, {}, null, [], 'null']) {
      expect(await refusal(saved(content))).toBe('not an API surface (format 2), as written to generated/api-surface.json');
    }
  });

  it('names a missing or mistyped section', async () => {
    for (const section of ['types', 'enums', 'operations', 'objects']) {
      expect(await refusal(edited((s) => delete s[section]))).toBe(`$.${section} is missing or not an object`);
      expect(await refusal(edited((s) => (s[section] = [])))).toBe(`$.${section} is missing or not an object`);
      expect(await refusal(edited((s) => (s[section] = null)))).toBe(`$.${section} is missing or not an object`);
    }
  });

  it('names the entry and key a comparison would read and cannot', async () => {
    expect(await refusal(edited((s) => (s.types.Account.namespace = 1)))).toBe('$.types.Account.namespace is missing or not a string');
    expect(await refusal(edited((s) => (s.types.Account.direction = 'in')))).toBe('$.types.Account.direction is missing or not an array');
    expect(await refusal(edited((s) => (s.types.Account.fields = [])))).toBe('$.types.Account.fields is missing or not an object');
    expect(await refusal(edited((s) => (s.types.Account = null)))).toBe('$.types.Account.namespace is missing or not a string');
    expect(await refusal(edited((s) => delete s.enums.AS2AttachmentContentType.values))).toBe('$.enums.AS2AttachmentContentType.values is missing or not an array');
    expect(await refusal(edited((s) => (s.operations.assignAtomToEnvironment.output = 'x')))).toBe('$.operations.assignAtomToEnvironment.output is missing or not an object');
    expect(await refusal(edited((s) => (s.objects.AS2ConnectorRecord.verbs = null)))).toBe('$.objects.AS2ConnectorRecord.verbs is missing or not an object');
  });

  it('names a field of a type that a comparison cannot read', async () => {
    expect(await refusal(edited((s) => (s.types.Account.fields.accountId.type = 7)))).toBe('$.types.Account.fields.accountId.type is missing or not a string');
    expect(await refusal(edited((s) => delete s.types.Account.fields.accountId.kind))).toBe('$.types.Account.fields.accountId.kind is missing or not a string');
    expect(await refusal(edited((s) => (s.types.Account.fields.accountId.namespace = {})))).toBe('$.types.Account.fields.accountId.namespace is missing or not a string');
  });
});
