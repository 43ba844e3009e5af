/** One page of a list as the API answers it: its rows under the list's name, and where the next starts. */
export type Page<F extends string, T> = { [K in F]: T[] } & { nextCursor: string | null };

/**
 * The rows of the pages loaded so far, in order. A row seen on an earlier page is kept there: the
 * server's keys are immutable so it should not come twice, but a list refetched page by page while
 * rows are added can shift, and React needs each key once.
 */
export function rowsOfPages<F extends string, T extends { id: string }>(
  pages: readonly Page<F, T>[] | undefined,
  field: F,
): T[] {
  const seen = new Set<string>();
  const rows: T[] = [];
  for (const page of pages ?? [])
    for (const row of page[field]) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      rows.push(row);
    }
  return rows;
}

/** `?cursor=` for the page after `cursor` (none for the first), with the list's own filters. */
export function pageParams(
  params: Record<string, string | undefined>,
  limit: number,
  cursor: string | null,
): Record<string, string | undefined> {
  return { ...params, limit: String(limit), cursor: cursor ?? undefined };
}
