export type WrittenEventsAndLedger = {
  eventIds: Array<number | string> | null;
  ledgerSeqs: Array<number | string> | null;
  ledgerHashes: string[] | null;
};

/** What the database function answered, as numbers and places in the chain. */
export function writtenEventsAndLedger(row: WrittenEventsAndLedger): {
  eventIds: number[];
  appended: Array<{ seq: number; hash: string }>;
} {
  const seqs = (row.ledgerSeqs ?? []).map(Number);
  return {
    eventIds: (row.eventIds ?? []).map(Number),
    appended: seqs.map((seq, i) => ({ seq, hash: row.ledgerHashes![i]! })),
  };
}
