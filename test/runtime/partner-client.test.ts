// The Partner client's own rules, without a server: what it refuses to be built from, what it
// shows of itself, which requests can carry the account override, and Boomi's "not found" texts.
import { describe, expect, it } from 'vitest';
import type { XmlTypeInfo } from '../../generated/runtime/core/metadata.ts';
import type { OperationInfo } from '../../generated/runtime/core/soap/message.ts';
import { faultMeaning } from '../../generated/runtime/boomi/fault-texts.ts';
import { PartnerClient, acceptsOverride } from '../../generated/runtime/boomi/partner-client.ts';
import { getOperation } from '../../generated/services/boomi-partner-api-version1-service.ts';

const credentials = { accountId: 'acme-1', username: 'user@acme', password: 'secret' };

describe('PartnerClient', () => {
  it('refuses to be built without an account, a user name or a password, naming what is missing', () => {
    expect(() => new PartnerClient({ ...credentials, accountId: '' })).toThrow(new TypeError('accountId is required'));
    const missing = new TypeError('username and password (or an API token) are required');
    expect(() => new PartnerClient({ ...credentials, username: '' })).toThrow(missing);
    expect(() => new PartnerClient({ ...credentials, password: '' })).toThrow(missing);
  });

  it('shows the account it acts as in its JSON only when that is another account', () => {
    const client = new PartnerClient(credentials);
    expect(client.toJSON()).toEqual({ accountId: 'acme-1', endpoint: 'https://api.boomi.com/partner/api/soap/v1/acme-1', username: 'user@acme' });
    expect(client.withAccount('sub-2').toJSON()).toEqual({ ...client.toJSON(), actingAs: 'sub-2' });
    expect([client.actingAs, client.withAccount('sub-2').actingAs]).toEqual([undefined, 'sub-2']);
  });

  it('refuses the account override, before sending anything, where Boomi or the WSDL cannot take it', async () => {
    const client = new PartnerClient(credentials).withAccount('sub-2');
    await expect(client.call(getOperation, { objectType: 'Account', objectId: 'a' }, {}, { objectType: 'Account', noOverride: true })).rejects.toThrow(
      'Boomi does not accept the account override for get of Account',
    );
    await expect(client.call(getOperation, {}, {}, { noOverride: true })).rejects.toThrow(/: Boomi does not accept the account override for get$/);
    const noAccountField: OperationInfo = { ...getOperation, name: 'ping', input: { body: [] } };
    await expect(client.call(noAccountField, {})).rejects.toThrow('the ping request of this WSDL has no accountId field: the Partner account override cannot be sent');
  });
});

describe('acceptsOverride', () => {
  const field = (property: string) => [property, '', property, 'string', '?'] as const;
  const type = (name: string, fields: XmlTypeInfo['fields'], base?: XmlTypeInfo): XmlTypeInfo => ({ name, namespace: 'urn:t', tsName: name, fields, ...(base ? { base: () => base } : {}) });
  const op = (body: OperationInfo['input']['body']): OperationInfo => ({ ...getOperation, name: 'op', input: { body } });
  const part = (wrapper: () => XmlTypeInfo | readonly string[]) => ['op', 'urn:t', 'parameters', wrapper, ''] as const;

  it('is true when the one request wrapper, or a type it extends, has an accountId field', () => {
    expect(acceptsOverride(getOperation)).toBe(true);
    expect(acceptsOverride(op([part(() => type('Op', [field('accountId')]))]))).toBe(true);
    expect(acceptsOverride(op([part(() => type('Op', [field('id')], type('Base', [field('accountId')])))]))).toBe(true);
  });

  it('is false without such a field, without one wrapper, or with an enumeration in its place', () => {
    expect(acceptsOverride(op([part(() => type('Op', [field('id')], type('Base', [field('name')])))]))).toBe(false);
    expect(acceptsOverride(op([]))).toBe(false);
    const wrapper = () => type('Op', [field('accountId')]);
    expect(acceptsOverride(op([part(wrapper), part(wrapper)]))).toBe(false);
    expect(acceptsOverride(op([part(() => ['accountId'])]))).toBe(false);
    expect(acceptsOverride(op([['op', 'urn:t', 'parameters', 'string', '']]))).toBe(false);
  });
});

describe('faultMeaning', () => {
  it('reads Boomi’s "No such <object>" as not found, whatever white space surrounds it', () => {
    expect(faultMeaning('No such process')).toBe('not-found');
    expect(faultMeaning('  No such Environment\n')).toBe('not-found');
    expect(faultMeaning('Name does not exist')).toBeUndefined();
  });
});
