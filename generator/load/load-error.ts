/** An input problem, located: file (or URL), line and column where known. */
export class LoadError extends Error {
  readonly location: string;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(location: string, message: string, position?: { line?: number; column?: number }) {
    const where = position?.line !== undefined ? `${location}:${position.line}:${position.column ?? 1}` : location;
    super(`${where}: ${message}`);
    this.name = 'LoadError';
    this.location = location;
    this.line = position?.line;
    this.column = position?.column;
  }
}
