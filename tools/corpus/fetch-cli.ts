/**
 * npm run corpus:fetch -- [--from-git <dir>] [--out <dir>] [--only <id,...>]
 *
 * Rebuilds the development corpus (default `.corpus/`, one folder per entry) from
 * tools/corpus/manifest.json. By default each file is downloaded from GitHub at the entry's
 * commit; with --from-git it is read from local git copies under <dir>, one per repository as
 * `<dir>/<owner>+<name>/`. Every file is checked against the manifest's sha256; on any
 * failure nothing is written and each failing entry and file is listed (exit 2).
 */
import { parseArgs } from 'node:util';
import { defaultCorpusDir } from './paths.ts';
import { fetchCorpus, gitCopiesSource, rawGitHubSource } from './fetch-corpus.ts';
import { readManifest, selectEntries } from './manifest.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'from-git': { type: 'string' }, out: { type: 'string' }, only: { type: 'string' } } });
  const entries = selectEntries(readManifest(), values.only);
  const out = values.out ?? defaultCorpusDir;
  const source = values['from-git'] ? gitCopiesSource(values['from-git']) : rawGitHubSource();
  const { files, bytes } = await fetchCorpus(entries, source, out);
  console.log(`wrote ${entries.length} entries, ${files} files, ${(bytes / 1e6).toFixed(1)} MB, every sha256 checked`);
}

main().catch((error: unknown) => {
  console.error(`corpus:fetch: ${(error as Error).message}`);
  process.exit(2);
});
