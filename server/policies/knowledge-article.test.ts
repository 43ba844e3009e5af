import { describe, expect, it } from 'vitest';

import type { KnowledgeLicence } from '../modules/knowledge/tables.ts';
import {
  articleAbilities,
  articlePolicy,
  canSeeArticle,
  createArticlePolicy,
  type ArticleFacts,
  type KnowledgeActor,
} from './knowledge-article.ts';

const me = 'me';
const actor = (licence: KnowledgeLicence | null, role: KnowledgeActor['role'] = 'agent') => ({
  personId: me,
  role,
  licence,
});
const article = (facts: Partial<ArticleFacts> = {}): ArticleFacts => ({
  ownerId: 'someone else',
  state: 'validated',
  visibility: 'internal',
  ...facts,
});

describe('the knowledge article policy', () => {
  it('shows drafts to their owner and publishers only, archived articles to publishers only', () => {
    expect(canSeeArticle(actor(null), article({ state: 'not_validated' }))).toBe(true);
    expect(canSeeArticle(actor('contributor'), article({ state: 'draft' }))).toBe(false);
    expect(canSeeArticle(actor(null), article({ state: 'draft', ownerId: me }))).toBe(true);
    expect(canSeeArticle(actor('contributor'), article({ state: 'archived' }))).toBe(false);
    expect(canSeeArticle(actor('publisher'), article({ state: 'draft' }))).toBe(true);
    expect(canSeeArticle(actor(null, 'admin'), article({ state: 'archived' }))).toBe(true);
  });

  it('gives each licence what the ones below it have, and more', () => {
    const draft = article({ state: 'draft', ownerId: me });
    expect(createArticlePolicy(actor(null), draft).allowed).toBe(false);
    expect(createArticlePolicy(actor('candidate'), draft).allowed).toBe(true);
    expect(createArticlePolicy(actor('candidate'), { ...draft, state: 'validated' }).allowed).toBe(
      false,
    );
    expect(articlePolicy(actor('candidate'), draft).changeState('validated').allowed).toBe(false);
    expect(articlePolicy(actor('contributor'), draft).changeState('validated').allowed).toBe(true);
    const external = article({ state: 'not_validated', visibility: 'external' });
    expect(articlePolicy(actor('contributor'), external).changeState('validated').allowed).toBe(
      false,
    );
    expect(articlePolicy(actor('coach'), external).changeState('validated').allowed).toBe(true);
    expect(articlePolicy(actor(null, 'admin'), external).changeState('validated').allowed).toBe(
      true,
    );
    // A contributor may not make a published internal article external: that publishes it.
    const internal = article();
    expect(
      articlePolicy(actor('contributor'), internal).edit({ ...internal, visibility: 'external' })
        .allowed,
    ).toBe(false);
    expect(articlePolicy(actor('candidate'), internal).edit(internal).allowed).toBe(false);
    expect(articlePolicy(actor('contributor'), internal).edit(internal).allowed).toBe(true);
  });

  it('lets nobody edit an archived article, and only publishers archive or un-archive', () => {
    const archived = article({ state: 'archived' });
    const edit = articlePolicy(actor('coach'), archived).edit(archived);
    expect(edit).toMatchObject({ allowed: false, code: 'conflict' });
    expect(articlePolicy(actor('contributor'), article()).changeState('archived').allowed).toBe(
      false,
    );
    expect(articlePolicy(actor('publisher'), archived).changeState('validated').allowed).toBe(true);
  });

  it('lets the owner, an editing contributor or an admin resolve a flag', () => {
    expect(articlePolicy(actor(null), article({ ownerId: me })).resolveFlag.allowed).toBe(true);
    expect(articlePolicy(actor('candidate'), article()).resolveFlag.allowed).toBe(false);
    expect(articlePolicy(actor('contributor'), article()).resolveFlag.allowed).toBe(true);
    expect(articlePolicy(actor(null, 'admin'), article()).resolveFlag.allowed).toBe(true);
  });

  it("sends another's article back to draft for a publisher only: a draft is its owner's", () => {
    const shared = article({ state: 'not_validated' });
    expect(articlePolicy(actor('contributor'), shared).changeState('draft')).toMatchObject({
      allowed: false,
      code: 'forbidden',
    });
    const own = article({ state: 'not_validated', ownerId: me });
    expect(articlePolicy(actor('candidate'), own).changeState('draft').allowed).toBe(true);
    expect(articlePolicy(actor('publisher'), shared).changeState('draft').allowed).toBe(true);
  });

  it('reads out the policy for the screen, with nothing to write behind a role that may not', () => {
    const shared = article({ state: 'not_validated' });
    expect(articleAbilities(actor('contributor'), shared, { mayWrite: true })).toEqual({
      edit: true,
      flag: true,
      moves: ['validated'],
    });
    expect(articleAbilities(actor('coach'), shared, { mayWrite: false })).toEqual({
      edit: false,
      flag: true,
      moves: [],
    });
  });
});
