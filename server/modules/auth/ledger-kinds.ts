/**
 * The kinds of ledger entry this module writes. An admin who issues someone a reset link can sign in
 * as them if the link is handed over rather than mailed, so who asked, for whom, and how the link
 * went is evidence beside that person's decisions.
 */
export const authLedgerKinds = ['person.password_reset_issued'] as const;
