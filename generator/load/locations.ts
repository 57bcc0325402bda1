/**
 * Where documents are: absolute file: or http(s): URLs, one spelling per document, and which
 * document may point at which.
 */
import { realpath } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LoadError, RefusedLocationError } from './load-error.ts';

export function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** An absolute location: a URL string, or an absolute file path turned into a file: URL. */
export function toLocation(pathOrUrl: string): string {
  return isUrl(pathOrUrl) || pathOrUrl.startsWith('file:') ? pathOrUrl : pathToFileURL(resolve(pathOrUrl)).href;
}

/** `schemaLocation` values are URI references: relative paths, `../`, `%20` or raw spaces. */
export function resolveLocation(base: string, reference: string): string {
  return new URL(reference.trim().replace(/ /g, '%20'), base).href;
}

/**
 * The one spelling of a document, so that each is read once however it is referenced: a
 * file's real path (`a//b.xsd`, `x/../b.xsd` and symbolic links are one file), a URL without
 * its fragment.
 */
export async function canonicalLocation(location: string): Promise<string> {
  const url = new URL(location);
  url.hash = '';
  if (url.protocol !== 'file:') return url.href;
  let path: string;
  try {
    path = resolve(fileURLToPath(url));
  } catch (error) {
    throw new LoadError(location, `names no local file: ${(error as Error).message}`);
  }
  try {
    return pathToFileURL(await realpath(path)).href;
  } catch {
    return pathToFileURL(path).href; // a missing file: reading it names the problem
  }
}

/**
 * What a document may point at: a local one at local files and URLs, a document from the
 * network at URLs only, so that a server cannot make the generator read the user's files into
 * the SDK.
 */
export function checkReference(from: string, to: string, referrer: string, position: { line?: number; column?: number }): void {
  const scheme = new URL(to).protocol;
  if (scheme !== 'file:' && scheme !== 'http:' && scheme !== 'https:') {
    throw new RefusedLocationError(referrer, `refers to ${displayLocation(to)}: only http, https and (from local files) file locations are read`, position);
  }
  if (scheme === 'file:' && !from.startsWith('file:')) {
    throw new RefusedLocationError(referrer, `a document from the network refers to the local file ${to}: only documents read from files may refer to files`, position);
  }
}

/** How a location is shown in messages: a path relative to the working folder, or the URL without credentials. */
export function displayLocation(location: string): string {
  if (location.startsWith('file:')) {
    try {
      return relative(process.cwd(), fileURLToPath(location)) || location;
    } catch {
      // A file URL naming a host has no local path: shown as the URL it is, below.
    }
  }
  const url = new URL(location);
  url.username = '';
  url.password = '';
  return url.href;
}
