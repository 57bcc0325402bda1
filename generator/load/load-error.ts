/** An input problem, located: file (or URL), line and column where known. */
export class LoadError extends Error {
  readonly location: string;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(location: string, message: string, position?: { line?: number; column?: number }) {
    const where = position?.line !== undefined ? `${location}:${position.line}:${position.column ?? 1}` : location;
    super(`${where}: ${message}`);
    this.name = new.target.name;
    this.location = location;
    this.line = position?.line;
    this.column = position?.column;
  }
}

/** A document fetched from the network points at a local file (or at a scheme that is not http, https or file). */
export class RefusedLocationError extends LoadError {}

/** A URL whose host is, or resolves to, a private, loopback, link-local or cloud metadata address. */
export class RefusedAddressError extends LoadError {}

/** A redirect to another origin (scheme, host and port) than the URL asked for. */
export class RefusedRedirectError extends LoadError {}
