/**
 * Reading a document: a local file, or an http(s) URL such as `…/v1/{accountId}?wsdl` and
 * `?xsd=1`, which Boomi protects with HTTP Basic authentication. Either way the bytes are
 * decoded as the document says (encoding.ts).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { decodeXml } from './encoding.ts';
import { httpGet, type NetworkOptions } from './http-get.ts';
import { LoadError } from './load-error.ts';
import { displayLocation } from './locations.ts';

export interface BasicAuth {
  username: string;
  password: string;
}

export interface SourceOptions extends NetworkOptions {
  /** Sent only to the origin of the entry URL, never to other hosts a document points at. */
  auth?: BasicAuth;
}

export async function readSource(location: string, options: SourceOptions, entryOrigin: string): Promise<string> {
  const display = displayLocation(location);
  if (location.startsWith('file:')) {
    let bytes: Buffer;
    try {
      bytes = await readFile(fileURLToPath(location));
    } catch (error) {
      throw new LoadError(display, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    return decodeXml(bytes, display);
  }
  const response = await fetchDocument(location, display, options, entryOrigin);
  return decodeXml(response.body, display, response.charset);
}

async function fetchDocument(location: string, display: string, options: SourceOptions, entryOrigin: string) {
  // Credentials written into the URL become Basic auth, and the URL is fetched (and shown) without them.
  const url = new URL(location);
  const embedded = url.username ? { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) } : undefined;
  url.username = '';
  url.password = '';
  const auth = options.auth ?? embedded;
  const headers = (target: URL): Record<string, string> => ({
    accept: 'text/xml, application/xml',
    ...(auth && target.origin === entryOrigin ? { authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` } : {}),
  });
  const response = await httpGet(url, display, headers, options);
  if (response.status === 401 || response.status === 403) {
    throw new LoadError(display, `HTTP ${response.status}: the server refused the credentials${options.auth ? '' : ' (none were given)'}`);
  }
  if (response.status < 200 || response.status >= 300) throw new LoadError(display, `HTTP ${response.status} ${response.statusText}`);
  return response;
}
