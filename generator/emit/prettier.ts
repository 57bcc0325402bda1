/**
 * Formatting on request (`--prettier`): the generated files through prettier, with the
 * configuration that applies where they are written (the user's .prettierrc, or prettier's
 * defaults). Loaded only then: the default output needs no formatter.
 */
import { join } from 'node:path';

const PARSERS: [suffix: string, parser: string][] = [
  ['.ts', 'typescript'],
  ['.js', 'babel'],
  ['.json', 'json'],
];

export async function formatWithPrettier(files: Map<string, string>, configAt: string): Promise<void> {
  const prettier = await import('prettier');
  for (const [path, text] of files) {
    const parser = PARSERS.find(([suffix]) => path.endsWith(suffix))?.[1];
    if (!parser) continue;
    // No configuration there: null, which spreads to nothing.
    const config = await prettier.resolveConfig(join(configAt, path));
    files.set(path, await prettier.format(text, { ...config, parser, filepath: path }));
  }
}
