// namespace-constants.ts: the constant each model or service module declares for a namespace
// URI it uses, named after the URI and numbered where two URIs spell the same name.
import { describe, expect, it } from 'vitest';
import { namespaceConstants } from '../../generator/emit/namespace-constants.ts';

describe('namespaceConstants', () => {
  it('names a constant per URI after its text, the scheme left out, runs of other characters one underscore', () => {
    const { statements, ref } = namespaceConstants(['https://a.b/c', 'http://a.b/c', 'ftp://a.b/c', '', 'urn:http://x', 'http://example.com/a--b/', 'urn:http://x']);
    expect(statements.map((s) => [(s as { name: string }).name, (s as { initializer: string }).initializer])).toEqual([
      ['NS_A_B_C', "'ftp://a.b/c'"],
      ['NS_A_B_C_2', "'http://a.b/c'"],
      ['NS_EXAMPLE_COM_A_B', "'http://example.com/a--b/'"],
      // Three URIs, one name: numbered in URI order.
      ['NS_A_B_C_3', "'https://a.b/c'"],
      // Only a leading scheme is left out.
      ['NS_URN_HTTP_X', "'urn:http://x'"],
    ]);
    expect(['https://a.b/c', 'urn:http://x', '', 'urn:unknown'].map(ref)).toEqual(['NS_A_B_C_3', 'NS_URN_HTTP_X', "''", "'urn:unknown'"]);
  });
});
