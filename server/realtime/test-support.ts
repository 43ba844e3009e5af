/** Test helpers for asynchronous delivery: every wait is bounded and fails with a message. */

/** A queue tests read in order; `next` waits for the next item or fails after the timeout. */
export class Inbox<T> {
  readonly received: T[] = [];
  private read = 0;
  private wake: (() => void) | null = null;

  readonly push = (item: T): void => {
    this.received.push(item);
    this.wake?.();
  };

  async next(timeoutMs = 5_000, what = 'an item'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    while (this.read >= this.received.length) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `Timed out after ${timeoutMs} ms waiting for ${what} (got ${this.received.length} so far)`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
    return this.received[this.read++] as T;
  }

  /** How many items arrived that no `next` has read yet. */
  get unread(): number {
    return this.received.length - this.read;
  }
}

/** Polls until the check passes; for state that has no event to wait on (a database row). */
export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
