import { importColumns } from '../../../../contract/imports.ts';
import { roles, type Role } from '../../../../contract/roles.ts';
import { RowReader, type RowResult } from './cells.ts';

/** The header this kind of file has: the contract's, which the import page shows too. */
export const personColumns = importColumns.people;

export type PersonRow = {
  email: string;
  name: string;
  role: Role;
  /** An authority level's key; null for none. */
  levelKey: string | null;
  /** A team's name; a team the organization lacks is created. */
  teamName: string | null;
  managerEmail: string | null;
  extension: string | null;
};

/** One person line: the cells alone; levels, managers and the four-eyes rules need the organization. */
export function readPersonRow(record: Record<string, string | undefined>): RowResult<PersonRow> {
  const r = new RowReader(record);
  const email = r.email('email', true);
  const name = r.required('name');
  const roleText = r.required('role', 50);
  const role =
    roleText === undefined || (roles as readonly string[]).includes(roleText)
      ? (roleText as Role | undefined)
      : r.error('role', `must be one of ${roles.join(', ')}`);
  const levelKey = r.optional('level', 100);
  const teamName = r.optional('team', 200);
  const managerEmail = r.email('manager_email', false);
  const extension = r.optional('extension', 20);
  if (managerEmail && managerEmail === email)
    r.error('manager_email', 'a person cannot be their own manager');
  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  return {
    ok: true,
    row: {
      email: email!,
      name: name!,
      role: role!,
      levelKey: levelKey ?? null,
      teamName: teamName ?? null,
      managerEmail: managerEmail ?? null,
      extension: extension ?? null,
    },
  };
}
