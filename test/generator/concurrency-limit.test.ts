// concurrency-limit.ts: at most so many tasks at once, the others started in turn as slots free.
import { describe, expect, it } from 'vitest';
import { concurrencyLimit } from '../../generator/concurrency-limit.ts';

/** A task that runs until released, recording when it started. */
function gate(started: number[], n: number): { task: () => Promise<number>; release: () => void } {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return {
    task: async () => {
      started.push(n);
      await done;
      return n;
    },
    release,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('concurrencyLimit', () => {
  it('runs at most `limit` tasks at once, starting the others in order as each one ends', async () => {
    const limit = concurrencyLimit(2);
    const started: number[] = [];
    const gates = [0, 1, 2, 3, 4].map((n) => gate(started, n));
    const results = gates.map((g) => limit(g.task));
    await settle();
    expect(started).toEqual([0, 1]);
    gates[1]!.release();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.release();
    gates[2]!.release();
    await settle();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    gates[3]!.release();
    gates[4]!.release();
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4]);
  });

  it('frees the slot of a task that ended, by value or by error, for the next batch', async () => {
    const limit = concurrencyLimit(2);
    await expect(limit(() => Promise.reject(new Error('failed')))).rejects.toThrow('failed');
    for (let round = 0; round < 3; round++) {
      const started: number[] = [];
      const gates = [0, 1, 2].map((n) => gate(started, n));
      const results = gates.map((g) => limit(g.task));
      await settle();
      expect(started).toEqual([0, 1]);
      for (const g of gates) g.release();
      expect(await Promise.all(results)).toEqual([0, 1, 2]);
    }
  });
});
