import fs from 'node:fs';
import path from 'node:path';

import { importKindSchema } from '../../contract/imports.ts';
import { loadConfig } from '../../server/config.ts';
import type { Db } from '../../server/db/database.ts';
import { applyImport } from '../../server/modules/imports/commands/apply-import.ts';
import { createImport } from '../../server/modules/imports/commands/create-import.ts';
import type { ImportRecord } from '../../server/modules/imports/tables.ts';
import { importUploadDir } from '../../server/modules/imports/upload-dir.ts';
import { inviteImportedPeople } from '../../server/modules/invitations/commands/invite-imported-people.ts';
import { deliverInvitations } from '../../server/modules/invitations/deliver-invitations.ts';
import { findOrganizationBySlug } from '../../server/modules/organization/queries/find-organization-by-slug.ts';
import { parseFlags, required, UsageError, withDatabase, type Command } from '../command.ts';
import { Progress } from '../progress.ts';

const SHOWN_ERRORS = 50;

export const importCommand: Command = {
  summary:
    'Import people, customers or orders from a CSV file: a dry run, or with --apply, applied whole',
  usage: 'people|customers|orders <file.csv> --org <slug> [--apply [--invite]] [--json]',
  async run(argv) {
    const { values, positionals } = parseFlags(argv, {
      org: { type: 'string' },
      apply: { type: 'boolean' },
      invite: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    required(values, 'org');
    const kind = importKindSchema.safeParse(positionals[0]);
    if (!kind.success) throw new UsageError('Say what the file holds: people, customers or orders');
    const file = positionals[1];
    if (!file) throw new UsageError('Name the CSV file');
    if (!fs.existsSync(file)) throw new UsageError(`No file ${file}`);
    if (values.invite && (!values.apply || kind.data !== 'people'))
      throw new UsageError(
        '--invite invites the people a file brings in: use it with people and --apply',
      );
    return withDatabase(async (database) => {
      const org = await findOrganizationBySlug({ db: database.db, slug: values.org as string });
      const phases: Record<string, ReturnType<Progress['done']>> = {};
      const checking = new Progress(`Checking ${path.basename(file)}`);
      // The operator acts, not a person: the ledger names no one (actorId null), as for the CLI's other writes.
      let record = await createImport({
        database,
        organizationId: org.id,
        kind: kind.data,
        fileName: path.basename(file),
        source: fs.createReadStream(file),
        uploadDir: importUploadDir(loadConfig()),
        actorId: null,
        now: new Date(),
        onProgress: (rows) => checking.update(rows),
      });
      phases.dryRun = checking.done();
      if (!values.json) printReport(record, 'Dry run');
      if (values.apply && record.errorCount === 0) {
        const applying = new Progress(`Applying ${path.basename(file)}`);
        record = await applyImport({
          database,
          organizationId: org.id,
          importId: record.id,
          actorId: null,
          now: new Date(),
          onProgress: (rows) => applying.update(rows),
        });
        phases.apply = applying.done();
        if (!values.json) printReport(record, 'Applied');
        if (values.invite) await invite(database.db, org.id, record.id);
      } else if (!values.json && record.errorCount === 0) {
        console.log(
          `Nothing was written. Apply it with --apply, or: POST /api/imports/${record.id}/apply`,
        );
      }
      if (values.json) {
        const { filePath: _path, ...shown } = record;
        console.log(
          JSON.stringify({
            import: shown,
            phases,
            peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
          }),
        );
      }
      return record.errorCount > 0 ? 1 : 0;
    });
  },
};

/** Invites whoever the applied file brought in who cannot sign in yet; prints the links without SMTP. */
async function invite(db: Db, organizationId: string, importId: string): Promise<void> {
  const config = loadConfig();
  const opened = await inviteImportedPeople({
    db,
    organizationId,
    importId,
    actorId: null,
    now: new Date(),
    ttlHours: config.invitationTtlHours,
  });
  const log = { error: (fields: object, message: string) => console.error(message, fields) };
  const sent = await deliverInvitations({ db, config, organizationId, opened, log });
  if (!sent.links) {
    console.log(`Invited ${sent.invited}: mailed to ${sent.mailed}, ${sent.mailFailed} not sent`);
    if (sent.mailFailed > 0) console.log('  Resend those from the People page.');
    return;
  }
  console.log(`Invited ${sent.invited} (no SMTP_URL: pass each link on; each works once):`);
  for (const { person, link } of sent.links)
    console.log(`  ${person.name} <${person.email}>: ${link}`);
}

function printReport(record: ImportRecord, title: string): void {
  console.log(
    `${title}: ${record.kind} from ${record.fileName} (import ${record.id}): ${record.rows} rows; ` +
      `${record.created} created, ${record.updated} changed, ${record.unchanged} unchanged, ${record.errorCount} bad`,
  );
  for (const error of record.errors.slice(0, SHOWN_ERRORS))
    console.log(`  line ${error.line}${error.column ? `, ${error.column}` : ''}: ${error.message}`);
  if (record.errorCount > SHOWN_ERRORS)
    console.log(`  … and ${record.errorCount - SHOWN_ERRORS} more (GET /api/imports/${record.id})`);
}
