// The redactor on its own: every spelling of a secret it must find, and what it must leave alone
// (the SDK-level tests check the same through hooks, logs and errors).
import { describe, expect, it } from 'vitest';
import { redactedError, redactedExcerpt, redactor } from '../../generated/runtime/core/redact.ts';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('redactor', () => {
  it('without a secret changes nothing, and an empty secret is no secret', () => {
    expect(redactor('user', [])('a b c')).toBe('a b c');
    expect(redactor('user', ['', undefined])('a b c')).toBe('a b c');
  });

  it('masks the secret raw, as base64, and as the base64 of user:secret, the longer spelling first', () => {
    const redact = redactor('joe', ['pa ss']);
    expect(redact('x pa ss y')).toBe('x *** y');
    expect(redact(`basic ${b64('joe:pa ss')} and ${b64('pa ss')}`)).toBe('basic *** and ***');
    expect(redactor(undefined, ['pa ss'])(`basic ${b64('joe:pa ss')} ${b64('undefined:pa ss')}`)).toBe(`basic ${b64('joe:pa ss')} ${b64('undefined:pa ss')}`);
  });

  it('finds every character in any escaped form, mixed within one secret', () => {
    const redact = redactor(undefined, ['p&<é\t "']);
    // decimal and hex references with leading zeros and either case, XML entities, percent-encoding of UTF-8 bytes in either case, + for a space
    for (const spelling of ['p&amp;&lt;é\t "', '&#0112;&#38;&#x3C;&#XE9;%09+&quot;', '%70%26%3c%C3%A9%09%20"', 'p&#x26;&lt;%c3%a9&#9;&#32;&#34;']) {
      expect(redact(`[${spelling}]`), spelling).toBe('[***]');
    }
  });

  it('reads the secret literally: characters special in a pattern match only themselves', () => {
    const redact = redactor(undefined, ['a.b*(c)|[d]^$\\/+?{1}']);
    expect(redact('a.b*(c)|[d]^$\\/+?{1}')).toBe('***');
    expect(redact('axbbb(c)|d^$/+?{1}')).toBe('axbbb(c)|d^$/+?{1}');
    // + stands for a space only
    expect(redactor(undefined, ['ab'])('++ a+')).toBe('++ a+');
  });

  it('masks the base64 of a non-ASCII secret as UTF-8 spells it', () => {
    expect(redactor(undefined, ['clé'])(`t=${b64('clé')}`)).toBe('t=***');
  });
});

describe('redactedExcerpt', () => {
  it('masks before it cuts, so that a secret the cut would split is not kept in part', () => {
    const redact = redactor(undefined, ['secret']);
    expect(redactedExcerpt(`${'x'.repeat(8)}secret and more`, redact, 10)).toBe('xxxxxxxx**');
    expect(redactedExcerpt('a'.repeat(600), redact)).toHaveLength(500);
  });

  it('reads no further than four times its length, so that a body of megabytes is not redacted whole for an excerpt', () => {
    const redact = redactor(undefined, ['0123456789abcdef']);
    expect(redactedExcerpt('0123456789abcdef and what follows', redact, 4)).toBe('***');
    expect(redactedExcerpt('0123456789abcdef and what follows', redact, 5)).toBe('*** a');
  });
});

describe('redactedError', () => {
  it('masks an error’s message and stack in place, and leaves what is not an Error as it is', () => {
    const redact = redactor(undefined, ['hunter2']);
    const error = new Error('login hunter2 refused');
    void error.stack; // V8 writes the stack when first read: from then on it no longer follows the message
    expect(redactedError(error, redact)).toBe(error);
    expect(error.message).toBe('login *** refused');
    expect(error.stack).toContain('login *** refused');
    expect(error.stack).not.toContain('hunter2');
    const stackless = new Error('hunter2 again');
    stackless.stack = undefined;
    expect(redactedError(stackless, redact)).toMatchObject({ message: '*** again', stack: undefined });
    const plain = { message: 'hunter2' };
    expect(redactedError(plain, redact)).toEqual({ message: 'hunter2' });
  });
});
