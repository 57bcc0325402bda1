/** The generator promises prettier's formatting without running prettier; this runs it to check. */
import { format } from 'prettier';
import { PRETTIER_OPTIONS } from '../../generator/emit/layout.ts';

/** The generated TypeScript files (the handwritten runtime aside) that prettier would change, each with its first differing line. */
export async function prettierChanges(files: Map<string, string>): Promise<string[]> {
  const changed: string[] = [];
  for (const [path, text] of files) {
    if (!path.endsWith('.ts') || path.startsWith('runtime/')) continue;
    const formatted = await format(text, PRETTIER_OPTIONS);
    if (formatted === text) continue;
    const ours = text.split('\n');
    const theirs = formatted.split('\n');
    const line = ours.findIndex((l, i) => l !== theirs[i]);
    changed.push(`${path}:${line + 1}: ${JSON.stringify(ours[line])} → prettier: ${JSON.stringify(theirs[line])}`);
  }
  return changed;
}
