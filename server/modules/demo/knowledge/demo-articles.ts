import { accountArticles } from './articles-accounts.ts';
import { careArticles } from './articles-care.ts';
import { deliveryArticles } from './articles-delivery.ts';
import { paymentArticles } from './articles-payments.ts';
import { returnsArticles } from './articles-returns.ts';
import { sizingArticles } from './articles-sizing.ts';
import { storeArticles } from './articles-stores.ts';
import { warrantyArticles } from './articles-warranty.ts';
import type { DemoArticle } from './demo-article.ts';

export type { DemoArticle, DemoArticleState } from './demo-article.ts';

/** Northwind's knowledge base, by topic; the order is stable, so the seed's random history is too. */
export const demoArticles: readonly DemoArticle[] = [
  ...deliveryArticles,
  ...returnsArticles,
  ...sizingArticles,
  ...warrantyArticles,
  ...careArticles,
  ...paymentArticles,
  ...accountArticles,
  ...storeArticles,
];
