import type { Config } from '../../config.ts';
import { mailerFor } from '../../mail/mailer.ts';
import { invitationLink } from './invitation-link.ts';

/** Where a failed send is reported: the request's log on the server, standard error in the CLI. */
export type ErrorLog = { error(fields: object, message: string): void };

export type Delivery = { delivery: 'mailed' | 'mail_failed' | 'link'; link: string | null };

/**
 * Mails the invitation's link when SMTP is configured, and then shows it to nobody else: whoever
 * holds the link becomes the invitee, so it belongs in their mailbox only. Without SMTP the admin is
 * given the link to pass on. A failed send is reported, not thrown: the invitation exists, and the
 * admin can resend it.
 */
export async function deliverInvitation(options: {
  config: Config;
  log: ErrorLog;
  token: string;
  to: { name: string; email: string };
  organizationName: string;
  invitedBy: string | null;
  expiresAt: Date;
}): Promise<Delivery> {
  const link = invitationLink(options.config.publicUrl, options.token);
  const mailer = mailerFor(options.config);
  if (!mailer) return { delivery: 'link', link };
  const by = options.invitedBy ? `${options.invitedBy} invited you` : 'You are invited';
  try {
    await mailer.send({
      to: { name: options.to.name, address: options.to.email },
      subject: `Your invitation to ${options.organizationName} on Leeway`,
      text: [
        `Hello ${options.to.name},`,
        '',
        `${by} to ${options.organizationName} on Leeway. Choose your password here:`,
        '',
        link,
        '',
        `The link works once, until ${options.expiresAt.toUTCString()}.`,
        'If you did not expect this mail, you can ignore it.',
      ].join('\n'),
    });
    return { delivery: 'mailed', link: null };
  } catch (error) {
    options.log.error({ err: error, to: options.to.email }, 'invitation mail not sent');
    return { delivery: 'mail_failed', link: null };
  }
}
