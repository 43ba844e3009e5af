import { randomUUID } from 'node:crypto';

import type { Transaction } from 'kysely';

import type { Database } from '../../db/schema.ts';
import type { XapiResult, XapiStatement } from './statement.ts';
import {
  activityIri,
  xapiActivityTypes,
  xapiVerbs,
  type XapiActivityType,
  type XapiVerb,
} from './verbs.ts';

export type { XapiVerb } from './verbs.ts';
export type { XapiActivityType } from './verbs.ts';

export type RecordStatementOptions = {
  organizationId: string;
  /** The deployment's PUBLIC_URL (ctx.config.publicUrl): activity IRIs and the authority live under it. */
  publicUrl: string;
  actor: { personId: string; name: string; email: string };
  verb: XapiVerb;
  /** `activityId` is Leeway's own id (a course's uuid); the statement carries its IRI. */
  object: { activityId: string; name: string; type: XapiActivityType };
  result?: XapiResult;
  context?: {
    /** The attempt's id: groups every statement of one attempt (xAPI 1.0.3 §2.4.6 registration). */
    registration?: string;
    /** The activity this one is part of: a question's assessment, a lesson's course. */
    parent?: { activityId: string; type: XapiActivityType };
  };
  timestamp: Date;
};

/**
 * Records one learning event as an xAPI 1.0.3 statement, in the caller's transaction, so the
 * statement exists exactly when the event does. Returns the statement as stored and served.
 *
 * The actor is an Agent identified by `mbox` (mailto: the person's email): an LMS matches learners
 * by email, and Leeway's person ids mean nothing to it. `stored` is the event's own timestamp: the
 * statement is written in the event's transaction, so the two moments are one.
 */
export async function recordStatement(
  trx: Transaction<Database>,
  options: RecordStatementOptions,
): Promise<XapiStatement> {
  const { organizationId, publicUrl, actor, verb, object, result, context, timestamp } = options;
  if (result) assertResult(result);
  const at = timestamp.toISOString();
  const statement: XapiStatement = {
    id: randomUUID(),
    actor: { objectType: 'Agent', name: actor.name, mbox: `mailto:${actor.email}` },
    verb: { id: xapiVerbs[verb], display: { 'en-US': verb } },
    object: {
      objectType: 'Activity',
      id: activityIri(publicUrl, object.type, object.activityId),
      definition: { name: { 'en-US': object.name }, type: xapiActivityTypes[object.type] },
    },
    ...(result ? { result } : {}),
    context: {
      ...(context?.registration ? { registration: context.registration } : {}),
      platform: 'Leeway',
      ...(context?.parent
        ? {
            contextActivities: {
              parent: [
                {
                  objectType: 'Activity' as const,
                  id: activityIri(publicUrl, context.parent.type, context.parent.activityId),
                },
              ],
            },
          }
        : {}),
    },
    timestamp: at,
    stored: at,
    // The LRS vouches for what it stores (§2.4.9): this deployment, on the organization's behalf.
    authority: {
      objectType: 'Agent',
      name: 'Leeway',
      account: { homePage: publicUrl, name: organizationId },
    },
    version: '1.0.3',
  };
  await trx
    .insertInto('xapiStatements')
    .values({
      id: statement.id,
      organizationId,
      stored: timestamp,
      timestamp,
      verb: statement.verb.id,
      actorPersonId: actor.personId,
      actorIfi: `mbox:${statement.actor.mbox}`,
      statement: JSON.stringify(statement),
    })
    .execute();
  return statement;
}

/** A result the spec forbids (§2.4.5.1.1) is a caller's bug: fail the event's transaction loudly. */
function assertResult({ score }: XapiResult): void {
  if (!score) return;
  const { scaled, raw, min, max } = score;
  const bad = (why: string) => new Error(`recordStatement: result.score ${why}`);
  if (!Number.isFinite(scaled) || scaled < -1 || scaled > 1) throw bad('scaled must be in [-1, 1]');
  if (min !== undefined && max !== undefined && min >= max) throw bad('min must be below max');
  if (raw !== undefined && min !== undefined && raw < min) throw bad('raw is below min');
  if (raw !== undefined && max !== undefined && raw > max) throw bad('raw is above max');
}
