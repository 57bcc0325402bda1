import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { haveOpenApiSpec, haveRealPlatform, openApiSpec, realPlatformDir, repoRoot } from '../support/paths.ts';
import { runNode } from '../support/run.ts';
import { readPlatformSchema } from '../../tools/reconstruct/platform-schema.ts';

const temp = mkdtempSync(join(tmpdir(), 'reconstruct-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const cli = join(repoRoot, 'tools/reconstruct/cli.ts');
const tsx = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const wsdlFiles = ['PartnerApi.wsdl', 'PartnerApi.xsd1.xsd', 'PartnerApi.xsd2.xsd', 'partner-api.capabilities.json'];

describe('reconstruct-wsdl: bad input', () => {
  const noSchema = join(temp, 'no-schema.xsd');

  it('names the file when the spec is missing or not JSON, and writes nothing', () => {
    const out = join(temp, 'bad');
    const missing = runNode([tsx, cli, join(temp, 'nope.json'), noSchema, '--out', out]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('nope.json: (file): cannot be read (ENOENT)');
    const garbage = join(temp, 'garbage.json');
    writeFileSync(garbage, '{"openapi": "3.0.3", "paths": ');
    const notJson = runNode([tsx, cli, garbage, noSchema, '--out', out]);
    expect(notJson.status).toBe(1);
    expect(notJson.stderr).toContain('garbage.json: (file): is not JSON');
    const swagger = join(temp, 'swagger.json');
    writeFileSync(swagger, '{"swagger": "2.0", "paths": {}}');
    expect(runNode([tsx, cli, swagger, noSchema, '--out', out]).stderr).toContain('$.openapi: expected an OpenAPI 3.x document');
    expect(() => readdirSync(out)).toThrow();
  });

  it('names the 2023 schema when it is missing, and the place of what its reader does not know', () => {
    expect(() => readPlatformSchema(noSchema)).toThrow(`${noSchema}: the 2023 Platform schema is not there`);
    const choice = join(temp, 'choice.xsd');
    writeFileSync(
      choice,
      '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://api.platform.boomi.com/">\n' +
        '  <xs:complexType name="T">\n    <xs:choice/>\n  </xs:complexType>\n</xs:schema>\n',
    );
    expect(() => readPlatformSchema(choice)).toThrow(`${choice}:3:5: unsupported schema construct <xs:choice>`);
  });
});

describe.skipIf(!haveOpenApiSpec() || !haveRealPlatform())('reconstruct-wsdl from the OpenAPI spec and the 2023 schema', () => {
  it('writes byte-identical files on two runs, equal to the committed wsdl/', () => {
    const runs = ['one', 'two'].map((name) => {
      const out = join(temp, name);
      const result = runNode([tsx, cli, openApiSpec, realPlatformDir, '--out', out]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      return out;
    });
    for (const file of wsdlFiles) {
      const first = readFileSync(join(runs[0]!, file), 'utf8');
      expect(readFileSync(join(runs[1]!, file), 'utf8'), file).toBe(first);
      expect(first, `${file} differs from the committed wsdl/`).toBe(readFileSync(join(repoRoot, 'wsdl', file), 'utf8'));
    }
    expect(readdirSync(runs[0]!).sort()).toEqual([...wsdlFiles].sort()); // no staging folder left behind
  });
});
