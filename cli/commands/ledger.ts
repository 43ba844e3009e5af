import { verifyLedger } from '../../server/modules/ledger/queries/verify-ledger.ts';
import { parseFlags, UsageError, withDatabase, type Command } from '../command.ts';

export const ledgerCommand: Command = {
  summary: "Re-check the decision ledger's hash chain (every organization, or one) and name the first broken entry",
  usage: 'verify [--org <slug>]',
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { org: { type: 'string' } });
    if (positionals[0] !== 'verify') throw new UsageError('The only ledger action is `verify`');
    return withDatabase(async ({ db }) => {
      let query = db.selectFrom('organizations').select(['id', 'slug', 'name']).orderBy('slug');
      if (values.org) query = query.where('slug', '=', values.org);
      const orgs = await query.execute();
      if (orgs.length === 0) {
        console.error(values.org ? `No organization "${values.org}"` : 'No organizations yet');
        return 1;
      }
      let broken = 0;
      for (const org of orgs) {
        const result = await verifyLedger({ db, organizationId: org.id, onProgress: (n) => process.stdout.write(`\r  ${org.slug}: ${n.toLocaleString('en')} entries checked`) });
        process.stdout.write('\r');
        if (result.ok) console.log(`  ${org.slug}: ok, ${result.entries.toLocaleString('en')} entries`);
        else {
          broken++;
          console.log(`  ${org.slug}: BROKEN at seq ${result.firstBrokenSeq} (${result.problem}); the ${result.entries.toLocaleString('en')} entries before it verify`);
        }
      }
      return broken === 0 ? 0 : 1;
    });
  },
};
