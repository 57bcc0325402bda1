// Imports every module named on the command line, in this one fresh process, and names each
// one that fails with its error. Plain JavaScript, so that it runs with or without a loader.
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';

let failures = 0;
for (const file of process.argv.slice(2)) {
  try {
    await import(pathToFileURL(file).href);
  } catch (error) {
    failures++;
    console.error(`cannot import ${relative(process.cwd(), file)}: ${String(error?.message ?? error).split('\n')[0]}`);
  }
}
process.exit(failures > 0 ? 1 : 0);
