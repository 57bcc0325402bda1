/**
 * The errors a SOAP call throws: one class per way a call can fail, all SoapCallError (the Boomi
 * profile exports it as BoomiApiError too), each naming the SOAP operation and, for the Boomi
 * profile, the object type. Nothing here holds credentials: the client redacts them from any
 * server text it keeps.
 */

export interface CallContext {
  operation: string;
  objectType?: string | undefined;
}

export class SoapCallError extends Error {
  override name = 'SoapCallError';
  readonly operation: string;
  readonly objectType: string | undefined;
  /** Set when a query's paging failed: the token of the last page read, to resume from with `pages({ fromToken })`. */
  resumeToken?: string;

  constructor(message: string, context: CallContext, options?: { cause?: unknown }) {
    super(`${context.operation}${context.objectType ? ` ${context.objectType}` : ''}: ${message}`, options);
    this.operation = context.operation;
    this.objectType = context.objectType;
  }
}

/** The server answered with a SOAP Fault. */
export class SoapFaultError extends SoapCallError {
  override name = 'SoapFaultError';
  constructor(
    readonly faultcode: string,
    readonly faultstring: string,
    readonly detail: string | undefined,
    readonly status: number,
    context: CallContext,
  ) {
    super(`SOAP fault ${faultcode}: ${faultstring}`, context);
  }
}

/** A fault or 404 saying the object does not exist. */
export class NotFoundError extends SoapFaultError {
  override name = 'NotFoundError';
}

/**
 * A fault the WSDL declares for the operation, its detail decoded as the declared type. The
 * generated method's documentation lists the fault names it can throw.
 */
export class DeclaredFaultError<Name extends string = string, Detail = unknown> extends SoapFaultError {
  override name = 'DeclaredFaultError';
  constructor(
    readonly fault: Name,
    readonly detailValue: Detail,
    faultcode: string,
    faultstring: string,
    detail: string | undefined,
    status: number,
    context: CallContext,
  ) {
    super(faultcode, faultstring, detail, status, context);
  }
}

/** An HTTP status the call cannot go on from, with the start of the body. */
export class HttpStatusError extends SoapCallError {
  override name = 'HttpStatusError';
  constructor(
    readonly status: number,
    readonly bodyExcerpt: string,
    context: CallContext,
    message = `HTTP ${status}`,
  ) {
    super(bodyExcerpt ? `${message}: ${bodyExcerpt}` : message, context);
  }
}

/** A redirect the client did not follow: none are by default, and never to another origin. */
export class RedirectError extends HttpStatusError {
  override name = 'RedirectError';
  constructor(
    status: number,
    readonly location: string,
    sameOriginAllowed: boolean,
    context: CallContext,
  ) {
    super(status, '', context, `HTTP ${status} redirect to ${location || '(no Location)'} not followed${sameOriginAllowed ? ': only 307/308 within the endpoint\'s origin are' : ' (redirects are off; see the `redirects` option)'}`);
  }
}

/** 401 or 403: wrong credentials, or not allowed. */
export class AuthenticationError extends HttpStatusError {
  override name = 'AuthenticationError';
}

/** 503 or 429 after the retries: Boomi's rate limit (10 requests/s per account) or a busy server. */
export class RateLimitError extends HttpStatusError {
  override name = 'RateLimitError';
  constructor(
    status: number,
    bodyExcerpt: string,
    readonly retryAfterMs: number | undefined,
    context: CallContext,
  ) {
    super(status, bodyExcerpt, context, `HTTP ${status}: rate limited or unavailable`);
  }
}

export class TimeoutError extends SoapCallError {
  override name = 'TimeoutError';
  constructor(
    readonly timeoutMs: number,
    context: CallContext,
  ) {
    super(`no complete response within ${timeoutMs} ms`, context);
  }
}

/** The caller's AbortSignal ended the call. */
export class AbortedError extends SoapCallError {
  override name = 'AbortedError';
}

/** The connection failed: refused, reset, DNS. */
export class NetworkError extends SoapCallError {
  override name = 'NetworkError';
}

/** A response that is not what SOAP promises: HTML, wrong content type, truncated XML, no Body. */
export class MalformedResponseError extends SoapCallError {
  override name = 'MalformedResponseError';
  constructor(
    message: string,
    readonly bodyExcerpt: string,
    context: CallContext,
    options?: { cause?: unknown },
  ) {
    super(message, context, options);
  }
}

/** A bad argument, caught before anything is sent. */
export class InvalidRequestError extends SoapCallError {
  override name = 'InvalidRequestError';
}
