import type { z } from 'zod';

import type {
  articleSchema,
  articleVersionSchema,
  flagSchema,
  licenceSchema,
  linkSchema,
  listedArticleSchema,
} from '../../../contract/knowledge.ts';
import type { VersionRow } from './queries/list-article-versions.ts';
import type { ArticleRow } from './queries/select-articles.ts';
import type { FlagRow } from './queries/select-flags.ts';
import type { LicenceRow } from './queries/select-licences.ts';
import type { LinkRow } from './queries/select-links.ts';

const ref = (id: string | null, name: string | null) =>
  id !== null && name !== null ? { id, name } : null;
const iso = (at: Date | null) => (at ? at.toISOString() : null);

export function presentArticle(row: ArticleRow): z.infer<typeof articleSchema> {
  return {
    id: row.id,
    title: row.title,
    problem: row.problem,
    context: row.context,
    resolution: row.resolution,
    cause: row.cause,
    visibility: row.visibility,
    state: row.state,
    typeKeys: row.typeKeys,
    tags: row.tags,
    owner: ref(row.ownerId, row.ownerName),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    reuseCount: row.reuseCount,
    lastReusedAt: iso(row.lastReusedAt),
    openFlagCount: Number(row.openFlagCount ?? 0),
  };
}

export function presentListedArticle(row: ArticleRow): z.infer<typeof listedArticleSchema> {
  return {
    id: row.id,
    title: row.title,
    state: row.state,
    visibility: row.visibility,
    typeKeys: row.typeKeys,
    updatedAt: row.updatedAt.toISOString(),
    problem: row.problem,
    tags: row.tags,
    reuseCount: row.reuseCount,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentVersion(row: VersionRow): z.infer<typeof articleVersionSchema> {
  return {
    version: row.version,
    title: row.title,
    problem: row.problem,
    context: row.context,
    resolution: row.resolution,
    cause: row.cause,
    visibility: row.visibility,
    state: row.state,
    typeKeys: row.typeKeys,
    tags: row.tags,
    author: ref(row.authorId, row.authorName),
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentFlag(row: FlagRow): z.infer<typeof flagSchema> {
  return {
    id: row.id,
    article: { id: row.articleId, title: row.articleTitle, state: row.articleState },
    source: row.source,
    raisedBy: ref(row.raisedBy, row.raisedByName),
    comment: row.comment,
    policyVersion: row.policyVersion,
    resolutionId: row.resolutionId,
    createdAt: row.createdAt.toISOString(),
    resolvedAt: iso(row.resolvedAt),
    resolvedBy: ref(row.resolvedBy, row.resolvedByName),
    resolutionNote: row.resolutionNote,
  };
}

export function presentLink(row: LinkRow): z.infer<typeof linkSchema> {
  return {
    id: row.id,
    contactId: row.contactId,
    article: {
      id: row.articleId,
      title: row.articleTitle,
      state: row.articleState,
      visibility: row.articleVisibility,
      typeKeys: row.articleTypeKeys,
      updatedAt: row.articleUpdatedAt.toISOString(),
    },
    kind: row.kind,
    query: row.query,
    linkedBy: ref(row.linkedBy, row.linkedByName),
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentLicence(row: LicenceRow): z.infer<typeof licenceSchema> {
  return {
    person: { id: row.personId, name: row.personName },
    licence: row.licence,
    grantedBy: ref(row.grantedBy, row.grantedByName),
    grantedAt: row.grantedAt.toISOString(),
  };
}
