import { sql, type Transaction } from 'kysely';

import type { Database, Role } from '../../../db/schema.ts';
import { keepsAnAdmin, personChangeVerdict } from '../../../policies/person.ts';
import { announceCredentialsChanged } from '../../../realtime/credentials-changed.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
import type { NewLedgerEntry } from '../../ledger/ledger-entry.ts';
import type { CellError } from '../rows/cells.ts';
import { personColumns, readPersonRow, type PersonRow } from '../rows/person-row.ts';
import type { ImportRowError } from '../tables.ts';
import type { Counts, ImportKindHandler, KindContext } from './import-kind.ts';

type Existing = {
  id: string;
  organizationId: string;
  email: string;
  name: string;
  role: Role;
  levelKey: string | null;
  teamName: string | null;
  managerEmail: string | null;
  extension: string | null;
  active: boolean;
};
type Line = PersonRow & { line: number };
type Plan = {
  errors: ImportRowError[];
  create: Line[];
  update: Array<Line & { before: Existing }>;
};

/**
 * People, upserted by e-mail. A team's organization is small next to its customers, so the rows are
 * held and checked together: levels and managers (in the file or already here), reporting loops, and
 * the four-eyes rules of creating and changing people one at a time (server/policies/person.ts): the
 * importing admin's own role and level stay as they are, and the organization keeps an active admin.
 * Teams the organization lacks are created by name. Nobody gets a password: they are invited
 * (every person the file names is kept in import_people for POST /api/imports/:id/invitations).
 */
export const peopleKind: ImportKindHandler = {
  columns: personColumns,
  keepsRows: false,
  async start(context) {
    const lines: Line[] = [];
    let plan: Plan | undefined;
    return {
      async add(line, record) {
        const read = readPersonRow(record);
        if (!read.ok) return read.errors;
        lines.push({ ...read.row, line });
        return null;
      },
      async check(limit) {
        plan = await planPeople(context, lines);
        const counts = countsOf(plan);
        return { ...counts, errors: plan.errors.slice(0, limit), errorCount: plan.errors.length };
      },
      async apply() {
        plan ??= await planPeople(context, lines);
        await applyPlan(context, plan);
        return countsOf(plan);
      },
    };
  },
};

function countsOf(plan: Plan): Counts {
  const updated = plan.update.filter((u) => differs(u, u.before)).length;
  return { created: plan.create.length, updated, unchanged: plan.update.length - updated };
}

function differs(row: PersonRow, before: Existing): boolean {
  return (
    row.name !== before.name ||
    row.role !== before.role ||
    row.levelKey !== before.levelKey ||
    row.teamName !== before.teamName ||
    row.managerEmail !== before.managerEmail ||
    row.extension !== before.extension
  );
}

async function planPeople(context: KindContext, lines: Line[]): Promise<Plan> {
  const { trx } = context.connection;
  const { organizationId } = context;
  const emails = lines.map((l) => l.email);
  const known = await readPeople(trx, organizationId, emails);
  const levels = new Set(
    (
      await trx
        .selectFrom('authorityLevels')
        .select('key')
        .where('organizationId', '=', organizationId)
        .execute()
    ).map((l) => l.key),
  );
  const errors: ImportRowError[] = [];
  const fail = (line: number, error: CellError) => errors.push({ line, ...error });
  const firstLine = new Map<string, number>();
  const plan: Plan = { errors, create: [], update: [] };
  const finalManager = new Map<string, string | null>();
  for (const p of known.values())
    if (p.organizationId === organizationId) finalManager.set(p.email, p.managerEmail);

  for (const row of lines) {
    const before = known.get(row.email);
    const first = firstLine.get(row.email);
    if (first !== undefined) {
      fail(row.line, { column: 'email', message: `also on line ${first}: once per file` });
      continue;
    }
    firstLine.set(row.email, row.line);
    if (before && before.organizationId !== organizationId) {
      fail(row.line, { column: 'email', message: `someone already signs in as ${row.email}` });
      continue;
    }
    if (row.levelKey && !levels.has(row.levelKey))
      fail(row.line, {
        column: 'level',
        message: `no authority level "${row.levelKey}" in this organization`,
      });
    if (before) {
      const verdict = personChangeVerdict(context.actorId, before, {
        role: row.role,
        levelKey: row.levelKey,
      });
      if (!verdict.allowed)
        fail(row.line, {
          column: verdict.field === 'levelKey' ? 'level' : 'role',
          message: verdict.message,
        });
    }
    finalManager.set(row.email, row.managerEmail);
    if (before) plan.update.push({ ...row, before });
    else plan.create.push(row);
  }
  for (const row of lines) {
    if (!row.managerEmail || firstLine.get(row.email) !== row.line) continue;
    if (!finalManager.has(row.managerEmail))
      fail(row.line, {
        column: 'manager_email',
        message: `nobody in this organization or this file signs in as ${row.managerEmail}`,
      });
    else if (reportsTo(finalManager, row.managerEmail, row.email))
      fail(row.line, { column: 'manager_email', message: 'this would make a reporting loop' });
  }
  checkAdminsRemain(context, plan, known);
  errors.sort((a, b) => a.line - b.line);
  return plan;
}

/** Whether `manager`'s chain, as the file leaves it, reaches `email`. */
function reportsTo(managers: Map<string, string | null>, manager: string, email: string): boolean {
  const seen = new Set<string>();
  for (let current: string | null | undefined = manager; current; current = managers.get(current)) {
    if (current === email) return true;
    if (seen.has(current)) return false;
    seen.add(current);
  }
  return false;
}

/** The organization keeps an active admin, as when its admins are changed one at a time. */
function checkAdminsRemain(context: KindContext, plan: Plan, known: Map<string, Existing>): void {
  const demoted = plan.update.filter(
    (u) => u.before.role === 'admin' && u.before.active && u.role !== 'admin',
  );
  if (demoted.length === 0) return;
  const staying = [...known.values()].filter(
    (p) =>
      p.organizationId === context.organizationId &&
      p.role === 'admin' &&
      p.active &&
      !demoted.some((d) => d.before.id === p.id),
  ).length;
  const added = plan.create.filter((c) => c.role === 'admin').length;
  if (staying + added > 0) return;
  for (const row of demoted) {
    const verdict = keepsAnAdmin(row.before, { role: row.role }, 0);
    if (!verdict.allowed)
      plan.errors.push({ line: row.line, column: 'role', message: verdict.message });
  }
}

/** The organization's people, and anyone elsewhere who signs in with one of the file's addresses. */
async function readPeople(
  trx: Transaction<Database>,
  organizationId: string,
  emails: string[],
): Promise<Map<string, Existing>> {
  const { rows } = await sql<Existing>`
    select p.id, p.organization_id as "organizationId", lower(p.email) as email, p.name, p.role, l.key as "levelKey",
      t.name as "teamName", lower(m.email) as "managerEmail", p.extension, p.active
    from people p
    left join authority_levels l on l.id = p.level_id
    left join teams t on t.id = p.team_id
    left join people m on m.id = p.manager_id
    where p.organization_id = ${organizationId} or lower(p.email) = any(${emails}::text[])
    order by p.id
    for no key update of p`.execute(trx);
  return new Map(rows.map((row) => [row.email, row]));
}

async function applyPlan(context: KindContext, plan: Plan): Promise<void> {
  const { trx } = context.connection;
  const { organizationId, now, actorId } = context;
  const teamIds = await ensureTeams(trx, organizationId, [...plan.create, ...plan.update]);
  const levelIds = new Map(
    (
      await trx
        .selectFrom('authorityLevels')
        .select(['key', 'id'])
        .where('organizationId', '=', organizationId)
        .execute()
    ).map((l) => [l.key, l.id]),
  );
  const ledger: NewLedgerEntry[] = [];
  const ids = new Map<string, string>();
  for (const u of plan.update) ids.set(u.email, u.before.id);
  for (const row of plan.create) {
    const person = await trx
      .insertInto('people')
      .values({
        organizationId,
        email: row.email,
        name: row.name,
        role: row.role,
        levelId: row.levelKey ? levelIds.get(row.levelKey)! : null,
        teamId: row.teamName ? teamIds.get(row.teamName)! : null,
        extension: row.extension,
        passwordHash: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(row.email, person.id);
    ledger.push({
      kind: 'person.created',
      at: now,
      actorId,
      data: { personId: person.id, email: row.email, role: row.role, levelKey: row.levelKey },
    });
  }
  const credentialsChanged: string[] = [];
  for (const row of [...plan.create, ...plan.update]) {
    const before = 'before' in row ? (row.before as Existing) : undefined;
    if (before && !differs(row, before)) continue;
    const managerId = row.managerEmail
      ? (ids.get(row.managerEmail) ?? (await idOf(trx, organizationId, row.managerEmail)))
      : null;
    await trx
      .updateTable('people')
      .set({
        name: row.name,
        role: row.role,
        levelId: row.levelKey ? levelIds.get(row.levelKey)! : null,
        teamId: row.teamName ? teamIds.get(row.teamName)! : null,
        managerId,
        extension: row.extension,
      })
      .where('organizationId', '=', organizationId)
      .where('id', '=', ids.get(row.email)!)
      .execute();
    if (before && (before.role !== row.role || before.levelKey !== row.levelKey)) {
      credentialsChanged.push(before.id);
      const changed = (['role', 'levelKey'] as const).filter((key) => before[key] !== row[key]);
      ledger.push({
        kind: 'person.authority_changed',
        at: now,
        actorId,
        data: {
          personId: before.id,
          before: Object.fromEntries(changed.map((key) => [key, before[key]])),
          after: Object.fromEntries(changed.map((key) => [key, row[key]])),
        },
      });
    }
  }
  // Everyone the file names, so its invite-all can reach those still without a password.
  if (ids.size > 0)
    await trx
      .insertInto('importPeople')
      .values([...ids.values()].map((personId) => ({ importId: context.importId, personId })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  if (credentialsChanged.length > 0) await announceCredentialsChanged(trx, credentialsChanged);
  if (ledger.length > 0) await appendLedgerEntries(trx, organizationId, ledger);
}

async function idOf(
  trx: Transaction<Database>,
  organizationId: string,
  email: string,
): Promise<string> {
  const row = await trx
    .selectFrom('people')
    .select('id')
    .where('organizationId', '=', organizationId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Team names to ids, creating the ones the organization does not have yet. */
async function ensureTeams(
  trx: Transaction<Database>,
  organizationId: string,
  rows: PersonRow[],
): Promise<Map<string, string>> {
  const names = [...new Set(rows.flatMap((r) => (r.teamName ? [r.teamName] : [])))];
  const teams = new Map<string, string>();
  if (names.length === 0) return teams;
  const existing = await trx
    .selectFrom('teams')
    .select(['id', 'name'])
    .where('organizationId', '=', organizationId)
    .where('name', 'in', names)
    .execute();
  for (const team of existing) teams.set(team.name, team.id);
  const missing = names.filter((name) => !teams.has(name));
  if (missing.length > 0) {
    const created = await trx
      .insertInto('teams')
      .values(missing.map((name) => ({ organizationId, name })))
      .returning(['id', 'name'])
      .execute();
    for (const team of created) teams.set(team.name, team.id);
  }
  return teams;
}
