/**
 * The service description as the live service publishes it: `<endpoint>?wsdl`, whose schema
 * links point at `<endpoint>?xsd=N` (absolute, as JAX-WS writes them), and whose soap:address
 * is the endpoint itself. The files name each other by relative paths; the links are rewritten
 * when served. node-soap's own ?wsdl answer is not used: it re-serialises the definitions it
 * parsed and knows nothing of ?xsd=N.
 */
import type { ServedWsdl } from './wsdl.ts';

/** The document a GET query asks for (`wsdl`, `xsd=N`), linked to `endpoint`; undefined for anything else. */
export function describe(wsdl: ServedWsdl, query: URLSearchParams, endpoint: string): string | undefined {
  const wanted = [...query.keys()].some((k) => k.toLowerCase() === 'wsdl') ? wsdl : wsdl.schemaDocuments.get(query.get('xsd') ?? '');
  if (!wanted) return undefined;
  return wanted.text
    .replace(/schemaLocation="([^"]*)"/g, (whole, location: string) => {
      const n = wanted.links.get(location);
      return n === undefined ? whole : `schemaLocation="${endpoint}?xsd=${n}"`;
    })
    .replace(/(<soap:address location=")[^"]*"/, (_m, start: string) => `${start}${endpoint}"`);
}
