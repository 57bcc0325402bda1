/**
 * A module's own constants for the namespace URIs its metadata uses, named after the URI
 * (`NS_API_PLATFORM_BOOMI_COM`): each module declares the ones it needs, so that no module reads
 * another's value while it loads. The empty namespace (unqualified) is written as `''`.
 */
import { constStatement, str, type Expr, type Statement } from './code.ts';

export function namespaceConstants(uris: Iterable<string>): { statements: Statement[]; ref: (uri: string) => Expr } {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const uri of [...new Set(uris)].filter((u) => u !== '').sort()) {
    const stem = `NS_${uri
      .replace(/^[a-z]+:\/\//i, '')
      .replace(/[^A-Za-z0-9]+/g, '_')
      .replace(/^_|_$/g, '')
      .toUpperCase()}`;
    let name = stem;
    for (let n = 2; taken.has(name); n++) name = `${stem}_${n}`;
    taken.add(name);
    names.set(uri, name);
  }
  return {
    statements: [...names].map(([uri, name]) => constStatement({ name, initializer: str(uri), isExported: false })),
    ref: (uri) => (uri === '' ? str('') : names.get(uri) ?? str(uri)),
  };
}
