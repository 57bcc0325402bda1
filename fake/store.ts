/** The fake's data: objects per account and type, in insertion order, with ids assigned on create. */
import { randomUUID } from 'node:crypto';

export type StoredObject = Record<string, unknown> & { $type: string };

export class FakeStore {
  private readonly accounts = new Map<string, Map<string, Map<string, StoredObject>>>();

  private table(accountId: string, objectType: string): Map<string, StoredObject> {
    let types = this.accounts.get(accountId);
    if (!types) this.accounts.set(accountId, (types = new Map()));
    let table = types.get(objectType);
    if (!table) types.set(objectType, (table = new Map()));
    return table;
  }

  /** Adds (or replaces) an object; the id is taken from `id`, or assigned. */
  put(accountId: string, objectType: string, value: Record<string, unknown>): StoredObject {
    const id = typeof value['id'] === 'string' ? value['id'] : randomUUID();
    const stored: StoredObject = { ...value, $type: objectType, id };
    this.table(accountId, objectType).set(id, stored);
    return stored;
  }

  get(accountId: string, objectType: string, id: string): StoredObject | undefined {
    return this.table(accountId, objectType).get(id);
  }

  delete(accountId: string, objectType: string, id: string): boolean {
    return this.table(accountId, objectType).delete(id);
  }

  all(accountId: string, objectType: string): StoredObject[] {
    return [...this.table(accountId, objectType).values()];
  }
}
