/**
 * Bytes → text, the way XML says a document's encoding is found (XML 1.0, appendix F): a
 * byte-order mark first, then the charset the server sent with it, then the encoding in the
 * XML declaration, else UTF-8. Undecodable bytes are an error at their line and column, never
 * a silent replacement character.
 */
import { TextDecoder } from 'node:util';
import { LoadError } from './load-error.ts';

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

export function decodeXml(bytes: Uint8Array, location: string, charset?: string): string {
  if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff]) || startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) {
    throw new LoadError(location, 'is UTF-32, which is not supported: save it as UTF-8 or UTF-16');
  }
  const bom = BOMS.find(([mark]) => startsWith(bytes, mark))?.[1];
  const label = bom ?? charset ?? sixteenBitWithoutBom(bytes) ?? declaredEncoding(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new LoadError(location, `is in encoding "${label}", which is not supported`);
  }
  try {
    const text = decoder.decode(bytes); // a byte-order mark of the encoding is dropped by the decoder
    return decoder.encoding === 'windows-1252' ? windows1252(text) : text;
  } catch {
    // The first replacement character of a lenient decoding is where the bytes stop making sense.
    const lenient = new TextDecoder(label).decode(bytes);
    const before = lenient.slice(0, lenient.indexOf('\uFFFD'));
    const line = before.split('\n').length;
    throw new LoadError(location, `is not valid ${decoder.encoding}${bom || charset ? '' : ' (the encoding it declares, or UTF-8)'}`, { line, column: before.length - before.lastIndexOf('\n') });
  }
}

/** `<?` in UTF-16 without a byte-order mark. */
function sixteenBitWithoutBom(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x3c, 0x00, 0x3f, 0x00])) return 'utf-16le';
  if (startsWith(bytes, [0x00, 0x3c, 0x00, 0x3f])) return 'utf-16be';
  return undefined;
}

/**
 * `encoding="…"` of the XML declaration, read as ASCII, which every encoding a declaration can
 * be read in agrees with. A document that declares UTF-16 but is stored in 8 bits (no byte-order
 * mark, no 16-bit `<?`) was converted without its declaration being updated: it is read as UTF-8.
 */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1');
  const label = /^<\?xml\s[^?>]*?encoding\s*=\s*(["'])([A-Za-z][\w.:-]*)\1/.exec(head)?.[2];
  return label && /^utf-?16/i.test(label) ? undefined : label;
}

/**
 * Node's decoder reads windows-1252 (which is also what `ISO-8859-1` and `latin1` mean to it,
 * as to browsers) as Latin-1: bytes 0x80–0x9F come out as C1 control characters instead of
 * `€`, curly quotes and dashes. They are mapped here, as the Encoding Standard says.
 */
const WINDOWS_1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function windows1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
