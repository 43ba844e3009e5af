/**
 * The kinds of ledger entry this module writes (composed into LedgerKind in
 * server/modules/ledger/ledger-kind.ts). A new time zone moves where every daily budget starts and
 * ends, so it is recorded like any other change that decides what a rep may grant, and so is the grace a
 * certificate keeps after it expires; an organization's
 * creation is the first entry of its chain, naming the policy template it started from.
 */
export const organizationLedgerKinds = [
  'organization.created',
  'organization.time_zone_changed',
  'organization.certification_grace_changed',
] as const;
