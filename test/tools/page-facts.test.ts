// The facts the reconstruction takes from Boomi's Account page, held against the page itself.
import { describe, expect, it } from 'vitest';
import { PAGE_QUERY_LISTINGS } from '../../tools/reconstruct/page-facts.ts';
import { accountPageText } from '../support/account-page.ts';
import { haveAccountPage } from '../support/paths.ts';

describe.skipIf(!haveAccountPage())('the Account page’s query filters', () => {
  const listing = PAGE_QUERY_LISTINGS['Account']!;

  it('are the operators the page lists, no more, no fewer', () => {
    const text = accountPageText();
    const section = text.slice(text.indexOf('The operators allowed for the Account object filters are:'), text.indexOf('For general information about the structure of QUERY filters'));
    expect(section.match(/\b[A-Z][A-Z_]+[A-Z]\b/g)).toEqual(listing.operators);
  });

  it('are the fields the page lists, each with the values it gives', () => {
    // The page glues each field name to its allowed values: "accountIdAny string value. dateCreatedDate using …".
    const fields = /Field Allowed values (.*)/.exec(accountPageText())![1]!;
    const described = (field: string) => `(?:^|\\. )${field}(?:Any string value|Date using|${(listing.values[field] ?? ['(?!)']).join(' or ')}\\.)`;
    for (const field of listing.fields) expect(fields, field).toMatch(new RegExp(described(field)));
    expect(fields.match(/Any string value|Date using| or /g)).toHaveLength(listing.fields.length);
  });
});
