/**
 * GET for WSDL and schema documents over http(s). Node's own client rather than fetch, so that
 * the address a connection goes to is the one network-addresses.ts checked. Redirects are
 * followed only within the origin asked for, unless allowed: a redirect must not take the
 * request (and what it carries) somewhere the user did not point at.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { LoadError, RefusedLocationError, RefusedRedirectError } from './load-error.ts';
import { displayLocation } from './locations.ts';
import { checkAddress, checkedLookup } from './network-addresses.ts';

export interface NetworkOptions {
  /** Fetch from private, loopback, link-local and cloud metadata addresses too (`--allow-private-addresses`). */
  allowPrivateAddresses?: boolean;
  /** Follow redirects to another origin (`--allow-cross-origin-redirects`). */
  allowCrossOriginRedirects?: boolean;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  /** The `charset` of the Content-Type, when the server sent one. */
  charset?: string;
  body: Buffer;
}

/** The flag (and generate() option) that lets redirects leave the origin. */
export const ALLOW_CROSS_ORIGIN_REDIRECTS = '--allow-cross-origin-redirects (allowCrossOriginRedirects: true)';
const MAX_REDIRECTS = 5;
/** A server that stops answering fails the run instead of hanging it. */
const IDLE_TIMEOUT_MS = 60_000;

/**
 * `display` is how the URL is named in errors (without credentials); `headers` gives the
 * request headers for each URL on the way, so credentials can be kept to one origin.
 */
export async function httpGet(url: URL, display: string, headers: (url: URL) => Record<string, string>, options: NetworkOptions): Promise<HttpResponse> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const response = await getOnce(current, display, headers(current), options);
    const location = response.headers.location;
    if (response.statusCode! < 300 || response.statusCode! >= 400 || response.statusCode === 304 || !location) return readBody(response, display);
    response.resume();
    const next = new URL(location, current);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new RefusedLocationError(display, `redirects to ${next.protocol} (${displayLocation(next.href)}): only http and https are followed`);
    if (next.origin !== url.origin && !options.allowCrossOriginRedirects) {
      throw new RefusedRedirectError(display, `redirects to another origin, ${displayLocation(next.href)}; redirects are followed within ${url.origin} only, unless with ${ALLOW_CROSS_ORIGIN_REDIRECTS}`);
    }
    if (hop >= MAX_REDIRECTS) throw new LoadError(display, `more than ${MAX_REDIRECTS} redirects (the last to ${displayLocation(next.href)})`);
    current = next;
  }
}

function getOnce(url: URL, display: string, headers: Record<string, string>, options: NetworkOptions): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // A literal address is connected to without a lookup: checked here. Names are checked as they resolve.
  if (!options.allowPrivateAddresses && isIP(host)) checkAddress(display, host);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    // No shared agent: a pooled connection would skip the lookup, and with it the check, for a later load.
    const req = request(url, { headers, agent: false, ...(options.allowPrivateAddresses ? {} : { lookup: checkedLookup(display) }) }, resolve);
    req.setTimeout(IDLE_TIMEOUT_MS, () => req.destroy(new LoadError(display, `no answer for ${IDLE_TIMEOUT_MS / 1000} s`)));
    req.on('error', (error) => reject(error instanceof LoadError ? error : new LoadError(display, `cannot be fetched: ${describe(error)}`)));
    req.end();
  });
}

function readBody(response: IncomingMessage, display: string): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A connection closed before the body's end is an 'aborted' error here (Node ≥ 16).
    response.on('error', (error) => reject(new LoadError(display, `the download broke off: ${describe(error)}`)));
    response.on('end', () => {
      const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(response.headers['content-type'] ?? '')?.[1];
      resolve({ status: response.statusCode!, statusText: response.statusMessage ?? '', ...(charset ? { charset } : {}), body: Buffer.concat(chunks) });
    });
  });
}

function describe(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
}
