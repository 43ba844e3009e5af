import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { recordEvents } from '../../../realtime/record-events.ts';

export type CallEvent = { type: 'call.ringing' | 'call.answered' | 'call.ended'; callId: string; from: string; agent: string };

export type CallEventResult = { contactId: string; customerId: string | null; personId: string; created: boolean };

/**
 * A telephony event: find the rep (extension or email) and the caller (last ten digits of the number),
 * open one contact per call, and pop it onto the rep's screen. Repeated events for a call reuse it.
 */
export async function handleCallEvent(options: { db: Db; organizationId: string; event: CallEvent; now: Date }): Promise<CallEventResult> {
  const { db, organizationId, event, now } = options;
  const agentKey = event.agent.trim().toLowerCase();
  const person = await db
    .selectFrom('people')
    .select('id')
    .where('organizationId', '=', organizationId)
    .where('active', '=', true)
    .where((eb) => eb.or([eb('extension', '=', event.agent.trim()), eb(eb.fn('lower', ['email']), '=', agentKey)]))
    .executeTakeFirst();
  if (!person) throw AppError.invalid('agent', `no rep with extension or email "${event.agent}" in this organization`);

  const digits = event.from.replace(/\D/g, '');
  if (digits.length < 4) throw AppError.invalid('from', 'must be a phone number');
  const customer = await db
    .selectFrom('customers')
    .select('id')
    .where('organizationId', '=', organizationId)
    .where(sql<string>`right(regexp_replace(phone, '\\D', '', 'g'), 10)`, '=', digits.slice(-10))
    .orderBy('createdAt')
    .executeTakeFirst();

  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('contacts').select(['id', 'customerId', 'openedBy']).where('organizationId', '=', organizationId).where('externalCallId', '=', event.callId).executeTakeFirst();
    if (existing) return { contactId: existing.id, customerId: existing.customerId, personId: existing.openedBy, created: false };
    if (event.type === 'call.ended') throw AppError.notFound(`Call ${event.callId}`);
    const contact = await trx
      .insertInto('contacts')
      .values({ organizationId, customerId: customer?.id ?? null, openedBy: person.id, channel: 'call', reason: '', phone: event.from, externalCallId: event.callId, openedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvents(trx, [{ organizationId, recipientId: person.id, type: 'contact.popped', data: { contactId: contact.id, customerId: customer?.id ?? null, phone: event.from.slice(0, 40) } }]);
    return { contactId: contact.id, customerId: customer?.id ?? null, personId: person.id, created: true };
  });
}
