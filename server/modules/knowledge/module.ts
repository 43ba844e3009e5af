import { serverModule, tablesOf } from '../server-module.ts';
import { knowledgeAbilities } from './abilities.ts';
import { knowledgeLedgerKinds } from './ledger-kinds.ts';
import type { KnowledgeTables } from './tables.ts';

export const knowledgeModule = serverModule({
  name: 'knowledge',
  routes: () => import('./routes.ts').then((module) => module.knowledgeRoutes),
  tables: tablesOf<KnowledgeTables>(),
  abilities: knowledgeAbilities,
  ledgerKinds: knowledgeLedgerKinds,
  onPolicyPublished: (trx, published) =>
    import('./commands/flag-articles-for-policy.ts').then(async (module) => {
      await module.flagArticlesForPolicy(trx, published);
    }),
  onResolutionDenied: (trx, denied) =>
    import('./commands/flag-articles-for-denial.ts').then((module) =>
      module.flagArticlesForDenial(trx, denied),
    ),
  withheldAbilities: (db, person) =>
    import('./queries/withheld-knowledge-abilities.ts').then((module) =>
      module.withheldKnowledgeAbilities(db, person),
    ),
});
