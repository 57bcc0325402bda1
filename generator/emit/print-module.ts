/**
 * One generated module's text from its laid-out statements (layout.ts), separated as prettier
 * keeps them: a blank line around block declarations (interfaces, classes, functions), none
 * between other statements.
 */
import { render, type Doc } from './layout.ts';

/** A statement laid out by layout.ts; `block` statements get blank lines around them. */
export interface LaidOut {
  layout: Doc;
  block?: boolean;
}

export function printModule(header: string, statements: LaidOut[]): string {
  let out = `// ${header}\n\n`;
  let previousBlock: boolean | undefined;
  for (const statement of statements) {
    const block = statement.block === true;
    if (previousBlock !== undefined) out += previousBlock || block ? '\n\n' : '\n';
    out += render(statement.layout);
    previousBlock = block;
  }
  return `${out}\n`;
}
