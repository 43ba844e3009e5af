import { z } from 'zod';

/** What a file brings in: each kind has its own columns (docs/IMPORTS.md). */
export const importKindSchema = z.enum(['people', 'customers', 'orders']);

/** A bad cell: the file's line (1 is the header), the column's header name and why. */
export const importRowErrorSchema = z
  .object({
    line: z.number().int(),
    column: z.string(),
    message: z.string(),
  })
  .meta({ id: 'ImportRowError' });

export const importSchema = z
  .object({
    id: z.uuid(),
    kind: importKindSchema,
    /**
     * dry_run: checked, nothing written; applying: being written now; applied: written, whole;
     * expired: a dry run left unapplied past IMPORT_DRY_RUN_RETENTION_HOURS, its rows and file
     * removed (upload the file again).
     */
    status: z.enum(['dry_run', 'applying', 'applied', 'expired']),
    fileName: z.string(),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    errorCount: z.number().int(),
    /** The first errors, in line order (errorCount says how many there are in all). */
    errors: z.array(importRowErrorSchema),
    /** While it is being checked or applied by the instance answering: rows read so far. */
    progress: z
      .object({ phase: z.enum(['checking', 'applying']), rowsRead: z.number().int() })
      .nullable(),
    createdAt: z.iso.datetime(),
    appliedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Import' });

export const importResponse = z.object({ import: importSchema });

/** The header each kind of file has, in this order (extra columns are refused, missing ones named). */
export const importColumns = {
  people: ['email', 'name', 'role', 'level', 'team', 'manager_email', 'extension'],
  customers: [
    'external_ref',
    'name',
    'email',
    'phone',
    'segment',
    'lifetime_value',
    'flags',
    'linked_person_email',
  ],
  orders: ['external_ref', 'customer_ref', 'placed_at', 'status', 'total', 'currency', 'items'],
} as const satisfies Record<z.infer<typeof importKindSchema>, readonly string[]>;
