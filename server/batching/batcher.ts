/** One item's result from a batch: its value, or the error that belongs to it alone. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export type BatcherOptions = {
  /** Items per run at most; the rest wait for the next run. */
  maxBatch: number;
  /** Runs in flight at once. One keeps writes in arrival order; reads can overlap. */
  concurrency: number;
};

/**
 * Group commit for the event loop: items submitted while a run is in flight are gathered and handed to
 * the next run together, so N concurrent callers cost one round trip (or one transaction) instead of N.
 * Nothing waits on a timer: an idle batcher starts a run as soon as the current turn of the event loop
 * has read its sockets, so a lone caller pays microseconds; under load, batches grow by themselves.
 */
export class Batcher<I, O> {
  private queue: Array<{ item: I; resolve: (value: O) => void; reject: (error: unknown) => void }> =
    [];
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly run: (items: I[]) => Promise<Array<Settled<O>>>,
    private readonly options: BatcherOptions,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Items waiting for a run (for tests and diagnostics). */
  get waiting(): number {
    return this.queue.length;
  }

  private schedule() {
    if (this.scheduled || this.running >= this.options.concurrency || this.queue.length === 0)
      return;
    this.scheduled = true;
    // After the current I/O phase: every request parsed in this turn joins the same batch.
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush() {
    if (this.running >= this.options.concurrency || this.queue.length === 0) return;
    const taken = this.queue.splice(0, this.options.maxBatch);
    this.running++;
    // A second run may start beside this one while items remain (concurrency > 1).
    this.schedule();
    try {
      const results = await this.run(taken.map((t) => t.item));
      if (results.length !== taken.length)
        throw new Error(`batch returned ${results.length} results for ${taken.length} items`);
      results.forEach((result, i) =>
        result.ok ? taken[i]!.resolve(result.value) : taken[i]!.reject(result.error),
      );
    } catch (error) {
      for (const t of taken) t.reject(error);
    } finally {
      this.running--;
      this.schedule();
    }
  }
}

/** One batcher per key (an organization, say), made on first use. */
export class KeyedBatcher<I, O> {
  private readonly batchers = new Map<string, Batcher<I, O>>();

  constructor(
    private readonly run: (key: string, items: I[]) => Promise<Array<Settled<O>>>,
    private readonly options: BatcherOptions,
  ) {}

  submit(key: string, item: I): Promise<O> {
    let batcher = this.batchers.get(key);
    if (!batcher) {
      batcher = new Batcher((items) => this.run(key, items), this.options);
      this.batchers.set(key, batcher);
    }
    return batcher.submit(item);
  }
}
