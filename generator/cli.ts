/**
 * boomi-soap-codegen [--wsdl <path|folder|url>] [--out <dir>] [--capabilities <file> | --no-profile]
 *                    [--package [--package-name <name>] [--package-version <v>]] [--prettier] [--check] [--quiet]
 *                    [--allow-private-addresses] [--allow-cross-origin-redirects]
 *
 * Defaults: wsdl/ and generated/ in the working folder (in this project: the committed snapshot
 * and SDK). With --check nothing is written: the output is
 * generated in memory and compared with --out; stale, missing or extra files are listed and
 * the exit code is 1. Credentials for a URL come from BOOMI_USERNAME / BOOMI_PASSWORD, never
 * from the command line (they would end up in shell history and CI logs).
 *
 * Exit codes: 0 done; 1 stale (--check); 2 bad input, named with file:line:column, bad
 * arguments, or an output folder that cannot be written; 3 an internal error (a bug), with
 * its stack.
 */
import { runCommand } from './command.ts';
import { generateCommand, USAGE } from './generate-command.ts';
import { OutputError } from './output-dir.ts';

runCommand('generate', USAGE, () => generateCommand(process.argv.slice(2)), [OutputError]);
