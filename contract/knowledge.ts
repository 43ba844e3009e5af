import { z } from 'zod';

import { nextCursorSchema, pageQuery, personRefSchema } from './shared.ts';

/**
 * The knowledge base (issue 13): KCS articles with immutable versions, flags, contact ↔ article
 * links and the licences that say who may do what with them (server/modules/knowledge/README.md).
 */
export const knowledgeLicenceSchema = z.enum(['candidate', 'contributor', 'publisher', 'coach']);
export const articleVisibilitySchema = z.enum(['internal', 'external']);
export const articleStateSchema = z.enum(['draft', 'not_validated', 'validated', 'archived']);
export const flagSourceSchema = z.enum(['person', 'policy_change', 'denied_resolution']);
export const linkKindSchema = z.enum(['reused', 'created', 'flagged']);

const typeKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be a resolution type key (lower_snake_case)');
const tag = z.string().trim().min(1, 'must not be empty').max(40);
const title = z.string().trim().min(1, 'is required').max(200);
const problem = z.string().trim().min(1, 'is required').max(4000);
const resolution = z.string().trim().min(1, 'is required').max(20_000);
const context = z.string().max(4000);
const cause = z.string().max(4000);
/** A version number; the range before `int()`, so 2^53+1 is called too large, not "not whole". */
const version = z.number().min(1).max(2_147_483_647, 'must be at most 2147483647').int();
const versionParam = z.coerce
  .number()
  .min(1)
  .max(2_147_483_647, 'must be at most 2147483647')
  .int();

/** The fields an article and each of its versions have. */
const articleFields = {
  title: z.string(),
  problem: z.string(),
  context: z.string(),
  resolution: z.string().describe('Markdown; sanitize when rendering'),
  cause: z.string().nullable(),
  visibility: articleVisibilitySchema,
  state: articleStateSchema,
  typeKeys: z.array(z.string()),
  tags: z.array(z.string()),
};

/** `state=validated,not_validated` or one state; archived articles only when asked for. */
export const articleStatesParam = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(articleStateSchema).min(1, 'must name a state'));

/** What a list or a search result shows of an article. */
export const articleSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    state: articleStateSchema,
    visibility: articleVisibilitySchema,
    typeKeys: z.array(z.string()),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'KnowledgeArticleSummary' });

export const articleSchema = z
  .object({
    id: z.uuid(),
    ...articleFields,
    owner: personRefSchema.nullable(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    reuseCount: z.number().int(),
    lastReusedAt: z.iso.datetime().nullable(),
    openFlagCount: z.number().int(),
  })
  .meta({ id: 'KnowledgeArticle' });

export const articleVersionSchema = z
  .object({
    version: z.number().int(),
    ...articleFields,
    author: personRefSchema.nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'KnowledgeArticleVersion' });

export const flagSchema = z
  .object({
    id: z.uuid(),
    article: z.object({ id: z.uuid(), title: z.string(), state: articleStateSchema }),
    source: flagSourceSchema,
    /** null when the system raised it (a policy change, a denied resolution). */
    raisedBy: personRefSchema.nullable(),
    comment: z.string(),
    policyVersion: z.number().int().nullable(),
    resolutionId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    resolvedAt: z.iso.datetime().nullable(),
    resolvedBy: personRefSchema.nullable(),
    resolutionNote: z.string().nullable(),
  })
  .meta({ id: 'KnowledgeFlag' });

export const linkSchema = z
  .object({
    id: z.uuid(),
    contactId: z.uuid(),
    article: articleSummarySchema,
    kind: linkKindSchema,
    query: z.string().nullable(),
    linkedBy: personRefSchema.nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'KnowledgeLink' });

export const licenceSchema = z
  .object({
    person: personRefSchema,
    licence: knowledgeLicenceSchema,
    grantedBy: personRefSchema.nullable(),
    grantedAt: z.iso.datetime(),
  })
  .meta({ id: 'KnowledgeLicence' });

export const createArticleBody = z.strictObject({
  title,
  problem,
  resolution,
  context: context.optional(),
  cause: cause.optional(),
  visibility: articleVisibilitySchema,
  typeKeys: z.array(typeKey).max(20).optional(),
  tags: z.array(tag).max(30).optional(),
  /** draft unless given; validated needs a contributor's licence (a publisher's when external). */
  state: z.enum(['draft', 'not_validated', 'validated']).optional(),
  /** The contact the article was written from: it is linked to it as `created`. */
  contactId: z.uuid().optional(),
});

export const updateArticleBody = z
  .strictObject({
    title,
    problem,
    resolution,
    context,
    cause: cause.nullable(),
    visibility: articleVisibilitySchema,
    typeKeys: z.array(typeKey).max(20),
    tags: z.array(tag).max(30),
  })
  .partial()
  .extend({
    /** The version the editor started from: a save over a newer one is refused (409). */
    expectedVersion: version,
  })
  .refine((body) => Object.keys(body).length > 1, 'send at least one field to change');

export const changeArticleStateBody = z.strictObject({
  state: articleStateSchema,
  /** Optional, as for an edit: a state change over a newer version than the caller saw is refused. */
  expectedVersion: version.optional(),
});

export const flagArticleBody = z.strictObject({
  comment: z.string().trim().min(1, 'is required: say what is wrong').max(2000),
  /** The contact the rep was on when they flagged it: linked to it as `flagged`. */
  contactId: z.uuid().optional(),
});

export const resolveFlagBody = z.strictObject({
  note: z.string().trim().min(1, 'is required: say what was done').max(2000),
});

export const linkArticleBody = z.strictObject({
  articleId: z.uuid(),
  /** The search text that led to the article: search learns from it. */
  query: z.string().trim().max(500).optional(),
});

export const setLicenceBody = z.strictObject({
  licence: knowledgeLicenceSchema.nullable(),
});

/** Without `to`, the latest version; without `from`, the version before `to`. */
export const diffQuery = z.strictObject({
  from: versionParam.optional(),
  to: versionParam.optional(),
});

export const flagsQuery = z.strictObject({
  /** true (the default): open flags only, oldest first; false: resolved ones too, newest first. */
  open: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  ...pageQuery(200, 50),
});

export const licencesQuery = z.strictObject(pageQuery(500, 200));

/** Browsing without a query: the same filters as search, newest first, a page at a time. */
export const articlesQuery = z.strictObject({
  state: articleStatesParam.optional(),
  visibility: articleVisibilitySchema.optional(),
  /** A resolution type's key: its articles only. */
  type: z.string().max(40).optional(),
  tag: z.string().max(40).optional(),
  ...pageQuery(100, 25),
});

/** An article in a list: its summary, the customer's words and how often it solved a contact. */
export const listedArticleSchema = articleSummarySchema
  .extend({
    problem: z.string(),
    tags: z.array(z.string()),
    reuseCount: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'KnowledgeListedArticle' });

export const articlesResponse = z.object({
  articles: z.array(listedArticleSchema),
  nextCursor: nextCursorSchema,
});

/** What the viewer may do with the article, from the same record policy the write routes enforce. */
export const articleAbilitiesSchema = z
  .object({
    edit: z.boolean().describe('PATCH would be accepted (nobody edits an archived article)'),
    flag: z.boolean(),
    moves: z
      .array(articleStateSchema)
      .describe('The states POST …/state would accept moving it to, in the order of the flow'),
  })
  .meta({ id: 'KnowledgeArticleAbilities' });

export const articleResponse = z.object({ article: articleSchema });
export const articleDetailResponse = z.object({
  article: articleSchema,
  versions: z.array(articleVersionSchema),
  flags: z.array(flagSchema),
  can: articleAbilitiesSchema,
});
export const flagResponse = z.object({ flag: flagSchema });
export const flagsResponse = z.object({ flags: z.array(flagSchema), nextCursor: nextCursorSchema });
export const linkResponse = z.object({ link: linkSchema, created: z.boolean() });
export const linksResponse = z.object({ links: z.array(linkSchema) });
export const licenceResponse = z.object({ licence: licenceSchema.nullable() });
export const licencesResponse = z.object({
  licences: z.array(licenceSchema),
  nextCursor: nextCursorSchema,
});

export const diffPartSchema = z.object({
  op: z.enum(['equal', 'added', 'removed']),
  lines: z.array(z.string()),
});
export const diffResponse = z.object({
  from: z.number().int(),
  to: z.number().int(),
  fields: z.array(
    z.object({
      field: z.enum([
        'title',
        'problem',
        'context',
        'resolution',
        'cause',
        'visibility',
        'state',
        'typeKeys',
        'tags',
      ]),
      changed: z.boolean(),
      parts: z.array(diffPartSchema),
    }),
  ),
});

/** Live events (data stays small: see contract/events.ts). */
export const knowledgeEvents = {
  /** Someone flagged an article: sent to its owner and every publisher and admin. */
  'knowledge.flagged': z.strictObject({
    articleId: z.uuid(),
    flagId: z.uuid(),
    title: z.string().max(200),
  }),
} as const;
