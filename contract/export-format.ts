import { z } from 'zod';

/**
 * `?format=` on a list that exports: the same stream an Accept header of text/csv or
 * application/x-ndjson asks for, for a plain download link, which cannot set a header.
 */
export const exportFormatQuery = {
  format: z
    .enum(['csv', 'jsonl'])
    .optional()
    .describe(
      'Stream every matching row from `cursor` on as CSV or JSON Lines, as the Accept header does',
    ),
};
