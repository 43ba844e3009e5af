import type { Config } from '../../config.ts';
import { mailerFor } from '../../mail/mailer.ts';
import { invitationLink } from './invitation-link.ts';
import type { InvitationRow } from './queries/select-invitations.ts';

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
  invitation: Pick<InvitationRow, 'personName' | 'personEmail' | 'inviterName' | 'expiresAt'>;
  organizationName: string;
}): Promise<Delivery> {
  const { invitation, organizationName } = options;
  const link = invitationLink(options.config.publicUrl, options.token);
  const mailer = mailerFor(options.config);
  if (!mailer) return { delivery: 'link', link };
  const by = invitation.inviterName ? `${invitation.inviterName} invited you` : 'You are invited';
  try {
    await mailer.send({
      to: { name: invitation.personName, address: invitation.personEmail },
      subject: `Your invitation to ${organizationName} on Leeway`,
      text: [
        `Hello ${invitation.personName},`,
        '',
        `${by} to ${organizationName} on Leeway. Choose your password here:`,
        '',
        link,
        '',
        `The link works once, until ${invitation.expiresAt.toUTCString()}.`,
        'If you did not expect this mail, you can ignore it.',
      ].join('\n'),
    });
    return { delivery: 'mailed', link: null };
  } catch (error) {
    options.log.error({ err: error, to: invitation.personEmail }, 'invitation mail not sent');
    return { delivery: 'mail_failed', link: null };
  }
}
