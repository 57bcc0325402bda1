/**
 * The Partner account hierarchy: which accounts exist and which is above which. The override
 * (`accountId` in a request) may name the calling account or any account below it, at any depth
 * ("the authenticated account must be above it in the account hierarchy", protocol notes §9).
 */
export class AccountTree {
  private readonly parents = new Map<string, string | null>();

  /** `accounts`: account id → its parent's id, null for a primary (top) account. */
  constructor(accounts: Record<string, string | null> = {}) {
    for (const [id, parent] of Object.entries(accounts)) this.add(id, parent);
  }

  add(accountId: string, parent: string | null = null): void {
    if (parent !== null && !this.parents.has(parent)) this.parents.set(parent, null);
    this.parents.set(accountId, parent);
  }

  /** Forgets the account; accounts below it can then no longer be reached from above it. */
  remove(accountId: string): void {
    this.parents.delete(accountId);
  }

  has(accountId: string): boolean {
    return this.parents.has(accountId);
  }

  parentOf(accountId: string): string | null | undefined {
    return this.parents.get(accountId);
  }

  /** The accounts with no parent. */
  primaries(): string[] {
    return [...this.parents].filter(([, parent]) => parent === null).map(([id]) => id);
  }

  /** True when `ancestor` is `accountId` itself or above it. */
  covers(ancestor: string, accountId: string): boolean {
    if (!this.parents.has(accountId)) return false;
    for (let a: string | null | undefined = accountId; a; a = this.parents.get(a)) if (a === ancestor) return true;
    return false;
  }
}
