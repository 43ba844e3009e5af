import { normalizePhone, phoneCountryOf } from '../../../../domain/phone.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { recordEvents } from '../../../realtime/record-events.ts';

export type CallEvent = {
  type: 'call.ringing' | 'call.answered' | 'call.ended';
  callId: string;
  from: string;
  agent: string;
};

export type CallEventResult = {
  contactId: string;
  customerId: string | null;
  personId: string;
  created: boolean;
};

/**
 * A telephony event: find the rep (extension or email) and the caller (by the number, in E.164),
 * open one contact per call, and pop it onto the rep's screen. Repeated events for a call reuse it.
 */
export async function handleCallEvent(options: {
  db: Db;
  organizationId: string;
  event: CallEvent;
  now: Date;
}): Promise<CallEventResult> {
  const { db, organizationId, event, now } = options;
  const agentKey = event.agent.trim().toLowerCase();
  const person = await db
    .selectFrom('people')
    .select('id')
    .where('organizationId', '=', organizationId)
    .where('active', '=', true)
    .where((eb) =>
      eb.or([
        eb('extension', '=', event.agent.trim()),
        eb(eb.fn('lower', ['email']), '=', agentKey),
      ]),
    )
    .executeTakeFirst();
  if (!person)
    throw AppError.invalid(
      'agent',
      `no rep with extension or email "${event.agent}" in this organization`,
    );

  if (event.from.replace(/\D/g, '').length < 4)
    throw AppError.invalid('from', 'must be a phone number');
  // The caller's number read as customers' numbers are stored (E.164, unique per organization): one
  // number is one customer. A number that is not valid (a withheld caller's) pops no one.
  const org = await db
    .selectFrom('organizations')
    .select('currency')
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  const from = normalizePhone(event.from, phoneCountryOf(org.currency));
  const customer = from.ok ? await customerCalling(db, organizationId, from.e164) : undefined;

  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('contacts')
      .select(['id', 'customerId', 'openedBy'])
      .where('organizationId', '=', organizationId)
      .where('externalCallId', '=', event.callId)
      .executeTakeFirst();
    if (existing)
      return {
        contactId: existing.id,
        customerId: existing.customerId,
        personId: existing.openedBy,
        created: false,
      };
    if (event.type === 'call.ended') throw AppError.notFound(`Call ${event.callId}`);
    const contact = await trx
      .insertInto('contacts')
      .values({
        organizationId,
        customerId: customer?.id ?? null,
        openedBy: person.id,
        channel: 'call',
        reason: '',
        phone: event.from,
        externalCallId: event.callId,
        openedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvents(trx, [
      {
        organizationId,
        recipientId: person.id,
        type: 'contact.popped',
        data: {
          contactId: contact.id,
          customerId: customer?.id ?? null,
          phone: event.from.slice(0, 40),
        },
      },
    ]);
    return {
      contactId: contact.id,
      customerId: customer?.id ?? null,
      personId: person.id,
      created: true,
    };
  });
}

/** The customer with this number; else the survivor of a duplicate merged away with it (their other line). */
async function customerCalling(
  db: Db,
  organizationId: string,
  e164: string,
): Promise<{ id: string } | undefined> {
  const holder = await db
    .selectFrom('customers')
    .select('id')
    .where('organizationId', '=', organizationId)
    .where('phone', '=', e164)
    .where('mergedIntoId', 'is', null)
    .executeTakeFirst();
  if (holder) return holder;
  const merged = await db
    .selectFrom('customers')
    .select('mergedIntoId')
    .where('organizationId', '=', organizationId)
    .where('displacedPhone', '=', e164)
    .where('mergedIntoId', 'is not', null)
    .orderBy('createdAt')
    .executeTakeFirst();
  return merged?.mergedIntoId ? { id: merged.mergedIntoId } : undefined;
}
