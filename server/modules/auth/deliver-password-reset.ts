import type { FastifyBaseLogger } from 'fastify';

import type { Config } from '../../config.ts';
import { mailerFor } from '../../mail/mailer.ts';
import { passwordResetLink } from './password-reset-link.ts';

/**
 * Mails a reset link without making the request wait for it: a caller who could time the SMTP
 * conversation would learn which emails have accounts. Without SMTP nobody can receive the link, so
 * it is not sent anywhere (and not logged, where it would be a way in); the log says an admin is needed.
 */
export function deliverPasswordReset(options: {
  config: Config;
  log: FastifyBaseLogger;
  token: string;
  to: { name: string; email: string };
  expiresAt: Date;
}): void {
  const mailer = mailerFor(options.config);
  if (!mailer) {
    options.log.warn('a password reset was asked for, but SMTP_URL is not set: no mail goes out');
    return;
  }
  const link = passwordResetLink(options.config.publicUrl, options.token);
  mailer
    .send({
      to: { name: options.to.name, address: options.to.email },
      subject: 'Choose a new Leeway password',
      text: [
        `Hello ${options.to.name},`,
        '',
        'Someone (we hope you) asked to choose a new password for Leeway. Choose it here:',
        '',
        link,
        '',
        `The link works once, until ${options.expiresAt.toUTCString()}. Choosing a new password signs you out everywhere else.`,
        'If you did not ask, ignore this mail: your password stays as it is.',
      ].join('\n'),
    })
    .catch((error: unknown) => options.log.error({ err: error }, 'password reset mail not sent'));
}
