/** The emitter prints structures without parsing them back: this parses what it printed, as TypeScript does. */
import { ts } from 'ts-morph';

/** Every syntax error in the generated TypeScript files, as `path:line:column: message`. */
export function syntaxProblems(files: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, text] of files) {
    if (!path.endsWith('.ts')) continue;
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
    for (const d of (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics) {
      const { line, character } = source.getLineAndCharacterOfPosition(d.start ?? 0);
      problems.push(`${path}:${line + 1}:${character + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
  }
  return problems;
}
