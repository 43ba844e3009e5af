import { cedarComment, cedarString as str } from './cedar-text.ts';
import type { CompiledPolicy, CompiledRule } from './compile.ts';
import type { AuthorityRequest, Usage } from './decide.ts';
import type { Override } from './policy.ts';

/**
 * "Export as Cedar": the policy as Cedar text, for teams that keep authorization in Cedar. A request
 * is allowed (action Leeway::Action::"resolve") exactly when our engine says "within authority"; the
 * differential test holds us to that on generated requests. Every fact the engine reads travels in
 * the request's context, so the Cedar policy carries all the limits and the logic.
 */
export const cedarAction = { type: 'Leeway::Action', id: 'resolve' } as const;

const ms = (iso: string) => Date.parse(iso);

/** Cedar's `amount <= min(cap, base + floor(ltv × bp / 10 000) + bonus)`, in integer arithmetic. */
function incidentCheck(rule: CompiledRule): string {
  if (
    rule.scalingMax === rule.perIncident &&
    rule.scalingBasisPoints === 0 &&
    rule.segmentBonus === null
  )
    return `context.amount <= ${rule.perIncident}`;
  const bonus = rule.segmentBonus
    ? Object.entries(rule.segmentBonus).reduceRight(
        (acc, [segment, minor]) =>
          `if context.segment == ${str(segment)} then ${minor} else ${acc}`,
        '0',
      )
    : '0';
  return `context.amount <= ${rule.scalingMax} && (context.amount - ${rule.perIncident} - (${bonus})) * 10000 <= context.lifetimeValue * ${rule.scalingBasisPoints}`;
}

function budgetChecks(
  perCustomer: number,
  perDay: number,
  perMonth: number,
  contact: number,
): string[] {
  const checks: string[] = [];
  if (Number.isFinite(perCustomer))
    checks.push(`context.amount + context.customerUsed <= ${perCustomer}`);
  if (Number.isFinite(perDay)) checks.push(`context.amount + context.personDayUsed <= ${perDay}`);
  if (Number.isFinite(perMonth))
    checks.push(`context.amount + context.personMonthUsed <= ${perMonth}`);
  if (Number.isFinite(contact)) checks.push(`context.amount + context.contactUsed <= ${contact}`);
  return checks;
}

function overrideWindow(o: Override): string {
  return `principal == Leeway::Person::${str(o.personId)} && context.now >= ${ms(o.startsAt)} && context.now < ${ms(o.expiresAt)}`;
}

export function policyToCedar(cp: CompiledPolicy): string {
  const out: string[] = [
    `// Leeway authority policy, version ${cp.version}, currency ${cedarComment(cp.currency)}.`,
    '// Allowed means "within the person\'s own authority"; anything else needs approval or is not allowed.',
    '// The request context carries: level, type, amount, currency, certifications, lifetimeValue, segment,',
    '// flags, linkedToPerson, hasOrder, orderAgeDays, now (epoch ms), and the amounts already used:',
    "// personDayUsed, personMonthUsed, customerUsed (over the type's window) and contactUsed.",
    '',
  ];
  const nTypes = cp.types.length;
  const overridesByType = new Map<number, Override[]>();
  for (const list of cp.overridesByPerson.values())
    for (const o of list)
      overridesByType.set(o.typeIndex, [...(overridesByType.get(o.typeIndex) ?? []), o.override]);

  cp.levels.forEach((level, li) => {
    cp.types.forEach((type, ti) => {
      const levelRule = cp.rules[li * nTypes + ti];
      if (!levelRule) return;
      const overrides = overridesByType.get(ti) ?? [];
      // A certified tier is a second permit for holders: validation keeps it at or above the rule,
      // so "the rule's checks, or the tier's with the certificate" is exactly the tier for a holder.
      const tiers = levelRule.certified
        ? [
            { rule: levelRule, suffix: '' },
            { rule: levelRule.certified.rule, suffix: '.certified' },
          ]
        : [{ rule: levelRule, suffix: '' }];
      for (const { rule, suffix } of tiers) {
        const checks = [
          `context.level == ${str(level.key)}`,
          `context.type == ${str(type.key)}`,
          incidentCheck(rule),
          ...budgetChecks(rule.perCustomer, rule.perDay, rule.perMonth, cp.contactLimit[li]!),
        ];
        if (rule.certification)
          checks.push(`context.certifications.contains(${str(rule.certification)})`);
        if (suffix)
          checks.push(
            `context.certifications.contains(${str(levelRule.certified!.certification)})`,
          );
        out.push(
          `@id(${str(`${level.key}.${type.key}${suffix}`)})`,
          `permit (principal, action == Leeway::Action::"resolve", resource)`,
          `when { ${checks.join(' && ')} }${overrides.length ? `\nunless { ${overrides.map((o) => `(${overrideWindow(o)})`).join(' || ')} }` : ''};`,
          '',
        );
      }
    });
  });

  for (const list of cp.overridesByPerson.values()) {
    for (const { override: o, typeIndex: ti } of list) {
      cp.levels.forEach((level, li) => {
        const levelRule = cp.rules[li * nTypes + ti] ?? null;
        const tiers = levelRule?.certified
          ? [
              { rule: levelRule, suffix: '' },
              { rule: levelRule.certified.rule, suffix: '.certified' },
            ]
          : [{ rule: levelRule, suffix: '' }];
        for (const { rule, suffix } of tiers) {
          const incident =
            o.perIncidentMinor !== undefined
              ? `context.amount <= ${o.perIncidentMinor}`
              : rule
                ? incidentCheck(rule)
                : 'context.amount <= 0';
          const checks = [
            `context.level == ${str(level.key)}`,
            `context.type == ${str(cp.types[ti]!.key)}`,
            `context.now >= ${ms(o.startsAt)} && context.now < ${ms(o.expiresAt)}`,
            incident,
            ...budgetChecks(
              o.perCustomerMinor ?? rule?.perCustomer ?? Infinity,
              o.perDayMinor ?? rule?.perDay ?? Infinity,
              o.perMonthMinor ?? rule?.perMonth ?? Infinity,
              cp.contactLimit[li]!,
            ),
          ];
          if (rule?.certification)
            checks.push(`context.certifications.contains(${str(rule.certification)})`);
          if (suffix)
            checks.push(
              `context.certifications.contains(${str(levelRule!.certified!.certification)})`,
            );
          out.push(
            `@id(${str(`override.${o.id}.${level.key}${suffix}`)})`,
            `permit (principal == Leeway::Person::${str(o.personId)}, action == Leeway::Action::"resolve", resource)`,
            `when { ${checks.join(' && ')} };`,
            '',
          );
        }
      });
    }
  }

  out.push(
    '@id("hard_rule.currency")',
    `forbid (principal, action, resource) when { context.currency != ${str(cp.currency)} || context.amount < 0 };`,
    '',
    '@id("hard_rule.linked_customer")',
    'forbid (principal, action, resource) when { context.linkedToPerson };',
    '',
  );
  for (const c of cp.policy.conditions) {
    const requiredRank =
      c.whenFails.outcome === 'not_allowed'
        ? Infinity
        : (cp.levelIndex.get(c.whenFails.level) ?? cp.levels.length) + 1;
    const below = cp.levels.filter((l) => l.rank < requiredRank).map((l) => str(l.key));
    if (below.length === 0) continue;
    const failing =
      c.check.kind === 'max_order_age_days'
        ? `context.hasOrder && context.orderAgeDays > ${c.check.days}`
        : `context.flags.contains(${str(c.check.flag)})`;
    const types = c.types.length
      ? ` && [${c.types.map(str).join(', ')}].contains(context.type)`
      : '';
    out.push(
      `// ${cedarComment(c.description)}`,
      `@id(${str(`condition.${c.id}`)})`,
      `forbid (principal, action, resource) when { ${failing}${types} && [${below.join(', ')}].contains(context.level) };`,
      '',
    );
  }
  return out.join('\n');
}

export type CedarRequest = {
  principal: { type: string; id: string };
  action: { type: string; id: string };
  resource: { type: string; id: string };
  context: Record<string, string | number | boolean | string[]>;
};

/** The Cedar request that corresponds to one engine request. */
export function requestToCedar(request: AuthorityRequest, usage: Usage): CedarRequest {
  return {
    principal: { type: 'Leeway::Person', id: request.person.id },
    action: cedarAction,
    resource: { type: 'Leeway::Customer', id: 'customer' },
    context: {
      level: request.person.levelKey ?? '',
      type: request.type,
      amount: request.amountMinor,
      currency: request.currency,
      certifications: [...request.person.certifications],
      lifetimeValue: request.customer.lifetimeValueMinor,
      segment: request.customer.segment,
      flags: [...request.customer.flags],
      linkedToPerson:
        request.customer.linkedPersonId !== null &&
        request.customer.linkedPersonId === request.person.id,
      hasOrder: request.orderAgeDays !== null,
      orderAgeDays: request.orderAgeDays ?? 0,
      now: request.at,
      personDayUsed: usage.personDayMinor,
      personMonthUsed: usage.personMonthMinor,
      customerUsed: usage.customerWindowMinor,
      contactUsed: usage.contactTotalMinor,
    },
  };
}
