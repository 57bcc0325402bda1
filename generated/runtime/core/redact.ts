/**
 * Secrets out of text the SDK keeps or shows (error messages, response excerpts, hook and log
 * arguments): a server may echo a password raw, XML-escaped, URL-encoded, or as the base64 of
 * the Basic `user:password` pair, so each of those spellings is replaced.
 */
import { escapeAttribute, escapeText } from './xml/escape.js';

export type Redact = (text: string) => string;

const MASK = '***';

export function redactor(username: string | undefined, secrets: readonly (string | undefined)[]): Redact {
  const spellings = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    spellings.add(secret);
    spellings.add(escapeText(secret));
    spellings.add(escapeAttribute(secret));
    spellings.add(encodeURIComponent(secret));
    spellings.add(encodeURIComponent(secret).replace(/%20/g, '+'));
    spellings.add(Buffer.from(secret, 'utf8').toString('base64'));
    if (username !== undefined) spellings.add(Buffer.from(`${username}:${secret}`, 'utf8').toString('base64'));
  }
  // Longest first, so that no shorter spelling leaves part of a longer one behind.
  const ordered = [...spellings].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  if (ordered.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const s of ordered) if (out.includes(s)) out = out.split(s).join(MASK);
    return out;
  };
}
