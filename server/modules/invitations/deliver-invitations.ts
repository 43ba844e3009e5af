import type { z } from 'zod';

import type { importInvitationsResponse } from '../../../contract/invitations.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { findOrganization } from '../organization/queries/find-organization.ts';
import type { OpenedInvitation } from './commands/open-invitations.ts';
import { deliverInvitation, type ErrorLog } from './deliver-invitation.ts';
import { selectInvitations } from './queries/select-invitations.ts';

type Delivered = z.infer<typeof importInvitationsResponse>;

/**
 * Sends the links of invitations made together, one mail at a time. The invitations are already
 * committed: a mail that fails is counted, not thrown, and the invitation stays open for a resend,
 * so a partial failure never undoes the invitations that were mailed.
 */
export async function deliverInvitations(options: {
  db: Db;
  config: Config;
  organizationId: string;
  opened: OpenedInvitation[];
  log: ErrorLog;
}): Promise<Delivered> {
  const { opened } = options;
  const ctx = { db: options.db, config: options.config };
  const result: Delivered = { invited: opened.length, mailed: 0, mailFailed: 0, links: null };
  if (opened.length === 0) return { ...result, links: ctx.config.mail ? null : [] };
  const organization = await findOrganization({
    db: ctx.db,
    organizationId: options.organizationId,
  });
  const rows = await selectInvitations(ctx.db, options.organizationId)
    .where(
      'invitations.id',
      'in',
      opened.map((o) => o.invitationId),
    )
    .orderBy('person.name')
    .execute();
  const tokens = new Map(opened.map((o) => [o.invitationId, o.token]));
  const links: NonNullable<Delivered['links']> = [];
  for (const row of rows) {
    const delivery = await deliverInvitation({
      config: ctx.config,
      log: options.log,
      token: tokens.get(row.id)!,
      invitation: row,
      organizationName: organization.name,
    });
    if (delivery.delivery === 'mailed') result.mailed++;
    else if (delivery.delivery === 'mail_failed') result.mailFailed++;
    else
      links.push({
        invitationId: row.id,
        person: { id: row.personId, name: row.personName, email: row.personEmail },
        link: delivery.link!,
      });
  }
  return { ...result, links: ctx.config.mail ? null : links };
}
