import { sql, type Kysely } from 'kysely';

/**
 * One database function writes a transaction's live events and its ledger entries, in that order,
 * so a batch of decisions pays one round trip for what took four statements (under load each round
 * trip costs a millisecond). The rules are those of the code that called four statements before:
 * per-recipient event locks in sorted order, then the events and one NOTIFY per 300 ids, then the
 * ledger head locked last and each entry hashed onto the one before it.
 *
 * The hash is the ledger's: sha256 of `prevHash \n seq \n tail`, where the caller computes the tail
 * (time, kind, actor, resolution, approval and canonical JSON of the data; domain/ledger/entry-hash.ts)
 * so the database never has to reproduce canonical JSON.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function write_events_and_ledger(
      p_lock_namespace int4, p_event_locks int4[], p_channel text,
      p_event_org uuid[], p_event_recipient uuid[], p_event_type text[], p_event_data text[],
      p_ledger_org uuid, p_at timestamptz[], p_kind text[], p_actor uuid[], p_resolution uuid[], p_approval uuid[], p_data text[], p_tail text[]
    ) returns table (event_ids bigint[], ledger_seqs bigint[], ledger_hashes text[])
    language plpgsql as $$
    declare
      v_ids bigint[] := '{}';
      v_seq bigint;
      v_hash text;
      v_prev text[] := '{}';
      v_seqs bigint[] := '{}';
      v_hashes text[] := '{}';
    begin
      if coalesce(array_length(p_event_org, 1), 0) > 0 then
        perform pg_advisory_xact_lock(p_lock_namespace, key) from unnest(p_event_locks) as key;
        with inserted as (
          insert into events (organization_id, recipient_id, type, data)
          select o, r, t, d::jsonb from unnest(p_event_org, p_event_recipient, p_event_type, p_event_data) as e(o, r, t, d)
          returning id
        )
        select array_agg(id order by id) into v_ids from inserted;
        perform pg_notify(p_channel, string_agg(id::text, ',' order by id))
        from (select id, (row_number() over (order by id) - 1) / 300 as chunk from unnest(v_ids) as id) numbered
        group by chunk;
      end if;

      if coalesce(array_length(p_kind, 1), 0) > 0 then
        select seq, hash into v_seq, v_hash from ledger_heads where organization_id = p_ledger_org for update;
        if not found then
          -- An organization's first entry starts its chain.
          insert into ledger_heads (organization_id, seq, hash) values (p_ledger_org, 0, repeat('0', 64)) on conflict do nothing;
          select seq, hash into v_seq, v_hash from ledger_heads where organization_id = p_ledger_org for update;
        end if;
        for i in 1 .. array_length(p_kind, 1) loop
          v_prev := v_prev || v_hash;
          v_seq := v_seq + 1;
          v_hash := encode(sha256(convert_to(v_hash || E'\\n' || v_seq::text || E'\\n' || p_tail[i], 'UTF8')), 'hex');
          v_seqs := v_seqs || v_seq;
          v_hashes := v_hashes || v_hash;
        end loop;
        insert into ledger_entries (organization_id, seq, at, kind, actor_id, resolution_id, approval_id, data, prev_hash, hash)
        select p_ledger_org, s, a, k, ac, r, ap, d::jsonb, pv, h
        from unnest(v_seqs, p_at, p_kind, p_actor, p_resolution, p_approval, p_data, v_prev, v_hashes) as x(s, a, k, ac, r, ap, d, pv, h);
        update ledger_heads set seq = v_seq, hash = v_hash where organization_id = p_ledger_org;
      end if;

      return query select v_ids, v_seqs, v_hashes;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function write_events_and_ledger`.execute(db);
}
