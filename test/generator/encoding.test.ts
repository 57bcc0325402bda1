// Bytes to text as XML says (generator/load/encoding.ts): byte-order marks, declarations, the
// server's charset, and clear errors for bytes that do not decode.
import { describe, expect, it } from 'vitest';
import { decodeXml } from '../../generator/load/encoding.ts';
import { LoadError } from '../../generator/load/load-error.ts';

const doc = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?>\n<a>é€</a>`;
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

describe('decodeXml', () => {
  it('follows a byte-order mark, then a 16-bit "<?", then the declaration, else UTF-8', () => {
    expect(decodeXml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc('UTF-8'))]), 'a.xsd')).toBe(doc('UTF-8'));
    expect(decodeXml(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(doc('UTF-16'))]), 'a.xsd')).toBe(doc('UTF-16'));
    expect(decodeXml(utf16be(doc('UTF-16')), 'a.xsd')).toBe(doc('UTF-16'));
    expect(decodeXml(Buffer.from([...Buffer.from('<?xml version="1.0" encoding="windows-1252"?>\n<a>'), 0xe9, 0x80, ...Buffer.from('</a>')]), 'a.xsd')).toBe(doc('windows-1252'));
    expect(decodeXml(Buffer.from('<a>é</a>'), 'a.xsd')).toBe('<a>é</a>');
  });

  it('takes the charset the server sent over the declaration', () => {
    expect(decodeXml(Buffer.from([...Buffer.from('<?xml version="1.0" encoding="UTF-8"?><a>'), 0xe9, ...Buffer.from('</a>')]), 'u', 'iso-8859-1')).toBe('<?xml version="1.0" encoding="UTF-8"?><a>é</a>');
  });

  it('names the line and column of bytes that do not decode, and refuses encodings it cannot read', () => {
    const bad = decodeError(Buffer.from([...Buffer.from('<a>\n  <b>'), 0xff, ...Buffer.from('</b></a>')]));
    expect(bad).toBeInstanceOf(LoadError);
    expect(bad.message).toBe('a.xsd:2:6: is not valid utf-8 (the encoding it declares, or UTF-8)');
    expect(decodeError(Buffer.from(doc('EBCDIC-X'))).message).toBe('a.xsd: is in encoding "EBCDIC-X", which is not supported');
    expect(decodeError(Buffer.from([0xff, 0xfe, 0, 0, 0x3c, 0, 0, 0])).message).toBe('a.xsd: is UTF-32, which is not supported: save it as UTF-8 or UTF-16');
  });
});

function decodeError(bytes: Buffer): LoadError {
  try {
    decodeXml(bytes, 'a.xsd');
  } catch (error) {
    return error as LoadError;
  }
  throw new Error('decoded without an error');
}
