/**
 * npm run fetch-wsdl -- --account <accountId> [--base <url>] [--out <dir>] [--name <stem>] [--quiet]
 *                       [--allow-private-addresses] [--allow-cross-origin-redirects]
 *
 * Credentials come from BOOMI_USERNAME and BOOMI_PASSWORD (an API token: BOOMI_TOKEN.<user> and
 * the token), or are asked for on the terminal; never from the command line, where they would
 * end up in shell history and CI logs. Then regenerate: npm run generate. On a terminal it shows
 * each document as it arrives. Exit codes as generate's: 2 for bad input or arguments, 3 for
 * an internal error.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { fetchWsdl } from './fetch-wsdl.ts';
import { NETWORK_FLAGS, networkOptions, parseCommandLine, runCommand, UsageError } from '../../generator/command.ts';
import { documentProgressLine } from '../../generator/terminal-progress.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const USAGE = 'usage: fetch-wsdl --account <accountId> [--base <url>] [--out <dir>] [--name <stem>] [--quiet] [--allow-private-addresses] [--allow-cross-origin-redirects]';

const OPTIONS = {
  account: { type: 'string' },
  base: { type: 'string' },
  out: { type: 'string' },
  name: { type: 'string' },
  quiet: { type: 'boolean' },
  ...NETWORK_FLAGS,
} as const;

async function main(): Promise<number> {
  const { values } = parseCommandLine({ args: process.argv.slice(2), options: OPTIONS });
  if (!values.account) throw new UsageError('--account is required');
  const username = process.env.BOOMI_USERNAME ?? (await ask('Boomi user name (or BOOMI_TOKEN.<user>): ', false));
  const password = process.env.BOOMI_PASSWORD ?? (await ask('Password or API token: ', true));
  const outDir = resolve(values.out ?? join(repoRoot, 'wsdl'));
  const documents = values.quiet ? undefined : documentProgressLine(process.stderr, 'downloaded');
  let files: string[];
  try {
    files = await fetchWsdl({
      account: values.account,
      outDir,
      auth: { username, password },
      ...(values.base ? { base: values.base } : {}),
      ...(values.name ? { name: values.name } : {}),
      ...networkOptions(values),
      ...(documents ? { onDocument: documents.onDocument } : {}),
    });
  } finally {
    documents?.end();
  }
  console.log(`wrote ${files.join(', ')} to ${relative(process.cwd(), outDir) || '.'}; now run: npm run generate`);
  return 0;
}

function ask(question: string, hidden: boolean): Promise<string> {
  if (!process.stdin.isTTY) return Promise.reject(new UsageError('no credentials: set BOOMI_USERNAME and BOOMI_PASSWORD'));
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (hidden) (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => void (s.startsWith(question) && process.stdout.write(question));
  return new Promise((resolveAnswer) =>
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stdout.write('\n');
      resolveAnswer(answer);
    }),
  );
}

runCommand('fetch-wsdl', USAGE, main);
