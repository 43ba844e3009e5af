import nodemailer from 'nodemailer';

import type { Config } from '../config.ts';

/** Plain text only: what Leeway mails is a sentence and a link. */
export type Mail = { to: { name: string; address: string }; subject: string; text: string };

/** Sends Leeway's few mails (invitations, password resets) over the SMTP server SMTP_URL names. */
export type Mailer = { send(mail: Mail): Promise<void> };

const mailers = new WeakMap<Config, Mailer>();

/**
 * The deployment's mailer, or null when SMTP_URL is unset (the admin is shown the links instead).
 * One transport per configuration, shared by the modules that send.
 */
export function mailerFor(config: Config): Mailer | null {
  if (!config.mail) return null;
  let mailer = mailers.get(config);
  if (!mailer) {
    mailer = smtpMailer(config.mail);
    mailers.set(config, mailer);
  }
  return mailer;
}

function smtpMailer(settings: { smtpUrl: string; from: string }): Mailer {
  // nodemailer waits two minutes for a silent server by default; an admin waiting on an invitation should not.
  const transport = nodemailer.createTransport({
    url: settings.smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from: settings.from, ...mail });
    },
  };
}
