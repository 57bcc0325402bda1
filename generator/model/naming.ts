/** How names are spelt: TypeScript names from XML names, file names from TypeScript names. */

export function pascalCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return /^[0-9]/.test(joined) ? `_${joined}` : joined || '_';
}

/** `Account` → `account`, `AS2ConnectorRecord` → `as2ConnectorRecord`, `EDIFACTConnectorRecord` → `edifactConnectorRecord`. */
export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  const match = /^([A-Z0-9]+)(?=[A-Z][a-z]|$)|^[A-Z]/.exec(pascal);
  if (!match) return pascal;
  return match[0].toLowerCase() + pascal.slice(match[0].length);
}

export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();
}
