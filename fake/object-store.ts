/**
 * The fake's data: objects per account and type, kept in insertion order with a sequence number
 * (query tokens page by it, so a page boundary survives inserts and deletes). Objects go in and
 * come out as copies, so a test cannot change stored state by accident.
 */
import { randomUUID } from 'node:crypto';

export type StoredObject = Record<string, unknown> & { $type: string };

interface Entry {
  seq: number;
  object: StoredObject;
}

export class FakeStore {
  private readonly accounts = new Map<string, Map<string, Map<string, Entry>>>();
  private nextSeq = 1;

  /** `idField` names each type's key (`id`, or `accountId` for Account, …). */
  constructor(readonly idField: (objectType: string) => string = () => 'id') {}

  /**
   * Adds or replaces an object. Its key is the type's id field, else `id`, else a new UUID;
   * a replaced object keeps its place in query order.
   */
  put(accountId: string, objectType: string, value: Record<string, unknown>): StoredObject {
    const field = this.idField(objectType);
    const given = value[field] ?? value['id'];
    const id = typeof given === 'string' && given !== '' ? given : randomUUID();
    const object: StoredObject = { ...structuredClone(value), [field]: id, $type: objectType };
    const table = this.table(accountId, objectType);
    table.set(id, { seq: table.get(id)?.seq ?? this.nextSeq++, object });
    return structuredClone(object);
  }

  putAll(accountId: string, objectType: string, values: Record<string, unknown>[]): StoredObject[] {
    return values.map((value) => this.put(accountId, objectType, value));
  }

  get(accountId: string, objectType: string, id: string): StoredObject | undefined {
    const entry = this.table(accountId, objectType).get(id);
    return entry && structuredClone(entry.object);
  }

  delete(accountId: string, objectType: string, id: string): boolean {
    return this.table(accountId, objectType).delete(id);
  }

  /** Every object of the type in the account, in insertion order. */
  all(accountId: string, objectType: string): StoredObject[] {
    return this.entries(accountId, objectType).map((e) => structuredClone(e.object));
  }

  /** Objects with their sequence numbers, for paging. Not copies: callers must not change them. */
  entries(accountId: string, objectType: string): readonly Entry[] {
    return [...this.table(accountId, objectType).values()];
  }

  /** Forgets everything, or one account's objects. */
  clear(accountId?: string): void {
    if (accountId === undefined) this.accounts.clear();
    else this.accounts.delete(accountId);
  }

  private table(accountId: string, objectType: string): Map<string, Entry> {
    let types = this.accounts.get(accountId);
    if (!types) this.accounts.set(accountId, (types = new Map()));
    let table = types.get(objectType);
    if (!table) types.set(objectType, (table = new Map()));
    return table;
  }
}

/** The key field of a type: `id` when it has one, else the longest `<leading words of the type>Id` it declares (Account → accountId, ExecutionRecord → executionId). */
export function idFieldFrom(fieldNames: (objectType: string) => string[]): (objectType: string) => string {
  const cache = new Map<string, string>();
  return (objectType) => {
    let field = cache.get(objectType);
    if (field === undefined) {
      const names = new Set(fieldNames(objectType));
      const words = objectType.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+/g) ?? [objectType];
      field = 'id';
      if (!names.has('id')) {
        for (let n = words.length; n > 0; n--) {
          const candidate = words.slice(0, n).join('').replace(/^[A-Z]+(?![a-z])|^[A-Z]/, (s) => s.toLowerCase()) + 'Id';
          if (names.has(candidate)) {
            field = candidate;
            break;
          }
        }
      }
      cache.set(objectType, field);
    }
    return field;
  };
}
