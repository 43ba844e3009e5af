import { describe, expect, it } from 'vitest';

import { startPeriodicTask } from './periodic-task.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a periodic task', () => {
  it('keeps running after a failed run, never overlaps itself, and stop waits for the run in progress', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    let inFlight = 0;
    let overlapped = false;
    let finishedLast = false;
    const task = startPeriodicTask({
      intervalMs: 5,
      firstDelayMs: 1,
      run: async () => {
        runs++;
        inFlight++;
        if (inFlight > 1) overlapped = true;
        finishedLast = false;
        await sleep(12);
        inFlight--;
        finishedLast = true;
        if (runs === 1) throw new Error('first run fails');
      },
      onError: (error) => errors.push(error),
    });
    while (runs < 3) await sleep(5);
    await task.stop();
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(errors).toHaveLength(1);
    expect(overlapped).toBe(false);
    expect(finishedLast).toBe(true);
    const after = runs;
    await sleep(30);
    expect(runs).toBe(after);
  });
});
