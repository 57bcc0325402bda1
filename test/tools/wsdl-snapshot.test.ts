// The committed wsdl/: every QName resolves, node-soap loads it offline, Boomi-shaped payloads are schema-valid.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWsdl } from '../../tools/check-wsdl/check-wsdl.ts';
import { repoRoot } from '../support/paths.ts';
import { validateAgainstPartnerSchemas } from '../support/schema-validator.ts';

const samples = (kind: 'valid' | 'invalid') => {
  const dir = join(repoRoot, 'test/fixtures/samples', kind);
  return readdirSync(dir).sort().map((fileName) => ({ fileName, contents: readFileSync(join(dir, fileName), 'utf8') }));
};

describe('wsdl/PartnerApi.wsdl', () => {
  it('resolves every QName and node-soap lists exactly the Partner operations', async () => {
    const report = await checkWsdl(join(repoRoot, 'wsdl'));
    const expected = [
      'assignAtomToEnvironment', 'asyncGet', 'asyncResult', 'cancelExecution', 'changeListenerStatus', 'create', 'delete',
      'deployComponent', 'deployProcess', 'execute', 'executeProcess', 'get', 'getAssignableRoles', 'getBulk',
      'installSimpleIPack', 'query', 'queryAsync', 'queryMore', 'update', 'updateBulk',
    ];
    expect(report.soapOperations).toEqual(expected);
    expect(report.operations).toEqual(expected);
    expect(report.counts.objects).toBeGreaterThan(120);
  });

  it('accepts Boomi-shaped request and response payloads', async () => {
    const valid = samples('valid');
    expect(valid.length).toBeGreaterThanOrEqual(15);
    for (const sample of valid) {
      const result = await validateAgainstPartnerSchemas([sample]);
      expect(result.errors, sample.fileName).toEqual([]);
      expect(result.valid, sample.fileName).toBe(true);
    }
  });

  const rejections: [string, string][] = [
    ['unknown-child.xml', 'objectKind'],
    ['simple-expression-without-property.xml', "'property' is required"],
    ['grouping-operator-xor.xml', "'xor'"],
    ['qualified-object-in-create.xml', '{http://partner.api.platform.boomi.com/}object'],
    ['account-status-not-allowed.xml', "'archived'"],
    ['accountid-before-object.xml', "Element 'object': This element is not expected"],
    ['bulk-type-lowercase.xml', "'get'"],
  ];

  it.each(rejections)('rejects %s, naming %s', async (fileName, offending) => {
    const sample = samples('invalid').find((s) => s.fileName === fileName)!;
    const result = await validateAgainstPartnerSchemas([sample]);
    expect(result.valid).toBe(false);
    // The file name is taken out: a name that happens to contain the offender must not pass the test.
    expect(result.errors.map((e) => e.replaceAll(fileName, '')).join('\n')).toContain(offending);
  });

  it('has a case above for every negative sample', () => {
    expect(samples('invalid').map((s) => s.fileName)).toEqual(rejections.map(([name]) => name).sort());
  });
});
