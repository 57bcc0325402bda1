/**
 * npm run corpus:add -- --from-git <dir> --repo <owner/name> --entry <path> --id <id> [--commit <sha>] [--license <spdx>] [--note <text>]
 *
 * Adds (or replaces) one entry of tools/corpus/manifest.json from a local git copy of the
 * repository: the entry WSDL and every file it references, each with its sha256, and what the
 * entry exercises. Fails, writing nothing, when a reference leads outside the repository, to a
 * missing file, or to a file that is not well-formed XML.
 */
import { parseArgs } from 'node:util';
import { closureOf, localPaths, sha256 } from './closure.ts';
import { gitDirOf, headCommit, readAtCommit, rootFiles } from './git-copies.ts';
import { LICENSE_FILES, licenseOf } from './license.ts';
import { readManifest, writeManifest, type ManifestEntry } from './manifest.ts';

const USAGE = 'usage: corpus:add --from-git <dir> --repo <owner/name> --entry <path> --id <id> [--commit <sha>] [--license <spdx>] [--note <text>]';

function main(): number {
  const { values } = parseArgs({
    options: {
      'from-git': { type: 'string' },
      repo: { type: 'string' },
      entry: { type: 'string' },
      id: { type: 'string' },
      commit: { type: 'string' },
      license: { type: 'string' },
      note: { type: 'string' },
    },
  });
  const { repo, entry, id } = values;
  if (!values['from-git'] || !repo || !entry || !id) {
    console.error(USAGE);
    return 2;
  }
  const gitDir = gitDirOf(values['from-git'], repo);
  const commit = values.commit ?? headCommit(gitDir);
  const { files, exercises } = closureOf(entry, (path) => readAtCommit(gitDir, commit, path));
  const local = localPaths(files.map((f) => f.source));
  const licenseFile = rootFiles(gitDir, commit).find((f) => LICENSE_FILES.test(f));
  const added: ManifestEntry = {
    id,
    repo,
    commit,
    license: values.license ?? licenseOf(licenseFile ? readAtCommit(gitDir, commit, licenseFile)?.toString('utf8') : undefined),
    entry: local.get(files[0]!.source)!,
    files: files.map((f) => ({ source: f.source, path: local.get(f.source)!, sha256: sha256(f.bytes), size: f.bytes.length })),
    size: files.reduce((n, f) => n + f.bytes.length, 0),
    exercises,
    ...(values.note ? { note: values.note } : {}),
  };
  const manifest = readManifest();
  const at = manifest.entries.findIndex((e) => e.id === id);
  if (at >= 0) manifest.entries[at] = added;
  else manifest.entries.push(added);
  writeManifest(manifest);
  console.log(`${at >= 0 ? 'replaced' : 'added'} ${id}: ${files.length} files, ${added.size} bytes, ${added.license}; ${exercises.tags.join(' ')}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`corpus:add: ${(error as Error).message}`);
  process.exitCode = 2;
}
