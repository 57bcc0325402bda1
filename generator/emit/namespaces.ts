/** One exported constant per namespace URI, named after the URI, for the metadata modules. */
export function namespaceConstants(uris: string[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const uri of [...new Set(uris)].sort()) {
    const stem =
      uri === ''
        ? 'NO_NAMESPACE'
        : `NS_${uri
            .replace(/^[a-z]+:\/\//i, '')
            .replace(/[^A-Za-z0-9]+/g, '_')
            .replace(/^_|_$/g, '')
            .toUpperCase()}`;
    let name = stem;
    for (let n = 2; taken.has(name); n++) name = `${stem}_${n}`;
    taken.add(name);
    names.set(uri, name);
  }
  return names;
}
