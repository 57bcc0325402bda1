/**
 * HTTP for SOAP calls: a POST over Node's fetch (undici, which keeps connections alive between
 * calls), a per-call timeout and the caller's AbortSignal, a bound on the response size (read
 * as a stream and cut off past it), text decoded strictly (bytes that are not valid in the
 * declared charset are an error, not U+FFFD), and no redirect followed unless allowed: a SOAP
 * request carries credentials, so it is never re-sent to another origin.
 */
import { TextDecoder } from 'node:util';
import { AbortedError, MalformedResponseError, NetworkError, RedirectError, TimeoutError, type CallContext } from './errors.js';
import { redactedExcerpt } from './redact.js';

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: string;
  /** The body's size as received, in bytes. */
  bytes: number;
}

export interface PostOptions {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  maxResponseBytes: number;
  /** `same-origin`: follow 307/308 within the endpoint's origin; otherwise a redirect is a RedirectError. */
  redirects?: 'none' | 'same-origin' | undefined;
  signal?: AbortSignal | undefined;
  fetch?: typeof fetch | undefined;
  context: CallContext;
  /** Takes secrets out of any response text an error keeps. */
  redact: (text: string) => string;
}

const MAX_REDIRECTS = 5;

export async function postSoap(options: PostOptions): Promise<HttpResponse> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const failure = (error: unknown) => {
    if (options.signal?.aborted) return new AbortedError('aborted by the caller', options.context, { cause: options.signal.reason });
    if (timeout.aborted) return new TimeoutError(options.timeoutMs, options.context);
    return new NetworkError(`connection failed: ${(error as Error).message}${causeText(error)}`, options.context, { cause: error });
  };
  let url = options.url;
  for (let hops = 0; ; hops++) {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, { method: 'POST', headers: options.headers, body: options.body, signal, redirect: 'manual' });
    } catch (error) {
      throw failure(error);
    }
    if (response.status >= 300 && response.status < 400) {
      const target = response.headers.get('location');
      await response.body?.cancel().catch(() => {});
      const next = target === null ? undefined : new URL(target, url);
      const follow = options.redirects === 'same-origin' && (response.status === 307 || response.status === 308) && next !== undefined && next.origin === new URL(url).origin && hops < MAX_REDIRECTS;
      if (!follow) throw new RedirectError(response.status, options.redact(next?.href ?? target ?? ''), options.redirects === 'same-origin', options.context);
      url = next.href;
      continue;
    }
    try {
      return { status: response.status, headers: response.headers, ...(await readBounded(response, options)) };
    } catch (error) {
      if (error instanceof MalformedResponseError) throw error;
      throw failure(error);
    }
  }
}

async function readBounded(response: Response, options: PostOptions): Promise<{ body: string; bytes: number }> {
  const reader = response.body?.getReader();
  if (!reader) return { body: '', bytes: 0 };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > options.maxResponseBytes) {
      await reader.cancel();
      throw new MalformedResponseError(`the response is larger than ${options.maxResponseBytes} bytes`, '', options.context);
    }
    chunks.push(value);
  }
  return { body: decodeText(Buffer.concat(chunks), response.headers.get('content-type'), options), bytes: size };
}

/** The body as text in its declared charset (UTF-8 by default); bytes invalid in it are a MalformedResponseError. */
function decodeText(bytes: Uint8Array, contentType: string | null, { context, redact }: PostOptions): string {
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new MalformedResponseError(`the response declares an unknown charset "${charset}"`, '', context);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new MalformedResponseError(`the response is not valid ${charset}`, redactedExcerpt(new TextDecoder('utf-8').decode(bytes), redact), context);
  }
}

function causeText(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause ? ` (${cause.code ?? cause.message ?? ''})` : '';
}
