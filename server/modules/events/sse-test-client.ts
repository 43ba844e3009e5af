import { Inbox } from '../../realtime/test-support.ts';

export type SseFrame = { id: string | undefined; event: string | undefined; data: string };

/**
 * Reads a real Server-Sent Events response over HTTP, as a browser's EventSource would: for tests
 * that must see the stream through a listening port rather than through app.inject.
 */
export class SseTestClient {
  readonly frames = new Inbox<SseFrame>();
  readonly comments: string[] = [];
  /** Resolves when the server ends the stream (or close() aborts it). */
  ended: Promise<void> = Promise.resolve();
  private constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {}

  static async open(url: string, headers: Record<string, string>): Promise<SseTestClient> {
    const abort = new AbortController();
    const response = await fetch(url, {
      headers: { accept: 'text/event-stream', ...headers },
      signal: abort.signal,
    });
    const client = new SseTestClient(response, abort);
    if (response.ok && response.body) client.ended = client.pump(response.body);
    return client;
  }

  /** The next event frame, parsed; fails after the timeout. */
  async next(timeoutMs = 5_000): Promise<
    SseFrame & {
      json: { id: number; type: string; data: Record<string, unknown>; createdAt: string };
    }
  > {
    const frame = await this.frames.next(timeoutMs, 'a server-sent event');
    return { ...frame, json: JSON.parse(frame.data) };
  }

  close(): void {
    this.abort.abort();
  }

  private async pump(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let text = '';
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        text += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = text.indexOf('\n\n')) >= 0) {
          this.parse(text.slice(0, end));
          text = text.slice(end + 2);
        }
      }
    } catch {
      // aborted by close()
    }
  }

  private parse(block: string): void {
    const frame: SseFrame = { id: undefined, event: undefined, data: '' };
    let hasData = false;
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) this.comments.push(line.slice(1).trim());
      else if (line.startsWith('id: ')) frame.id = line.slice(4);
      else if (line.startsWith('event: ')) frame.event = line.slice(7);
      else if (line.startsWith('data: ')) {
        frame.data += (hasData ? '\n' : '') + line.slice(6);
        hasData = true;
      }
    }
    if (hasData) this.frames.push(frame);
  }
}
