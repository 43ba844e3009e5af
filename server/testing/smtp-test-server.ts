import type { AddressInfo } from 'node:net';

import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { from: string; to: string[]; raw: string };

/**
 * A real SMTP server on a free local port that keeps what it is sent, so a test reads the message
 * Leeway mailed (and the link in it) the way a person's mailbox would.
 */
export class SmtpTestServer {
  readonly received: ReceivedMail[] = [];
  private waiters: Array<() => void> = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        this.received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        for (const wake of this.waiters.splice(0)) wake();
        callback();
      });
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  /** The first mail to this address (of those from index `after` on), waiting for it to arrive. */
  async mailTo(address: string, after = 0): Promise<ReceivedMail> {
    for (;;) {
      const found = this.received.slice(after).find((mail) => mail.to.includes(address));
      if (found) return found;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The link a plain-text mail carries, its quoted-printable soft line breaks joined again. */
export function linkIn(mail: ReceivedMail, path: string): string {
  const body = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = new RegExp(`https?://\\S+${path}#[A-Za-z0-9_-]+`).exec(body);
  if (!match) throw new Error(`No ${path} link in the mail:\n${mail.raw}`);
  return match[0];
}
