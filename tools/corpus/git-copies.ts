/**
 * Files of public repositories read from local bare git copies, laid out one folder per
 * repository as `<dir>/<owner>+<name>/`, the git directory itself or a `repo/` or `repo/.git`
 * inside it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export class GitCopyError extends Error {}

export function gitDirOf(dir: string, repo: string): string {
  const base = join(dir, repo.replace('/', '+'));
  const candidates = [base, join(base, 'repo'), join(base, 'repo/.git'), join(base, '.git')];
  const found = candidates.find((c) => existsSync(join(c, 'HEAD')) && existsSync(join(c, 'objects')));
  if (!found) throw new GitCopyError(`no git copy of ${repo} under ${dir} (looked for ${repo.replace('/', '+')}/, …/repo/ and …/repo/.git/)`);
  return found;
}

function git(gitDir: string, args: string[]): Buffer {
  return execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function headCommit(gitDir: string): string {
  return git(gitDir, ['rev-parse', 'HEAD']).toString('utf8').trim();
}

/** The file's bytes at that commit, or undefined when the commit has no such file. */
export function readAtCommit(gitDir: string, commit: string, path: string): Buffer | undefined {
  try {
    return git(gitDir, ['cat-file', 'blob', `${commit}:${path}`]);
  } catch {
    return undefined;
  }
}

/** Paths at the root of the tree at that commit (to find a licence file). */
export function rootFiles(gitDir: string, commit: string): string[] {
  return git(gitDir, ['ls-tree', '--name-only', commit]).toString('utf8').split('\n').filter(Boolean);
}
