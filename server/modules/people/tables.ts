import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

import type { Role } from '../../../contract/roles.ts';
import type { CreatedAt, DatabaseKept } from '../../db/columns.ts';

// The role list is the API's (contract/roles.ts); the database's check constraint repeats it.
export { roles, type Role } from '../../../contract/roles.ts';

export interface AuthorityLevelsTable {
  id: Generated<string>;
  organizationId: string;
  key: string;
  name: string;
  /** Higher rank, more authority. */
  rank: number;
}

export interface TeamsTable {
  id: Generated<string>;
  organizationId: string;
  name: string;
  leadId: string | null;
  createdAt: CreatedAt;
}

export interface PeopleTable {
  id: Generated<string>;
  organizationId: string;
  teamId: string | null;
  managerId: string | null;
  levelId: string | null;
  email: string;
  name: string;
  role: Role;
  /** Telephony extension, so a call event naming it reaches this person's screen. */
  extension: string | null;
  passwordHash: string | null;
  active: Generated<boolean>;
  /** Certifications held (issued by the training module later); the authority engine reads them. */
  certifications: ColumnType<string[], string | undefined, string>;
  /** Bumped by the database whenever a write may change this person's usage (see the usage-bookkeeping migration). */
  usageVersion: DatabaseKept<number>;
  /** Bumped by the database whenever this person's certificates change (see the person-certifications migration). */
  authorityVersion: DatabaseKept<number>;
  createdAt: CreatedAt;
}

/** A certificate a person holds; in force from `issuedAt` until it expires or is revoked. */
export interface PersonCertificationsTable {
  id: Generated<string>;
  organizationId: string;
  personId: string;
  certification: string;
  issuedAt: CreatedAt;
  expiresAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  revokedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Set by the training module (migration 20261206110000); null on rows written before it. */
  source: ColumnType<
    'assessment' | 'sign_off' | null,
    'assessment' | 'sign_off' | null | undefined
  >;
  awardedBy: ColumnType<string | null, string | null | undefined>;
  attemptId: ColumnType<string | null, string | null | undefined>;
  note: ColumnType<string | null, string | null | undefined>;
  revokedBy: ColumnType<string | null, string | null | undefined, string | null>;
  revokedReason: ColumnType<string | null, string | null | undefined, string | null>;
  /** Set once each by the lifecycle sweep (migration 20261207200000). */
  lapseRecordedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  renewalRemindedAt: ColumnType<
    Date | null,
    Date | string | null | undefined,
    Date | string | null
  >;
  /** The knowledge licence this award granted, and the one the person had before it. */
  grantedLicence: ColumnType<CertifiedLicence | null, CertifiedLicence | null | undefined>;
  licenceBefore: ColumnType<CertifiedLicence | null, CertifiedLicence | null | undefined>;
}

/** A knowledge licence (server/modules/knowledge/tables.ts' KnowledgeLicence), as a certificate grants it. */
type CertifiedLicence = 'candidate' | 'contributor' | 'publisher' | 'coach';

export interface PeopleTables {
  authorityLevels: AuthorityLevelsTable;
  teams: TeamsTable;
  people: PeopleTable;
  personCertifications: PersonCertificationsTable;
}

export type Person = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
export type AuthorityLevel = Selectable<AuthorityLevelsTable>;
export type Team = Selectable<TeamsTable>;
