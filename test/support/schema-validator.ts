/** Validates XML against the committed XSDs with libxml2 (xmllint-wasm): the wrappers' schema, with the object schema it imports preloaded. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { repoRoot } from './paths.ts';

const schemaFile = (name: string) => ({ fileName: name, contents: readFileSync(join(repoRoot, 'wsdl', name), 'utf8') });

export async function validateAgainstPartnerSchemas(documents: { fileName: string; contents: string }[]): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({
    xml: documents,
    schema: [schemaFile('PartnerApi.xsd2.xsd')],
    preload: [schemaFile('PartnerApi.xsd1.xsd')],
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
