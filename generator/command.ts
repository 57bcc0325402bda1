/**
 * What the commands (generate, fetch-wsdl, drift) share: the network flags, and how a command
 * ends (runCommand): the code main returns (0, or 1 for a stale check); 2 for bad input (a
 * LoadError, named with file:line:column), bad arguments, or an error of the given kinds the
 * user can act on; 3 for anything else, which is a bug and is printed with its stack as one.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { NetworkOptions } from './load/http-get.ts';
import { LoadError } from './load/load-error.ts';

/** The flags of every command that reads WSDLs and schemas from the network (load/http-get.ts, load/network-addresses.ts). */
export const NETWORK_FLAGS = { 'allow-private-addresses': { type: 'boolean' }, 'allow-cross-origin-redirects': { type: 'boolean' } } as const;

export function networkOptions(values: { 'allow-private-addresses'?: boolean | undefined; 'allow-cross-origin-redirects'?: boolean | undefined }): NetworkOptions {
  return { allowPrivateAddresses: values['allow-private-addresses'] === true, allowCrossOriginRedirects: values['allow-cross-origin-redirects'] === true };
}

/** Wrong or missing arguments: printed with the usage. */
export class UsageError extends Error {}

export function runCommand(name: string, usage: string, main: () => Promise<number>, userErrors: (abstract new (...args: never[]) => Error)[] = []): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof UsageError) console.error(`${name}: ${error.message}\n${usage}`);
      else if (error instanceof LoadError || userErrors.some((kind) => error instanceof kind)) console.error(`${name}: ${(error as Error).message}`);
      else {
        console.error(`${name}: internal error (a bug, not a problem of the input; please report it with this output):\n${error instanceof Error ? error.stack : String(error)}`);
        process.exit(3);
      }
      process.exit(2);
    },
  );
}

/** parseArgs whose complaints are usage errors. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T) {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
