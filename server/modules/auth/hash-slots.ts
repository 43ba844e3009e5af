import { AppError } from '../../errors.ts';

/**
 * A bound on password hashes in flight in this process. scrypt runs on libuv's small thread pool: a
 * burst of sign-ins queued behind it made a normal one take 15 s (issue 10). Past the bound a sign-in
 * is refused at once with 429, before it takes an attempt from its limits, and the client retries.
 */
export class HashSlots {
  private inFlight = 0;
  constructor(private readonly size: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.inFlight >= this.size)
      throw new AppError(
        'rate_limited',
        'Too many sign-ins at once; try again in a second',
        undefined,
        1,
      );
    this.inFlight++;
    try {
      return await work();
    } finally {
      this.inFlight--;
    }
  }
}
