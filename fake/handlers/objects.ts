/**
 * GET, CREATE, UPDATE, DELETE of stored objects. CREATE assigns the key (a UUID; for Partner
 * Account CREATE a Boomi-style account id, and the new account joins the hierarchy below the
 * caller). UPDATE replaces the stored object with the one sent (the key must exist). DELETE
 * answers `successful` false for an unknown id rather than a fault, as the SOAP shape allows.
 */
import { randomBytes } from 'node:crypto';
import { clientFault, notFound } from '../soap-faults.ts';
import type { StoredObject } from '../object-store.ts';
import type { Decoded } from '../xml/decode.ts';
import { required, targetAccount, type Call, type FakeState } from './context.ts';
import { provisionStatus } from './provisioning.ts';

export function get(state: FakeState, call: Call): Decoded {
  const objectType = required(call.request, 'objectType', 'get');
  const objectId = required(call.request, 'objectId', 'get');
  const account = targetAccount(state, call, objectType, 'get');
  if (objectType === 'AccountProvision') return { result: provisionStatus(state, account, objectId) };
  return { result: find(state, account, objectType, objectId) };
}

export function create(state: FakeState, call: Call): Decoded {
  const object = objectOf(call, 'create');
  const account = targetAccount(state, call, object.$type, 'create');
  const key = state.store.idField(object.$type);
  if (object.$type === 'Account') {
    const accountId = newAccountId(String(object['name'] ?? 'account'));
    state.accounts.add(accountId, account);
    return { result: state.store.put(account, 'Account', { status: 'active', dateCreated: boomiDate(new Date()), ...object, [key]: accountId }) };
  }
  const { [key]: _ignored, id: _alsoIgnored, ...fields } = object;
  return { result: state.store.put(account, object.$type, fields) };
}

export function update(state: FakeState, call: Call): Decoded {
  const object = objectOf(call, 'update');
  const account = targetAccount(state, call, object.$type, 'update');
  const id = object[state.store.idField(object.$type)] ?? object['id'];
  if (typeof id !== 'string' || id === '') throw clientFault(`Invalid request: update/object needs its ${state.store.idField(object.$type)}.`);
  find(state, account, object.$type, id);
  return { result: state.store.put(account, object.$type, object) };
}

export function remove(state: FakeState, call: Call): Decoded {
  const objectType = required(call.request, 'objectType', 'delete');
  const objectId = required(call.request, 'objectId', 'delete');
  const account = targetAccount(state, call, objectType, 'delete');
  const successful = state.store.delete(account, objectType, objectId);
  if (successful && objectType === 'Account') state.accounts.remove(objectId);
  return { successful };
}

export function find(state: FakeState, account: string, objectType: string, id: string): StoredObject {
  const found = state.store.get(account, objectType, id);
  if (!found) throw notFound(objectType);
  return found;
}

function objectOf(call: Call, operation: string): Decoded & { $type: string } {
  const object = call.request['object'] as Decoded | undefined;
  if (!object?.$type) throw clientFault(`Invalid request: ${operation}/object is required.`);
  return object as Decoded & { $type: string };
}

/** Boomi account ids read like `acmecorp-K7Q2ZP`: the name squeezed, a dash, six characters. */
export function newAccountId(name: string): string {
  const stem = name.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 12) || 'account';
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return `${stem}-${[...randomBytes(6)].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

/** Boomi's date format: `yyyy-MM-ddTHH:mm:ssZ`, no fraction. */
export function boomiDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
