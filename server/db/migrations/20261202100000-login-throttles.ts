import { sql, type Kysely } from 'kysely';

/**
 * Sign-in attempts are reserved before the password is hashed, in one call that cannot race
 * (issue 10: 60 simultaneous wrong passwords were all checked when a count was read, then a failure
 * inserted). One row per (address, account) pair, per address and per account; `reserve_login_attempt`
 * locks the three in that order, decides, and counts the attempt, all in one statement, so instances
 * sharing the database share the limits. docs/ARCHITECTURE.md (login rate limiting) has the rules.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_failures').execute();
  await sql`
    create table login_throttles (
      scope text not null check (scope in ('pair', 'address', 'account')),
      key text not null,
      -- Attempts that reached the hasher and were not given back by a success.
      attempts integer not null default 0,
      last_attempt_at timestamptz not null,
      -- The pair's backoff: no attempt is checked before this.
      locked_until timestamptz,
      primary key (scope, key)
    )`.execute(db);
  await sql`create index login_throttles_last_attempt_at_idx on login_throttles (last_attempt_at)`.execute(
    db,
  );

  // A row quiet for the whole window starts over. The pair's first p_pair_free attempts go through at
  // once; from then on each one waits 1 s, 2 s, 4 s … (at most the window) after the last. Past
  // p_account_cap attempts on the account from all addresses, every pair gets one free attempt only:
  // an attacker on many addresses is slowed, the owner on theirs is not locked out. Past p_address_cap
  // attempts from one address across accounts, that address is refused until it is quiet for the window.
  await sql`
    create function reserve_login_attempt(
      p_address text, p_account text, p_now timestamptz, p_window_seconds integer,
      p_pair_free integer, p_address_cap integer, p_account_cap integer
    ) returns table (allowed boolean, refused_by text, retry_after_seconds integer)
    language plpgsql as $$
    declare
      v_pair_key text := p_address || '|' || p_account;
      v_fresh_after timestamptz := p_now - make_interval(secs => p_window_seconds);
      v_pair login_throttles;
      v_address login_throttles;
      v_account login_throttles;
      v_free integer;
    begin
      -- Lock the three rows in one order (pair, address, account), creating them if need be.
      insert into login_throttles as t (scope, key, last_attempt_at) values ('pair', v_pair_key, p_now)
        on conflict (scope, key) do update set last_attempt_at = t.last_attempt_at returning t.* into v_pair;
      insert into login_throttles as t (scope, key, last_attempt_at) values ('address', p_address, p_now)
        on conflict (scope, key) do update set last_attempt_at = t.last_attempt_at returning t.* into v_address;
      insert into login_throttles as t (scope, key, last_attempt_at) values ('account', p_account, p_now)
        on conflict (scope, key) do update set last_attempt_at = t.last_attempt_at returning t.* into v_account;
      if v_pair.last_attempt_at <= v_fresh_after then v_pair.attempts := 0; v_pair.locked_until := null; end if;
      if v_address.last_attempt_at <= v_fresh_after then v_address.attempts := 0; end if;
      if v_account.last_attempt_at <= v_fresh_after then v_account.attempts := 0; end if;

      if v_address.attempts >= p_address_cap then
        allowed := false; refused_by := 'address'; retry_after_seconds := p_window_seconds;
      elsif v_pair.locked_until > p_now then
        allowed := false; refused_by := 'pair';
        retry_after_seconds := greatest(1, ceil(extract(epoch from v_pair.locked_until - p_now))::integer);
      else
        allowed := true;
        v_free := case when v_account.attempts >= p_account_cap then 1 else p_pair_free end;
        v_pair.attempts := v_pair.attempts + 1;
        v_address.attempts := v_address.attempts + 1;
        v_account.attempts := v_account.attempts + 1;
        v_pair.locked_until := case when v_pair.attempts >= v_free
          then p_now + make_interval(secs => least(p_window_seconds::double precision, power(2, least(v_pair.attempts - v_free, 30))))
          end;
      end if;

      -- A refused attempt is not counted, but keeps the rows from going quiet: hammering earns no reset.
      update login_throttles set attempts = v_pair.attempts, locked_until = v_pair.locked_until, last_attempt_at = p_now
        where scope = 'pair' and key = v_pair_key;
      update login_throttles set attempts = v_address.attempts, last_attempt_at = p_now where scope = 'address' and key = p_address;
      update login_throttles set attempts = v_account.attempts, last_attempt_at = p_now where scope = 'account' and key = p_account;
      return next;
    end $$`.execute(db);

  // A success clears the pair and gives the address and the account back the attempt it reserved.
  await sql`
    create function release_login_attempt(p_address text, p_account text) returns void
    language plpgsql as $$
    begin
      delete from login_throttles where scope = 'pair' and key = p_address || '|' || p_account;
      update login_throttles set attempts = greatest(attempts - 1, 0) where scope = 'address' and key = p_address;
      update login_throttles set attempts = greatest(attempts - 1, 0) where scope = 'account' and key = p_account;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function release_login_attempt`.execute(db);
  await sql`drop function reserve_login_attempt`.execute(db);
  await db.schema.dropTable('login_throttles').execute();
  await db.schema
    .createTable('login_failures')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('login_failures_email_at_idx')
    .on('login_failures')
    .columns(['email', 'at'])
    .execute();
}
