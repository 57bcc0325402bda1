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
    // A byte-order mark or a charset says the encoding outright: no "declares, or UTF-8" then.
    expect(decodeError(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('<a>'), 0xff, ...Buffer.from('</a>')])).message).toBe('a.xsd:1:4: is not valid utf-8');
    expect(decodeError(Buffer.from([...Buffer.from('<a>'), 0xff, ...Buffer.from('</a>')]), 'utf-8').message).toBe('a.xsd:1:4: is not valid utf-8');
  });

  it('reads the declaration with white space around its =, and only at the start', () => {
    const latin1 = (head: string) => Buffer.from([...Buffer.from(`${head}<a>`), 0xe9, ...Buffer.from('</a>')]);
    expect(decodeXml(latin1('<?xml version="1.0" encoding = "ISO-8859-1"?>'), 'a.xsd')).toBe('<?xml version="1.0" encoding = "ISO-8859-1"?><a>é</a>');
    expect(decodeXml(latin1("<?xml version='1.0' encoding='ISO-8859-1'?>"), 'a.xsd')).toBe("<?xml version='1.0' encoding='ISO-8859-1'?><a>é</a>");
    expect(decodeError(latin1(' <?xml version="1.0" encoding="ISO-8859-1"?>')).message).toBe('a.xsd:1:48: is not valid utf-8 (the encoding it declares, or UTF-8)');
  });

  it('reads a document declaring UTF-16 but stored in 8 bits as UTF-8', () => {
    for (const label of ['UTF-16', 'utf16', 'UTF-16LE']) expect(decodeXml(Buffer.from(doc(label)), 'a.xsd')).toBe(doc(label));
    expect(decodeError(Buffer.from(doc('x-utf-16'))).message).toBe('a.xsd: is in encoding "x-utf-16", which is not supported');
  });

  it('reads UTF-16LE without a byte-order mark, and maps 0x80–0x9F only for windows-1252', () => {
    expect(decodeXml(Buffer.from(doc('UTF-16'), 'utf16le'), 'a.xsd')).toBe(doc('UTF-16'));
    expect(decodeXml(Buffer.from('<a>\u0080\u0099</a>'), 'a.xsd')).toBe('<a>\u0080\u0099</a>');
    expect(decodeXml(Buffer.from([...Buffer.from('<a>'), 0x80, 0x99, ...Buffer.from('</a>')]), 'a.xsd', 'windows-1252')).toBe('<a>€™</a>');
  });
});

function decodeError(bytes: Buffer, charset?: string): LoadError {
  try {
    decodeXml(bytes, 'a.xsd', charset);
  } catch (error) {
    return error as LoadError;
  }
  throw new Error('decoded without an error');
}
