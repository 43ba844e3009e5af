import type { FastifyBaseLogger } from 'fastify';

import type { Config } from '../../config.ts';
import { mailerFor } from '../../mail/mailer.ts';
import { passwordResetLink } from './password-reset-link.ts';

export type ResetDelivery = { delivery: 'mailed' | 'mail_failed' | 'link'; link: string | null };

/**
 * Delivers a reset link an admin issued. Unlike "forgot password" the admin waits for the answer:
 * nothing is learnt from its timing, since the admin already knows the account exists. With SMTP the
 * link goes only to the person's mailbox; without, the admin is given it to hand over.
 */
export async function deliverIssuedReset(options: {
  config: Config;
  log: FastifyBaseLogger;
  token: string;
  to: { name: string; email: string };
  issuedBy: string;
  expiresAt: Date;
}): Promise<ResetDelivery> {
  const link = passwordResetLink(options.config.publicUrl, options.token);
  const mailer = mailerFor(options.config);
  if (!mailer) return { delivery: 'link', link };
  try {
    await mailer.send({
      to: { name: options.to.name, address: options.to.email },
      subject: 'Choose a new Leeway password',
      text: [
        `Hello ${options.to.name},`,
        '',
        `${options.issuedBy}, an admin, sent you a link to choose a new password for Leeway:`,
        '',
        link,
        '',
        `The link works once, until ${options.expiresAt.toUTCString()}. Choosing a new password signs you out everywhere else.`,
        'Until you use it, your password stays as it is.',
      ].join('\n'),
    });
    return { delivery: 'mailed', link: null };
  } catch (error) {
    options.log.error({ err: error, to: options.to.email }, 'password reset mail not sent');
    return { delivery: 'mail_failed', link: null };
  }
}
