/**
 * Rows read so far, on standard error: a bar redrawn in place on a terminal (at most ten times a
 * second), a plain line every few seconds when piped to a file or a log.
 */
export class Progress {
  private started = Date.now();
  private lastDrawn = 0;
  private rows = 0;

  constructor(
    private readonly label: string,
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly plainEveryMs = 2_000,
  ) {}

  update(rows: number): void {
    this.rows = rows;
    const now = Date.now();
    const every = this.out.isTTY ? 100 : this.plainEveryMs;
    if (now - this.lastDrawn < every) return;
    this.lastDrawn = now;
    if (this.out.isTTY) this.out.write(`\r${this.line(now)}\u001b[K`);
    else this.out.write(`${this.line(now)}\n`);
  }

  /** The last line, and the rate over the whole phase. */
  done(): { rows: number; seconds: number; rowsPerSecond: number } {
    const now = Date.now();
    this.out.write(
      `${this.out.isTTY ? '\r' : ''}${this.line(now)}${this.out.isTTY ? '\u001b[K' : ''}\n`,
    );
    const seconds = (now - this.started) / 1000;
    return {
      rows: this.rows,
      seconds,
      rowsPerSecond: Math.round(this.rows / Math.max(seconds, 0.001)),
    };
  }

  private line(now: number): string {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = Math.round(this.rows / seconds);
    const bar = this.out.isTTY ? `${spinner[Math.floor(now / 100) % spinner.length]} ` : '';
    return `${bar}${this.label}: ${this.rows.toLocaleString('en-US')} rows, ${rate.toLocaleString('en-US')} rows/s, ${seconds.toFixed(1)} s`;
  }
}

const spinner = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
