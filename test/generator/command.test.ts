// How a command ends, in the test process (cli.test.ts sees the same through a child process's
// exit code and output): the code main returns; 2 with the message for bad input, bad arguments
// or an error of the kinds the command names; 3 with the stack for anything else.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCommand, UsageError } from '../../generator/command.ts';
import { LoadError } from '../../generator/load/load-error.ts';

class OutputProblem extends Error {}
class QuotaProblem extends Error {}

let printed: string[];
let exits: number[];
beforeEach(() => {
  printed = [];
  exits = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
  // Recorded, not done: the test process goes on.
  vi.spyOn(process, 'exit').mockImplementation(((code: number) => void exits.push(code)) as typeof process.exit);
});
afterEach(() => vi.restoreAllMocks());

/** Runs a command whose main ends as `outcome` says, and waits for it to exit. */
async function ending(outcome: () => Promise<number>, userErrors: 'named' | 'none' = 'named'): Promise<{ exits: number[]; printed: string[] }> {
  if (userErrors === 'named') runCommand('demo', 'usage: demo [--x]', outcome, [OutputProblem, QuotaProblem]);
  else runCommand('demo', 'usage: demo [--x]', outcome);
  await vi.waitFor(() => expect(exits.length).toBeGreaterThan(0));
  return { exits, printed };
}

describe('runCommand', () => {
  it('exits with the code main returns, printing nothing', async () => {
    expect(await ending(async () => 1)).toEqual({ exits: [1], printed: [] });
  });

  it('prints a usage error with the usage, and exits 2', async () => {
    expect(await ending(async () => Promise.reject(new UsageError('Unknown option --y')))).toEqual({ exits: [2], printed: ['demo: Unknown option --y\nusage: demo [--x]'] });
  });

  it('prints bad input and the errors the command names as one line, and exits 2', async () => {
    expect(await ending(async () => Promise.reject(new LoadError('a.wsdl', 'malformed XML', { line: 3, column: 4 })))).toEqual({ exits: [2], printed: ['demo: a.wsdl:3:4: malformed XML'] });
    printed.length = exits.length = 0;
    expect(await ending(async () => Promise.reject(new OutputProblem('out is a file')))).toEqual({ exits: [2], printed: ['demo: out is a file'] });
    printed.length = exits.length = 0;
    expect(await ending(async () => Promise.reject(new QuotaProblem('over quota')))).toEqual({ exits: [2], printed: ['demo: over quota'] });
  });

  it('prints anything else as a bug with its stack, and exits 3', async () => {
    const { exits: codes, printed: lines } = await ending(async () => Promise.reject(new TypeError('x is undefined')));
    expect(codes[0]).toBe(3);
    expect(lines[0]).toMatch(/^demo: internal error \(a bug, not a problem of the input; please report it with this output\):\nTypeError: x is undefined\n\s+at /);
    printed.length = exits.length = 0;
    const thrown = await ending(async () => Promise.reject('a string'));
    expect([thrown.exits[0], thrown.printed[0]]).toEqual([3, 'demo: internal error (a bug, not a problem of the input; please report it with this output):\na string']);
    // A command that names no kinds of its own: an error of a named kind elsewhere is a bug here.
    printed.length = exits.length = 0;
    expect((await ending(async () => Promise.reject(new OutputProblem('out is a file')), 'none')).exits[0]).toBe(3);
  });
});
