import { sql, type Kysely } from 'kysely';

/**
 * A resolution keeps the order it is about, so that an approver's answer and an escalation are decided
 * by the engine with the same request the rep made (an order older than a condition allows must still
 * need the level the condition names when someone answers it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table resolutions add column order_id uuid references orders (id)`.execute(db);
  await replaceRecordDecisions(db, true);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await replaceRecordDecisions(db, false);
  await sql`alter table resolutions drop column order_id`.execute(db);
}

/** record_decisions of 20261201091000, with or without the order column in the resolutions it writes. */
async function replaceRecordDecisions(db: Kysely<unknown>, withOrder: boolean): Promise<void> {
  const orderColumn = sql.raw(withOrder ? ', order_id' : '');
  await sql`
    create or replace function record_decisions(
      p_org uuid, p_person_ids uuid[], p_contact_ids uuid[], p_order_ids uuid[], p_expected text,
      p_resolutions jsonb, p_approvals jsonb, p_recipients jsonb,
      p_lock_namespace int4, p_event_locks int4[], p_channel text,
      p_event_org uuid[], p_event_recipient uuid[], p_event_type text[], p_event_data text[],
      p_at timestamptz[], p_kind text[], p_actor uuid[], p_resolution uuid[], p_approval uuid[], p_data text[], p_tail text[]
    ) returns table (stale boolean, event_ids bigint[], ledger_seqs bigint[], ledger_hashes text[])
    language plpgsql as $$
    begin
      perform lock_decision_rows(p_org, p_person_ids, p_contact_ids);
      if p_expected is not null and decision_versions(p_org, p_person_ids, p_contact_ids, p_order_ids) is distinct from p_expected then
        return query select true, null::bigint[], null::bigint[], null::text[];
        return;
      end if;

      insert into resolutions (id, organization_id, contact_id, customer_id, requested_by, type, amount_minor, currency, reason,
        idempotency_key, status, granted_amount_minor, within_authority, policy_version, decision, created_at, decided_at${orderColumn})
      select id, organization_id, contact_id, customer_id, requested_by, type, amount_minor, currency, reason,
        idempotency_key, status, granted_amount_minor, within_authority, policy_version, decision, created_at, decided_at${orderColumn}
      from jsonb_populate_recordset(null::resolutions, p_resolutions);
      insert into approvals (id, organization_id, resolution_id, requested_by, level_key, level_rank, status, created_at, escalates_at)
      select id, organization_id, resolution_id, requested_by, level_key, level_rank, status, created_at, escalates_at
      from jsonb_populate_recordset(null::approvals, p_approvals);
      insert into approval_recipients (approval_id, person_id, route, level_rank, notified_at)
      select approval_id, person_id, route, level_rank, notified_at
      from jsonb_populate_recordset(null::approval_recipients, p_recipients);

      return query select false, w.event_ids, w.ledger_seqs, w.ledger_hashes
      from write_events_and_ledger(p_lock_namespace, p_event_locks, p_channel, p_event_org, p_event_recipient, p_event_type, p_event_data,
        p_org, p_at, p_kind, p_actor, p_resolution, p_approval, p_data, p_tail) w;
    end $$`.execute(db);
}
