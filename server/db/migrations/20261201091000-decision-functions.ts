import { sql, type Kysely } from 'kysely';

/**
 * A batch of decisions in two round trips instead of eight (see server/modules/resolutions/README.md):
 * read everything the engine needs with `read_decision_inputs`, decide in JavaScript, then write with
 * `record_decisions`, which locks the same rows and writes only if none of them changed since the
 * read. Neither call needs an open transaction, so no lock is held while JavaScript decides, and two
 * statements replace begin … commit.
 *
 * "Changed" is told by row versions (`xmin`, which every update replaces) of the requesters, the
 * contacts, their customers, the orders and the organization, plus the policy in force. Usage is a
 * sum over other rows, so the database bumps the people's and customers' `usage_version` whenever a
 * write may change it (migration 20261201090000): whatever writes a resolution, today or later, a
 * decision made on the usage before it cannot be written after it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The versions of every row a batch's decisions depend on, and the policy in force: equal text
  // means nothing they were decided on has changed.
  await sql`
    create function decision_versions(p_org uuid, p_person_ids uuid[], p_contact_ids uuid[], p_order_ids uuid[]) returns text
    language plpgsql stable as $$
    begin
      return concat_ws(' | ',
        (select o.xmin::text from organizations o where o.id = p_org),
        (select p.id::text from authority_policies p where p.organization_id = p_org and p.status = 'published' order by p.version desc limit 1),
        (select string_agg(p.id::text || ':' || p.xmin::text, ',' order by p.id) from people p where p.organization_id = p_org and p.id = any(p_person_ids)),
        (select string_agg(c.id::text || ':' || c.xmin::text, ',' order by c.id) from contacts c where c.organization_id = p_org and c.id = any(p_contact_ids)),
        (select string_agg(c.id::text || ':' || c.xmin::text, ',' order by c.id) from customers c
          where c.organization_id = p_org and c.id = any(array(select t.customer_id from contacts t where t.organization_id = p_org and t.id = any(p_contact_ids)))),
        (select string_agg(o.id::text || ':' || o.xmin::text, ',' order by o.id) from orders o where o.organization_id = p_org and o.id = any(p_order_ids)));
    end $$`.execute(db);

  // Everything a batch's decisions depend on, with the versions it was read at (one snapshot for both:
  // a STABLE function's queries all see the calling statement's). Maps travel as arrays of tuples, so
  // keys stay as they are. Usage needs the policy's windows; null when the caller does not know them yet.
  await sql`
    create function decision_inputs(
      p_org uuid, p_person_ids uuid[], p_contact_ids uuid[], p_key_persons uuid[], p_keys text[], p_order_ids uuid[],
      p_now timestamptz, p_window_types text[], p_window_starts timestamptz[]
    ) returns jsonb
    language plpgsql stable as $$
    declare
      v_customer_ids uuid[];
    begin
      select coalesce(array_agg(distinct c.customer_id), '{}') into v_customer_ids
      from contacts c where c.organization_id = p_org and c.id = any(p_contact_ids) and c.customer_id is not null;

      return jsonb_build_object(
        'versions', decision_versions(p_org, p_person_ids, p_contact_ids, p_order_ids),
        'organization', (
          select jsonb_build_array(o.approval_timeout_seconds,
            (select p.id from authority_policies p where p.organization_id = p_org and p.status = 'published' order by p.version desc limit 1),
            (select coalesce(jsonb_agg(jsonb_build_array(l.key, l.name) order by l.rank), '[]'::jsonb) from authority_levels l where l.organization_id = p_org))
          from organizations o where o.id = p_org),
        'people', (
          select coalesce(jsonb_agg(jsonb_build_array(p.id, p.name, p.certifications, l.key) order by p.id), '[]'::jsonb)
          from people p left join authority_levels l on l.id = p.level_id
          where p.organization_id = p_org and p.id = any(p_person_ids)),
        'contacts', (
          select coalesce(jsonb_agg(jsonb_build_array(c.id, c.customer_id, c.status, c.opened_by) order by c.id), '[]'::jsonb)
          from contacts c where c.organization_id = p_org and c.id = any(p_contact_ids)),
        'customers', (
          select coalesce(jsonb_agg(jsonb_build_array(c.id, c.lifetime_value_minor, c.segment, c.flags, c.linked_person_id) order by c.id), '[]'::jsonb)
          from customers c where c.organization_id = p_org and c.id = any(v_customer_ids)),
        'previous', (
          select coalesce(jsonb_agg(jsonb_build_array(r.id, r.requested_by, r.idempotency_key, r.contact_id, r.type, r.amount_minor, r.currency) order by r.id), '[]'::jsonb)
          from unnest(p_key_persons, p_keys) as k(person_id, key)
          join resolutions r on r.organization_id = p_org and r.requested_by = k.person_id and r.idempotency_key = k.key),
        'orders', (
          select coalesce(jsonb_agg(jsonb_build_array(o.id, o.customer_id, (extract(epoch from o.placed_at) * 1000)::float8) order by o.id), '[]'::jsonb)
          from orders o where o.organization_id = p_org and o.id = any(p_order_ids)),
        'usage', (
          select coalesce(jsonb_agg(jsonb_build_array(u.scope, u.key, u.type, u.first, u.second) order by u.scope, u.key, u.type), '[]'::jsonb)
          from decision_usage(p_org, p_person_ids, v_customer_ids, p_contact_ids, p_now, p_window_types, p_window_starts) u
          where p_window_types is not null)
      );
    end $$`.execute(db);

  // The requesters' rows, then their contacts' customers' rows, each in id order: the lock order of
  // every decision, so two writers never wait on each other in a cycle. "No key update" excludes
  // other deciders but not inserts that merely reference these rows (an event for a requester who is
  // also someone's approver), which would otherwise wait on the lock from inside another decision.
  await sql`
    create function lock_decision_rows(p_org uuid, p_person_ids uuid[], p_contact_ids uuid[]) returns void
    language plpgsql as $$
    begin
      perform 1 from people p where p.organization_id = p_org and p.id = any(p_person_ids) order by p.id for no key update;
      perform 1 from customers c
      where c.organization_id = p_org
        and c.id = any(array(select t.customer_id from contacts t where t.organization_id = p_org and t.id = any(p_contact_ids)))
      order by c.id for no key update;
    end $$`.execute(db);

  // The read: unlocked when the caller means to verify at write time (no transaction needed), locked
  // inside the caller's transaction otherwise. Returns the inputs as text and the versions they were read at.
  await sql`
    create function read_decision_inputs(
      p_lock boolean,
      p_org uuid, p_person_ids uuid[], p_contact_ids uuid[], p_key_persons uuid[], p_keys text[], p_order_ids uuid[],
      p_now timestamptz, p_window_types text[], p_window_starts timestamptz[]
    ) returns table (inputs text, versions text)
    language plpgsql as $$
    declare
      v jsonb;
    begin
      if p_lock then
        perform lock_decision_rows(p_org, p_person_ids, p_contact_ids);
      end if;
      v := decision_inputs(p_org, p_person_ids, p_contact_ids, p_key_persons, p_keys, p_order_ids, p_now, p_window_types, p_window_starts);
      return query select v::text, v->>'versions';
    end $$`.execute(db);

  // The write. It locks the rows; with p_expected (the versions the inputs were read at), it writes
  // nothing and answers stale if any changed since (another instance's grant, an approval for the same
  // customer, a closed contact, a new policy), and the caller decides again. Then the resolutions,
  // approvals and recipients, then the events and the ledger (write_events_and_ledger locks the head last).
  await sql`
    create function record_decisions(
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
        idempotency_key, status, granted_amount_minor, within_authority, policy_version, decision, created_at, decided_at)
      select id, organization_id, contact_id, customer_id, requested_by, type, amount_minor, currency, reason,
        idempotency_key, status, granted_amount_minor, within_authority, policy_version, decision, created_at, decided_at
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

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function record_decisions`.execute(db);
  await sql`drop function read_decision_inputs`.execute(db);
  await sql`drop function lock_decision_rows`.execute(db);
  await sql`drop function decision_inputs`.execute(db);
  await sql`drop function decision_versions`.execute(db);
}
