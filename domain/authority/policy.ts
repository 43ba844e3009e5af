import { z } from 'zod';

/**
 * The authority policy document: what each level may decide for each resolution type. Drafts are
 * edited; a published version is immutable and every decision records the version it was made under.
 */
const key = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be lower_snake_case, starting with a letter');
// The range before `int()`, which calls a number past 2^53 "not whole" when its size is what is wrong.
const minor = z
  .number()
  .min(0, 'must not be negative')
  .max(1e13, 'must be at most 10000000000000 minor units')
  .int('must be a whole number of minor units');

export const resolutionTypeSchema = z.object({
  key,
  label: z.string().trim().min(1).max(80),
  /** Markdown shown to the rep beside the amount field. */
  guidelines: z.string().max(8000).default(''),
  reasonRequired: z.boolean().default(false),
  /** An amount the rep chooses, or a fixed cost (a bouquet, a fee that is waived in full). */
  cost: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('amount') }),
      z.object({ kind: z.literal('fixed'), amountMinor: minor }),
    ])
    .default({ kind: 'amount' }),
  /** The rolling window, in days, over which a customer's resolutions of this type add up. */
  customerWindowDays: z.number().min(1).max(366).int().default(30),
});

export const valueScalingSchema = z.object({
  /** Added to the per-incident limit: this share of the customer's lifetime value, in basis points (100 = 1%). */
  lifetimeValueBasisPoints: z.number().min(0).max(10_000).int().default(0),
  /** Added to the per-incident limit for customers of these segments. */
  segmentBonusMinor: z.record(z.string().min(1), minor).default({}),
  /** The scaled per-incident limit never exceeds this (the Ritz-Carlton's $2,000). */
  maxMinor: minor,
});

/**
 * "With certification X, these limits apply instead": the rule's figures for a person who holds X.
 * Validation keeps every figure at or above the rule's own, so a certificate never leaves anyone worse off.
 */
export const certifiedTierSchema = z.object({
  certification: key,
  perIncidentMinor: minor,
  perCustomerMinor: minor.optional(),
  perDayMinor: minor.optional(),
  perMonthMinor: minor.optional(),
  valueScaling: valueScalingSchema.optional(),
});

export const limitRuleSchema = z.object({
  level: key,
  type: key,
  /** Set to refuse this type to this level entirely. */
  barred: z.boolean().default(false),
  perIncidentMinor: minor.default(0),
  /** Total for one customer over the type's window, whoever granted it. */
  perCustomerMinor: minor.optional(),
  /** The person's own budget per calendar day and month, in the organization's time zone. */
  perDayMinor: minor.optional(),
  perMonthMinor: minor.optional(),
  valueScaling: valueScalingSchema.optional(),
  /** A certification the person must hold to use this rule (issued by the training module). */
  requiredCertification: z.string().min(1).max(80).optional(),
  certified: certifiedTierSchema.optional(),
});

export const contactLimitSchema = z.object({
  level: key,
  /** Total across every type within one contact. */
  totalPerContactMinor: minor,
});

export const conditionCheckSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('max_order_age_days'), days: z.number().min(0).max(3650).int() }),
  z.object({ kind: z.literal('customer_flag_absent'), flag: z.string().min(1).max(60) }),
]);

export const conditionSchema = z.object({
  id: key,
  description: z.string().trim().min(1).max(300),
  /** Resolution types the condition applies to; empty means all. */
  types: z.array(key).default([]),
  check: conditionCheckSchema,
  /** What failing it means: someone at `level` or above must decide, or nobody may. */
  whenFails: z.discriminatedUnion('outcome', [
    z.object({ outcome: z.literal('needs_approval'), level: key }),
    z.object({ outcome: z.literal('not_allowed') }),
  ]),
});

export const overrideSchema = z.object({
  id: key,
  personId: z.string().min(1),
  /** Shown in lists; the person's name at the time the override was written. */
  personName: z.string().max(200).default(''),
  type: key,
  /** Replaces the per-incident limit (value scaling does not apply on top of it). */
  perIncidentMinor: minor.optional(),
  perCustomerMinor: minor.optional(),
  perDayMinor: minor.optional(),
  perMonthMinor: minor.optional(),
  startsAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
  note: z.string().max(500).default(''),
});

export const policyDocumentSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'),
  /** When true, validation refuses a level whose limits are below the level beneath it. */
  levelsNest: z.boolean().default(true),
  /** Lowest first: the order is the authority rank. */
  levels: z
    .array(z.object({ key, name: z.string().trim().min(1).max(60) }))
    .min(1)
    .max(50),
  resolutionTypes: z.array(resolutionTypeSchema).min(1).max(100),
  /** One rule per level × type; a pair with no rule is barred. */
  rules: z.array(limitRuleSchema).max(5000),
  contactLimits: z.array(contactLimitSchema).default([]),
  conditions: z.array(conditionSchema).default([]),
  overrides: z.array(overrideSchema).default([]),
});

export type PolicyDocument = z.infer<typeof policyDocumentSchema>;
export type PolicyDocumentInput = z.input<typeof policyDocumentSchema>;
export type ResolutionType = z.infer<typeof resolutionTypeSchema>;
export type LimitRule = z.infer<typeof limitRuleSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Override = z.infer<typeof overrideSchema>;
export type CertifiedTier = z.infer<typeof certifiedTierSchema>;
export type ValueScaling = z.infer<typeof valueScalingSchema>;

/** A policy document as the engine uses it: parsed, validated and stamped with its version. */
export type AuthorityPolicy = PolicyDocument & { version: number };
