/** How names are spelt: TypeScript names from XML names, file names from TypeScript names. */

/**
 * XML names may hold any letter (`Größe`, `名前`): words are runs of what may continue an
 * identifier, split at everything else and at underscores; a name that cannot start one (a
 * digit first) gets an underscore.
 */
export function pascalCase(name: string): string {
  const words = name.split(/[^\p{ID_Continue}]+|_+/u).filter(Boolean);
  const joined = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  if (!joined) return '_';
  return /^\p{ID_Start}/u.test(joined) ? joined : `_${joined}`;
}

/** `Account` → `account`, `AS2ConnectorRecord` → `as2ConnectorRecord`, `EDIFACTConnectorRecord` → `edifactConnectorRecord`. */
export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  const match = /^([\p{Lu}\p{N}]+)(?=\p{Lu}\p{Ll}|$)|^\p{Lu}/u.exec(pascal);
  if (!match) return pascal;
  return match[0].toLowerCase() + pascal.slice(match[0].length);
}

export function kebabCase(name: string): string {
  return name
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1-$2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();
}
