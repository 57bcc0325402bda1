/**
 * HTTP for SOAP calls: POST with the SOAP 1.1 headers over Node's fetch (undici, which keeps
 * connections alive between calls), a per-call timeout and the caller's AbortSignal, and a
 * bound on the response size, read as a stream and cut off past it.
 */
import { AbortedError, MalformedResponseError, NetworkError, TimeoutError, type CallContext } from './errors.js';

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: string;
}

export interface PostOptions {
  url: string;
  body: string;
  soapAction: string;
  timeoutMs: number;
  maxResponseBytes: number;
  signal?: AbortSignal | undefined;
  fetch?: typeof fetch | undefined;
  context: CallContext;
}

export async function postSoap(options: PostOptions): Promise<HttpResponse> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const failure = (error: unknown) => {
    if (options.signal?.aborted) return new AbortedError('aborted by the caller', options.context, { cause: options.signal.reason });
    if (timeout.aborted) return new TimeoutError(options.timeoutMs, options.context);
    return new NetworkError(`connection failed: ${(error as Error).message}${causeText(error)}`, options.context, { cause: error });
  };
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(options.url, {
      method: 'POST',
      headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${options.soapAction}"`, accept: 'text/xml' },
      body: options.body,
      signal,
    });
  } catch (error) {
    throw failure(error);
  }
  try {
    return { status: response.status, headers: response.headers, body: await readBounded(response, options) };
  } catch (error) {
    if (error instanceof MalformedResponseError) throw error;
    throw failure(error);
  }
}

async function readBounded(response: Response, options: PostOptions): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
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
  return Buffer.concat(chunks).toString('utf8');
}

function causeText(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause ? ` (${cause.code ?? cause.message ?? ''})` : '';
}
