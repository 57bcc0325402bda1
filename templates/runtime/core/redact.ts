/**
 * Secrets out of text the SDK keeps or shows (error messages, response excerpts, hook and log
 * arguments). A server may echo a password raw, XML-escaped (named entities or character
 * references, in text or in attributes), URL- or form-encoded (hex in either case), or as the
 * base64 of the password or of the Basic `user:password` pair. Each secret becomes one pattern
 * in which every character may take any of its escaped forms, so every escaping scheme, and any
 * mix of them, is found without listing the schemes.
 */

export type Redact = (text: string) => string;

const MASK = '***';

const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function redactor(username: string | undefined, secrets: readonly (string | undefined)[]): Redact {
  const patterns: string[] = [];
  for (const secret of secrets) {
    if (!secret) continue;
    // The base64 forms first: at one position, the longer spelling wins.
    if (username !== undefined) patterns.push(literal(base64(`${username}:${secret}`)));
    patterns.push(literal(base64(secret)));
    patterns.push([...secret].map(characterForms).join(''));
  }
  if (patterns.length === 0) return (text) => text;
  const pattern = new RegExp(patterns.join('|'), 'gu');
  return (text) => text.replace(pattern, MASK);
}

/**
 * The start of a response for an error, its secrets masked before the cut, so that a secret the
 * cut would split is not kept in part (the window holds a secret spelled in up to 1500 characters).
 */
export function redactedExcerpt(text: string, redact: Redact, length = 500): string {
  return redact(text.slice(0, length * 4)).slice(0, length);
}

/** An error about a request or response, its message and stack redacted in place (for a `cause` the SDK keeps). */
export function redactedError<E>(error: E, redact: Redact): E {
  if (error instanceof Error) {
    error.message = redact(error.message);
    if (error.stack !== undefined) error.stack = redact(error.stack);
  }
  return error;
}

/** One character as a pattern: itself, an XML entity or character reference, or its UTF-8 bytes percent-encoded (`+` for a space). */
function characterForms(c: string): string {
  const code = c.codePointAt(0)!;
  const forms = [literal(c), `&#0*${code};`, `&#[xX]0*${anyCase(code.toString(16))};`, [...Buffer.from(c, 'utf8')].map((byte) => `%${anyCase(byte.toString(16).padStart(2, '0'))}`).join('')];
  if (XML_ENTITIES[c]) forms.push(XML_ENTITIES[c]);
  if (c === ' ') forms.push('\\+');
  return `(?:${forms.join('|')})`;
}

function anyCase(hex: string): string {
  return hex.replace(/[a-f]/g, (d) => `[${d}${d.toUpperCase()}]`);
}

function literal(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
