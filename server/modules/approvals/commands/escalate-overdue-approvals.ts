import { levelCovers } from '../../../../domain/authority/decide.ts';
import type { Db } from '../../../db/database.ts';
import type { NewEvent } from '../../../realtime/event-types.ts';
import { recordEvents } from '../../../realtime/record-events.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
import { audienceOf } from '../queries/audience-of.ts';
import { loadApprovalDecisionInputs } from '../queries/load-approval-decision-inputs.ts';
import { loadApprovalForUpdate } from '../queries/load-approval-for-update.ts';
import { routeApproval } from './route-approval.ts';

/**
 * Moves every approval nobody answered in time up to the next level that covers it, and tells the rep.
 * Each instance runs this every second; SKIP LOCKED lets them share the work without doing any twice.
 */
export async function escalateOverdueApprovals(options: {
  db: Db;
  now: Date;
  limit?: number;
}): Promise<number> {
  const { db, now } = options;
  const due = await db
    .selectFrom('approvals')
    .select(['id', 'organizationId'])
    .where('status', '=', 'pending')
    .where('escalatesAt', '<=', now)
    .orderBy('escalatesAt')
    .limit(options.limit ?? 50)
    .execute();
  let escalated = 0;
  for (const { id, organizationId } of due) {
    const moved = await db.transaction().execute(async (trx) => {
      const claimed = await trx
        .selectFrom('approvals')
        .select('id')
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where('escalatesAt', '<=', now)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!claimed) return false;
      const approval = await loadApprovalForUpdate(trx, organizationId, id);
      const {
        cp,
        customer,
        request: pending,
        usage,
        timeoutSeconds,
      } = await loadApprovalDecisionInputs(trx, organizationId, approval, now);
      // The rep's own request, order age included: a level moves up only to one that covers it as asked.
      const request = {
        ...pending,
        person: { id: approval.requestedBy, levelKey: null, certifications: [] },
        amountMinor: approval.amountMinor,
        at: now.getTime(),
      };
      const next = cp.levels.findIndex(
        (level, li) => level.rank > approval.levelRank && levelCovers(cp, li, request, usage),
      );
      if (next < 0) {
        // Nobody above can decide it: it stays with the current level, without further time-outs.
        await trx
          .updateTable('approvals')
          .set({ escalatesAt: null })
          .where('id', '=', id)
          .execute();
        return false;
      }
      const level = cp.levels[next]!;
      const isTop = level.rank === cp.levels.length;
      await trx
        .updateTable('approvals')
        .set({
          levelKey: level.key,
          levelRank: level.rank,
          escalations: approval.escalations + 1,
          claimedBy: null,
          escalatesAt: isTop ? null : new Date(now.getTime() + timeoutSeconds * 1000),
        })
        .where('id', '=', id)
        .execute();
      const requested = await routeApproval({
        trx,
        organizationId,
        approvalId: id,
        resolutionId: approval.resolutionId,
        requesterId: approval.requestedBy,
        customerLinkedPersonId: customer.linkedPersonId,
        levelRank: level.rank,
        now,
      });
      // The rep and everyone who had it in their queue at the old level hear it moved up.
      const watchers = await audienceOf(trx, {
        organizationId,
        approvalId: id,
        levelRank: approval.levelRank,
        now,
      });
      const told = new Set(
        [approval.requestedBy, ...watchers].filter(
          (p) => !requested.some((e) => e.recipientId === p),
        ),
      );
      const events: NewEvent[] = [
        ...[...told].map((recipientId) => ({
          organizationId,
          recipientId,
          type: 'approval.escalated' as const,
          data: { approvalId: id, levelKey: level.key, levelName: level.name },
        })),
        ...requested,
      ];
      await recordEvents(trx, events);
      await appendLedgerEntries(trx, organizationId, [
        {
          kind: 'approval.escalated',
          at: now,
          actorId: null,
          resolutionId: approval.resolutionId,
          approvalId: id,
          data: {
            fromLevel: approval.levelKey,
            toLevel: level.key,
            recipients: requested.map((e) => e.recipientId),
          },
        },
      ]);
      return true;
    });
    if (moved) escalated++;
  }
  return escalated;
}
