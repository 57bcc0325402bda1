/**
 * Where input comes from: local files, or http(s) URLs such as `…/v1/{accountId}?wsdl` and
 * `?xsd=1`, which Boomi protects with HTTP Basic authentication.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { relative } from 'node:path';
import { LoadError } from './load-error.ts';

export interface BasicAuth {
  username: string;
  password: string;
}

export interface SourceOptions {
  /** Sent only to the origin of the entry URL, never to other hosts a document points at. */
  auth?: BasicAuth;
  /** For tests and proxies; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** An absolute location: a URL string, or an absolute file path turned into a file: URL. */
export function toLocation(pathOrUrl: string): string {
  return isUrl(pathOrUrl) || pathOrUrl.startsWith('file:') ? pathOrUrl : pathToFileURL(pathOrUrl).href;
}

/** `schemaLocation` values are URI references: relative paths, `../`, `%20` or raw spaces. */
export function resolveLocation(base: string, reference: string): string {
  return new URL(reference.replace(/ /g, '%20'), base).href;
}

/** How a location is shown in messages: a path relative to the working folder, or the URL without credentials. */
export function displayLocation(location: string): string {
  if (location.startsWith('file:')) return relative(process.cwd(), fileURLToPath(location)) || location;
  const url = new URL(location);
  url.username = '';
  url.password = '';
  return url.href;
}

export async function readSource(location: string, options: SourceOptions, entryOrigin: string): Promise<string> {
  if (location.startsWith('file:')) {
    try {
      return await readFile(fileURLToPath(location), 'utf8');
    } catch (error) {
      throw new LoadError(displayLocation(location), `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
  return fetchText(location, options, entryOrigin);
}

async function fetchText(location: string, options: SourceOptions, entryOrigin: string): Promise<string> {
  const headers: Record<string, string> = { accept: 'text/xml, application/xml' };
  // Credentials written into the URL become Basic auth, and the URL is fetched (and shown) without them.
  const url = new URL(location);
  const embedded = url.username ? { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) } : undefined;
  url.username = '';
  url.password = '';
  const auth = options.auth ?? embedded;
  if (auth && url.origin === entryOrigin) {
    headers.authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
  }
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url.href, { headers });
  } catch (error) {
    throw new LoadError(displayLocation(location), `cannot be fetched: ${String((error as Error).message).split(location).join(url.href)}`);
  }
  if (response.status === 401 || response.status === 403) {
    throw new LoadError(displayLocation(location), `HTTP ${response.status}: the server refused the credentials${options.auth ? '' : ' (none were given)'}`);
  }
  if (!response.ok) throw new LoadError(displayLocation(location), `HTTP ${response.status} ${response.statusText}`);
  try {
    return await response.text();
  } catch (error) {
    throw new LoadError(displayLocation(location), `the download broke off: ${(error as Error).message}${(error as { cause?: { code?: string } }).cause?.code ? ` (${(error as { cause: { code: string } }).cause.code})` : ''}`);
  }
}
