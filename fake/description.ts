/**
 * The service description as the live service publishes it: `<endpoint>?wsdl`, whose imports
 * point at `<endpoint>?xsd=1` and `?xsd=2` (absolute, as JAX-WS writes them), and whose
 * soap:address is the endpoint itself. The files in wsdl/ name each other by file name; the
 * links are rewritten when served. node-soap's own ?wsdl answer is not used: it re-serialises
 * the definitions it parsed and knows nothing of ?xsd=N.
 */
import { readFileSync } from 'node:fs';

const FILES: Record<string, string> = { wsdl: 'PartnerApi.wsdl', '1': 'PartnerApi.xsd1.xsd', '2': 'PartnerApi.xsd2.xsd' };
const texts = new Map<string, string>();

function read(file: string): string {
  let text = texts.get(file);
  if (text === undefined) texts.set(file, (text = readFileSync(new URL(`../wsdl/${file}`, import.meta.url), 'utf8')));
  return text;
}

/** The document a GET query asks for (`wsdl`, `xsd=1`, `xsd=2`), linked to `endpoint`; undefined for anything else. */
export function describe(query: URLSearchParams, endpoint: string): string | undefined {
  const wanted = [...query.keys()].some((k) => k.toLowerCase() === 'wsdl') ? 'wsdl' : query.get('xsd') ?? '';
  const file = FILES[wanted];
  if (!file) return undefined;
  return read(file)
    .replace(/schemaLocation="PartnerApi\.xsd(\d)\.xsd"/g, (_m, n: string) => `schemaLocation="${endpoint}?xsd=${n}"`)
    .replace(/(<soap:address location=")[^"]*"/, (_m, start: string) => `${start}${endpoint}"`);
}
