import { describe, expect, it } from 'vitest';

import { Batcher, KeyedBatcher, type Settled } from './batcher.ts';

const tick = () => new Promise((r) => setImmediate(r));

/** A run that records its batches and finishes when the test says so. */
function controlledRun() {
  const batches: number[][] = [];
  const releases: Array<() => void> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const run = async (items: number[]): Promise<Array<Settled<number>>> => {
    batches.push(items);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise<void>((resolve) => releases.push(resolve));
    inFlight--;
    return items.map((n) =>
      n < 0 ? { ok: false, error: new Error(`negative ${n}`) } : { ok: true, value: n * 10 },
    );
  };
  const releaseAll = async () => {
    while (releases.length > 0) releases.shift()!();
    // One turn for the finished run to settle, one for the next run to start.
    await tick();
    await tick();
  };
  return { run, batches, releaseAll, maxInFlight: () => maxInFlight };
}

describe('Batcher', () => {
  it('runs a lone item at once, and gathers what arrives meanwhile into the next run', async () => {
    const c = controlledRun();
    const batcher = new Batcher(c.run, { maxBatch: 100, concurrency: 1 });
    const first = batcher.submit(1);
    await tick();
    expect(c.batches).toEqual([[1]]);
    const rest = [2, 3, 4].map((n) => batcher.submit(n));
    await tick();
    expect(c.batches).toHaveLength(1);
    expect(batcher.waiting).toBe(3);
    await c.releaseAll();
    expect(await first).toBe(10);
    expect(c.batches).toEqual([[1], [2, 3, 4]]);
    await c.releaseAll();
    expect(await Promise.all(rest)).toEqual([20, 30, 40]);
  });

  it('never takes more than maxBatch items nor runs more than concurrency batches at once', async () => {
    const c = controlledRun();
    const batcher = new Batcher(c.run, { maxBatch: 3, concurrency: 2 });
    const all = Array.from({ length: 10 }, (_, i) => batcher.submit(i));
    for (let i = 0; i < 10; i++) {
      await tick();
      await c.releaseAll();
    }
    expect(await Promise.all(all)).toEqual(Array.from({ length: 10 }, (_, i) => i * 10));
    expect(c.batches.every((b) => b.length <= 3)).toBe(true);
    expect(c.batches.flat()).toEqual(Array.from({ length: 10 }, (_, i) => i));
    expect(c.maxInFlight()).toBe(2);
  });

  it("gives each caller its own error, and a failed run fails only that run's callers", async () => {
    let calls = 0;
    const batcher = new Batcher<number, number>(
      async (items) => {
        calls++;
        if (items.includes(13)) throw new Error('the whole run failed');
        return items.map((n) =>
          n < 0 ? { ok: false, error: new Error(`negative ${n}`) } : { ok: true, value: n },
        );
      },
      { maxBatch: 10, concurrency: 1 },
    );
    const [good, bad] = [batcher.submit(1), batcher.submit(-1)];
    await expect(good).resolves.toBe(1);
    await expect(bad).rejects.toThrow('negative -1');
    await expect(batcher.submit(13)).rejects.toThrow('the whole run failed');
    await expect(batcher.submit(2)).resolves.toBe(2);
    expect(calls).toBe(3);
  });
});

describe('KeyedBatcher', () => {
  it('batches per key, never mixing keys in one run', async () => {
    const runs: Array<[string, number[]]> = [];
    const batcher = new KeyedBatcher<number, string>(
      async (key, items) => {
        runs.push([key, items]);
        return items.map((n) => ({ ok: true, value: `${key}:${n}` }));
      },
      { maxBatch: 10, concurrency: 1 },
    );
    const results = await Promise.all([
      batcher.submit('a', 1),
      batcher.submit('b', 2),
      batcher.submit('a', 3),
    ]);
    expect(results).toEqual(['a:1', 'b:2', 'a:3']);
    expect(runs).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
  });
});
