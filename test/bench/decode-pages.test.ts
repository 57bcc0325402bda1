// The decode benchmark's pages are what they claim to be: valid against the committed schema,
// and decoded by our codec into the sample record's typed values.
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../generated/runtime/core/soap/message.ts';
import { getBulkOperation, queryOperation } from '../../generated/services/boomi-partner-api-version1-service.ts';
import { checkSample, oursView } from '../../bench/decode-check.ts';
import { DECODE_SHAPES, envelope } from '../../bench/decode-pages.ts';
import { partnerRegistry } from '../support/sdk-types.ts';
import { validateAgainstPartnerSchemas } from '../support/schema-validator.ts';

describe('decode benchmark pages', () => {
  it('are valid against wsdl/ (libxml2), every shape', async () => {
    const documents = DECODE_SHAPES.flatMap((shape) => [0, 1].map((page) => ({ fileName: `${shape.name} page ${page}.xml`, contents: shape.body(page) })));
    const result = await validateAgainstPartnerSchemas(documents);
    expect(result.errors.slice(0, 5)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('would be refused with ExecutionRecord fields written as attributes, as the schema does not declare them', async () => {
    const page = DECODE_SHAPES.find((s) => s.name === 'ExecutionRecord')!.body(0);
    const asAttributes = page.replace(/<bns:result xsi:type="bns:ExecutionRecord"><bns:executionId>([^<]*)<\/bns:executionId>/, '<bns:result xsi:type="bns:ExecutionRecord" executionId="$1">');
    expect(asAttributes).not.toBe(page);
    const result = await validateAgainstPartnerSchemas([{ fileName: 'attributes.xml', contents: asAttributes }]);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/executionId/);
  });

  it('decode into the typed values of each sample record', () => {
    const outputs = { query: queryOperation.output, getBulk: getBulkOperation.output };
    for (const shape of DECODE_SHAPES) {
      const check = checkSample(oursView, () => decodeMessage(envelope(shape.body(0)), outputs[shape.operation], partnerRegistry).value, shape);
      expect(check.values.filter((v) => v.verdict !== 'typed'), shape.name).toEqual([]);
      expect(check.verdict).toBe('typed');
    }
  });
});
