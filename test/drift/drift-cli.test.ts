// The drift command as CI runs it: exit codes, text, JSON and markdown output, the real 2023 schema against ours.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { haveRealPlatform, realPlatformWsdl, repoRoot, repoTemp } from '../support/paths.ts';
import { runNode } from '../support/run.ts';

const tsx = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const drift = (...args: string[]) => runNode([tsx, join(repoRoot, 'tools/drift/cli.ts'), ...args]);
const temp = repoTemp('drift-cli');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function variant(name: string, edit: (xsd1: string) => string): string {
  const dir = join(temp, name);
  cpSync(join(repoRoot, 'wsdl'), dir, { recursive: true });
  const file = join(dir, 'PartnerApi.xsd1.xsd');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

describe('npm run drift', () => {
  it('reports nothing and exits 0 for wsdl/ against itself, and for the committed surface', () => {
    const same = drift('wsdl', 'wsdl');
    expect(same.stdout.trim()).toBe('No changes to the API surface.');
    expect(same.status).toBe(0);
    expect(drift(join(repoRoot, 'generated/api-surface.json'), 'wsdl').status).toBe(0);
  });

  it('exits 1 on a breaking change, lists it in JSON, and fails on may-break only when asked', () => {
    const removed = variant('removed', (x) => x.replace('<xs:complexType name="License">\n    <xs:sequence/>\n    <xs:attribute name="purchased" type="xs:int"/>\n    <xs:attribute name="used" type="xs:int"/>', '<xs:complexType name="License">\n    <xs:sequence/>\n    <xs:attribute name="purchased" type="xs:int"/>'));
    const result = drift('wsdl', removed, '--format', 'json');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([{ severity: 'breaking', kind: 'field removed', where: 'License/used', detail: 'the field is gone' }]);

    const added = variant('enum-added', (x) => x.replace('<xs:enumeration value="unlimited"/>', '<xs:enumeration value="unlimited"/><xs:enumeration value="archived"/>'));
    const text = drift('wsdl', added);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('May break (1)');
    expect(text.stdout).toContain('AccountStatus: "archived" is new');
    expect(drift('wsdl', added, '--fail-on', 'may-break').status).toBe(1);
  });

  it('exits 2 on bad input, naming it', () => {
    const bad = drift('wsdl', join(temp, 'missing.wsdl'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('missing.wsdl');
  });

  it('refuses a surface of the older format, and names what is missing in a damaged one', () => {
    const surface = JSON.parse(readFileSync(join(repoRoot, 'generated/api-surface.json'), 'utf8'));
    const old = join(temp, 'format-1.json');
    writeFileSync(old, JSON.stringify({ ...surface, format: 1 }));
    const refused = drift(old, 'wsdl');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`drift: ${old}: an API surface of format 1, from an older generator; compare the WSDL it was generated from instead, or regenerate the surface from it (format 2)\n`);

    const damaged = join(temp, 'damaged.json');
    delete surface.types.License.fields.used.namespace;
    writeFileSync(damaged, JSON.stringify(surface));
    const named = drift('wsdl', damaged);
    expect(named.status).toBe(2);
    expect(named.stderr).toBe(`drift: ${damaged}: $.types.License.fields.used.namespace is missing or not a string\n`);
  });

  it('writes the markdown report of the fixture pair byte for byte as committed', () => {
    // After a deliberate change to the report, rewrite the expected file with:
    // npm run --silent drift -- test/fixtures/drift/before test/fixtures/drift/after --format markdown > test/fixtures/drift/expected-report.md
    const report = drift('test/fixtures/drift/before', 'test/fixtures/drift/after', '--format', 'markdown');
    expect(report.status).toBe(1);
    expect(report.stdout).toBe(readFileSync(join(repoRoot, 'test/fixtures/drift/expected-report.md'), 'utf8'));
  });

  it.skipIf(!haveRealPlatform())('reads the real 2023 Platform schema against ours as a grouped report', () => {
    const report = drift(realPlatformWsdl, 'wsdl');
    expect(report.status).toBe(1);
    expect(report.stdout).toMatch(/^Breaking \(\d+\)$/m);
    expect(report.stdout).toMatch(/^Compatible \(\d+\)$/m);
    expect(report.stdout).toMatch(/operation added\s+cancelExecution/);
    expect(report.stdout).toMatch(/\d+ breaking, \d+ may break, \d+ compatible$/m);
  });
});
