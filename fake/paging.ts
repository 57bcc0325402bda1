/**
 * Query paging with tokens like Boomi's: opaque, long, base64 (`+`, `/`, `=` included, so a
 * client that does not pass them back byte for byte fails). A token is the query's cursor
 * (account, object type, filter, last sequence number) sealed with AES-256-GCM under a key of
 * this fake instance: a tampered, foreign or expired token cannot be opened and is a fault.
 * Tokens can be replayed until they expire, and a page boundary is a sequence number, not an
 * offset, so every record is returned exactly once even when objects come and go meanwhile.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { clientFault } from './soap-faults.ts';
import type { Expression, Predicate } from './query-filter.ts';
import type { FakeStore, StoredObject } from './object-store.ts';

export interface QueryCursor {
  account: string;
  objectType: string;
  filter: Expression | undefined;
  /** The sequence number of the last object already returned. */
  after: number;
}

interface Sealed extends QueryCursor {
  issuedAt: number;
  /** Makes tokens as long as Boomi's (about 1.5 KB); carries nothing. */
  pad: string;
}

export class QueryTokens {
  private key = randomBytes(32);

  constructor(private readonly ttlMs: () => number) {}

  seal(cursor: QueryCursor): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const plain = JSON.stringify({ ...cursor, issuedAt: Date.now(), pad: randomBytes(640).toString('base64') } satisfies Sealed);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  open(token: string): QueryCursor {
    let sealed: Sealed;
    try {
      const raw = Buffer.from(token, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      sealed = JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as Sealed;
    } catch {
      throw clientFault('Invalid query token: it was not issued by this service or has expired.');
    }
    if (Date.now() - sealed.issuedAt > this.ttlMs()) throw clientFault('Invalid query token: it was not issued by this service or has expired.');
    return { account: sealed.account, objectType: sealed.objectType, filter: sealed.filter, after: sealed.after };
  }

  /** Every token issued so far stops working (a new key). */
  expireAll(): void {
    this.key = randomBytes(32);
  }
}

export interface Page {
  records: StoredObject[];
  /** The cursor for the next page, when more records match. */
  next: number | undefined;
}

/** Up to `size` matching objects after the cursor, in store order. */
export function takePage(store: FakeStore, account: string, objectType: string, matches: Predicate, after: number, size: number): Page {
  const records: StoredObject[] = [];
  let last = after;
  for (const { seq, object } of store.entries(account, objectType)) {
    if (seq <= after || !matches(object)) continue;
    if (records.length === size) return { records, next: last };
    records.push(structuredClone(object));
    last = seq;
  }
  return { records, next: undefined };
}
