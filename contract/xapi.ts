import { z } from 'zod';

/**
 * GET /xapi/statements and GET /xapi/about (xAPI 1.0.3, Part Three §2.1.3 and §2.4): the query an
 * LMS or LRS pulls an organization's learning statements with, and what it gets back.
 */

const LIMIT_MAX = 500;
const LIMIT_DEFAULT = 100;

const isoTime = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 time with its zone' });

/** An Agent's inverse functional identifier as one text: what `agent=` matches a statement's actor by. */
export type AgentIfi = string;

const agentObject = z
  .object({
    objectType: z.literal('Agent').optional(),
    name: z.string().optional(),
    mbox: z
      .string()
      .regex(/^mailto:[^@\s]+@[^@\s]+$/, 'mbox must be mailto:<email>')
      .optional(),
    mbox_sha1sum: z
      .string()
      .regex(/^[0-9a-f]{40}$/i)
      .optional(),
    openid: z.url().optional(),
    account: z
      .object({ homePage: z.url(), name: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict()
  .refine(
    (agent) =>
      [agent.mbox, agent.mbox_sha1sum, agent.openid, agent.account].filter(Boolean).length === 1,
    'an Agent has exactly one of mbox, mbox_sha1sum, openid, account',
  );

/** `agent=` as the spec has it: a JSON Agent, matched by its one identifier (§2.4.2.1 Inverse Functional Identifier). */
const agentParam = z
  .string()
  .max(2_000)
  .transform((text, ctx): AgentIfi => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON Agent object' });
      return z.NEVER;
    }
    const agent = agentObject.safeParse(parsed);
    if (!agent.success) {
      ctx.addIssue({ code: 'custom', message: agent.error.issues[0]?.message ?? 'not an Agent' });
      return z.NEVER;
    }
    return agentIfi(agent.data);
  });

export function agentIfi(agent: {
  mbox?: string | undefined;
  mbox_sha1sum?: string | undefined;
  openid?: string | undefined;
  account?: { homePage: string; name: string } | undefined;
}): AgentIfi {
  if (agent.mbox) return `mbox:${agent.mbox}`;
  if (agent.mbox_sha1sum) return `mbox_sha1sum:${agent.mbox_sha1sum.toLowerCase()}`;
  if (agent.openid) return `openid:${agent.openid}`;
  if (agent.account) return `account:${agent.account.homePage}|${agent.account.name}`;
  throw new Error('agentIfi: an Agent without an identifier');
}

export const xapiStatementsQuery = z
  .object({
    statementId: z.uuid().optional().describe('One statement by its id; no other filter with it'),
    since: isoTime.optional().describe('Only statements stored after this time (exclusive)'),
    until: isoTime.optional().describe('Only statements stored at or before this time'),
    verb: z.url().optional().describe("Only statements with this verb's IRI"),
    agent: agentParam
      .optional()
      .describe(
        'A JSON Agent ({"mbox":"mailto:…"} or {"account":{…}}): only statements it is the actor of',
      ),
    limit: z.coerce
      .number()
      .int()
      .min(0)
      .max(LIMIT_MAX)
      .default(LIMIT_DEFAULT)
      .transform((limit) => (limit === 0 ? LIMIT_MAX : limit))
      .describe(`Statements per page; 0 is the server's maximum (${LIMIT_MAX})`),
    ascending: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true')
      .describe('Oldest stored first; newest first by default'),
    cursor: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be the cursor of a `more` link')
      .optional()
      .describe('Set by the `more` link; not for clients to build'),
  })
  .refine((q) => !q.statementId || onlyStatementId(q), {
    message: 'statementId takes no other filter',
    path: ['statementId'],
  });

function onlyStatementId(q: Record<string, unknown>): boolean {
  return ['since', 'until', 'verb', 'agent', 'cursor'].every((key) => q[key] === undefined);
}

const languageMap = z.record(z.string(), z.string());

const agentSchema = z.object({
  objectType: z.literal('Agent'),
  name: z.string().optional(),
  mbox: z.string().optional(),
  account: z.object({ homePage: z.string(), name: z.string() }).optional(),
});

export const xapiStatementSchema = z
  .object({
    id: z.uuid(),
    actor: agentSchema,
    verb: z.object({ id: z.string(), display: languageMap }),
    object: z.object({
      objectType: z.literal('Activity'),
      id: z.string(),
      definition: z.object({ name: languageMap, type: z.string() }),
    }),
    result: z
      .object({
        score: z
          .object({
            scaled: z.number(),
            raw: z.number().optional(),
            min: z.number().optional(),
            max: z.number().optional(),
          })
          .optional(),
        success: z.boolean().optional(),
        completion: z.boolean().optional(),
        response: z.string().optional(),
      })
      .optional(),
    context: z.object({
      registration: z.uuid().optional(),
      platform: z.string(),
      contextActivities: z
        .object({
          parent: z.array(z.object({ objectType: z.literal('Activity'), id: z.string() })),
        })
        .optional(),
    }),
    timestamp: z.string(),
    stored: z.string(),
    authority: agentSchema,
    version: z.string(),
  })
  .meta({ id: 'XapiStatement' });

/** A page of statements (§2.4.4 StatementResult); `more` is "" on the last page. */
export const xapiStatementResultSchema = z.object({
  statements: z.array(xapiStatementSchema),
  more: z.string().describe('Relative IRL of the next page; "" when this page is the last'),
});

export const xapiStatementsResponse = z.union([xapiStatementResultSchema, xapiStatementSchema]);

export const xapiAboutSchema = z.object({ version: z.array(z.string()) });
