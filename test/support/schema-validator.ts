/** Validates XML against XSDs with libxml2 (xmllint-wasm): the committed ones, or another description of the API. */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { repoRoot } from './paths.ts';

const schemaFile = (path: string) => ({ fileName: basename(path), contents: readFileSync(path, 'utf8') });

/** Against `schema` (paths), with the schemas it imports preloaded (`preload`, by file name as it names them). */
export async function validateAgainstSchemas(documents: { fileName: string; contents: string }[], schema: string[], preload: string[] = []): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({ xml: documents, schema: schema.map(schemaFile), preload: preload.map(schemaFile) });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

/** Against the committed wrappers' schema, with the object schema it imports preloaded. */
export function validateAgainstPartnerSchemas(documents: { fileName: string; contents: string }[]): Promise<{ valid: boolean; errors: string[] }> {
  return validateAgainstSchemas(documents, [join(repoRoot, 'wsdl/PartnerApi.xsd2.xsd')], [join(repoRoot, 'wsdl/PartnerApi.xsd1.xsd')]);
}
