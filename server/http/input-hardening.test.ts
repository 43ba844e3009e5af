import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createAssignmentRecord } from '../modules/assignments/assignments-testing.ts';
import { createTrainingRecords } from '../modules/training/training-testing.ts';
import { fixturePolicy } from '../testing/fixture-policy.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../testing/test-app.ts';
import { CSRF_COOKIE } from './auth.ts';

/**
 * Text PostgreSQL cannot store (U+0000, half of a UTF-16 surrogate pair) and numbers past what a
 * column or a JSON number holds, sent to every endpoint the app registers: each answers 400 naming
 * the field, never 500. Routes and their fields come from the OpenAPI document, which is generated
 * from the same zod schemas that validate, so a new endpoint or field is covered the day it is added.
 */
const NUL = 'before\u0000after';
const HIGH_ALONE = 'before\ud800after';
const LOW_ALONE = 'before\udc00';
const hostile = { NUL, 'a lone high surrogate': HIGH_ALONE, 'a lone low surrogate': LOW_ALONE };
const textMessage = /must not contain a NUL character or an unpaired surrogate/;

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
};
type Operation = {
  parameters?: Array<{ in: string; name: string; required?: boolean; schema?: JsonSchema }>;
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};
type OpenApi = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

/** Every path to a string (or, with `kind: 'integer'`, an integer) in a JSON schema; array items as index 0. */
function fieldsOf(
  doc: OpenApi,
  schema: JsonSchema | undefined,
  kind: 'string' | 'integer',
  path: string[] = [],
  seen = new Set<string>(),
): string[][] {
  if (!schema) return [];
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return [];
    const name = schema.$ref.split('/').at(-1)!;
    return fieldsOf(
      doc,
      doc.components?.schemas?.[name],
      kind,
      path,
      new Set([...seen, schema.$ref]),
    );
  }
  const found: string[][] = [];
  const types = [schema.type].flat();
  if (types.includes(kind)) found.push(path);
  for (const [name, property] of Object.entries(schema.properties ?? {}))
    found.push(...fieldsOf(doc, property, kind, [...path, name], seen));
  if (schema.items) found.push(...fieldsOf(doc, schema.items, kind, [...path, '0'], seen));
  for (const alternative of [
    ...(schema.anyOf ?? []),
    ...(schema.oneOf ?? []),
    ...(schema.allOf ?? []),
  ])
    found.push(...fieldsOf(doc, alternative, kind, path, seen));
  return found.filter((p, i) => found.findIndex((q) => q.join('.') === p.join('.')) === i);
}

/**
 * The query's other required parameters with a plain value (`q=a`), so a probe of one parameter is
 * refused for that parameter and not for a missing neighbour.
 */
function requiredNeighbours(operation: Operation, probed: string): string {
  return (operation.parameters ?? [])
    .filter((p) => p.in === 'query' && p.required && p.name !== probed)
    .map((p) => `&${p.name}=${[p.schema?.type].flat().includes('integer') ? '1' : 'a'}`)
    .join('');
}

/** A copy of `body` with `value` at `path`, creating objects and arrays on the way. */
function withValue(
  body: Record<string, unknown>,
  path: string[],
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(body);
  let at: Record<string, unknown> = copy;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      at[key] = value;
      return;
    }
    const next = at[key];
    // A container of the kind the next key needs: a union of an array and an object probes each.
    const wantsArray = /^\d+$/.test(path[i + 1]!);
    at[key] =
      next && typeof next === 'object' && Array.isArray(next) === wantsArray
        ? next
        : wantsArray
          ? []
          : {};
    at = at[key] as Record<string, unknown>;
  });
  return copy;
}

/** A course question whose every field is there, so each walk reaches the one it probes. */
const probeSituationQuestion = {
  kind: 'situation',
  prompt: 'What now?',
  situation: {
    customer: { segment: 'standard', lifetimeValueMinor: 0, currency: 'USD', flags: [] },
    orderAgeDays: 1,
    prior: { customerWindowMinor: 0, contactTotalMinor: 0 },
    says: 'Refund me',
    asks: { type: 'refund', amountMinor: 1 },
    types: ['refund'],
  },
};

describe('input the database cannot hold', () => {
  let t: TestApp;
  let home: FixtureOrganization;
  let admin: TestClient;
  let doc: OpenApi;
  let contactId: string;
  let approvalId: string;
  let resolutionId: string;
  let tokenId: string;
  let articleId: string;
  let flagId: string;
  let practiceId: string;
  let training: Awaited<ReturnType<typeof createTrainingRecords>>;
  let assignmentId: string;
  let validBodies: Record<string, Record<string, unknown>>;

  beforeAll(async () => {
    t = await createTestApp();
    home = await createFixtureOrganization(t.ctx.db, 'home');
    admin = await signIn(t.app, home.people.admin.email);
    const agent = await signIn(t.app, home.people.agent.email);
    contactId = (
      await agent.post('/api/contacts', { customerId: home.customerId, channel: 'call' })
    ).json().contact.id;
    const pending = await agent.post(`/api/contacts/${contactId}/resolutions`, {
      type: 'refund',
      amount: 150_00,
      currency: 'USD',
      reason: 'damaged',
      idempotencyKey: 'hardening-pending-1',
    });
    resolutionId = pending.json().resolution.id;
    approvalId = pending.json().resolution.approval.id;
    tokenId = (await admin.post('/api/tokens', { name: 'probe' })).json().token.id;
    articleId = (
      await admin.post('/api/knowledge/articles', {
        title: 'Missing delivery',
        problem: 'never arrived',
        resolution: 'reship',
        visibility: 'internal',
        state: 'validated',
      })
    ).json().article.id;
    flagId = (
      await agent.post(`/api/knowledge/articles/${articleId}/flags`, { comment: 'out of date' })
    ).json().flag.id;
    practiceId = (await admin.get('/api/training/practice')).json().situation.id;
    training = await createTrainingRecords(t.ctx.db, home.id, home.people.admin.id);
    assignmentId = (await createAssignmentRecord(t.ctx.db, home.id, home.people.agent.id))
      .assignmentId;
    doc = t.app.swagger() as unknown as OpenApi;
    // Bodies that pass validation, so on the code before the fix a poisoned field reached the database.
    validBodies = {
      'POST /api/auth/login': { email: home.people.agent.email, password: 'not the password' },
      'PATCH /api/organization': { name: 'Org home', vision: 'Fix it on the spot' },
      'POST /api/people': {
        email: 'new.person@home.test',
        name: 'New Person',
        role: 'agent',
        extension: '201',
      },
      'PATCH /api/people/{id}': { name: 'Renamed' },
      'POST /api/customers': { name: 'New Customer', phone: '+13125550111' },
      'POST /api/tokens': { name: 'integration' },
      'POST /api/training/catalogue': { key: 'probe', title: 'Probe', validityMonths: 1 },
      'POST /api/training/courses': {
        title: 'Probe',
        passMark: 50,
        questionsPerAttempt: 1,
        questions: [probeSituationQuestion],
      },
      'PUT /api/training/courses/{id}': {
        title: 'Probe',
        passMark: 50,
        questionsPerAttempt: 1,
        questions: [probeSituationQuestion],
      },
      'POST /api/training/certifications': {
        personId: home.people.agent.id,
        certificationKey: 'walk_cert',
        note: 'probe',
      },
      'POST /api/training/certifications/{id}/revoke': { reason: 'probe' },
      // A situation's answer, so each integer walk reaches its own branch of the union.
      'POST /api/training/attempts/{id}/answers': {
        questionId: training.questionId,
        answer: { type: 'refund', amount: 1, currency: 'USD', decision: 'grant' },
      },
      'POST /api/training/practice/{id}/answer': {
        type: 'refund',
        amount: 10_00,
        currency: 'USD',
        decision: 'grant',
      },
      'POST /api/training/practice/situations': { resolutionId },
      'POST /api/training/assignments': {
        courseId: training.courseId,
        personIds: [home.people.agent.id],
        dueAt: '2099-01-01T00:00:00Z',
      },
      'POST /api/authority/check': {
        customerId: home.customerId,
        type: 'refund',
        amount: 10_00,
        currency: 'USD',
      },
      'PUT /api/authority/policy/draft': { document: fixturePolicy },
      'POST /api/authority/policy/publish': { note: 'a change' },
      'POST /api/contacts': { customerId: home.customerId, channel: 'call' },
      'PATCH /api/contacts/{id}': { notes: 'called back', reason: 'late delivery' },
      'POST /api/contacts/{id}/resolutions': {
        type: 'refund',
        amount: 10_00,
        currency: 'USD',
        reason: 'late',
        idempotencyKey: 'hardening-probe-1',
      },
      'POST /api/approvals/{id}/approve': { note: 'fine' },
      'POST /api/approvals/{id}/deny': { note: 'no' },
      'PUT /api/me/availability': { available: false },
      'POST /api/knowledge/articles': {
        title: 'Lost parcel',
        problem: 'where is it',
        resolution: 'track it',
        visibility: 'internal',
      },
      'PATCH /api/knowledge/articles/{id}': { title: 'Lost parcel', expectedVersion: 1 },
      'POST /api/knowledge/articles/{id}/state': { state: 'archived' },
      'POST /api/knowledge/articles/{id}/flags': { comment: 'wrong' },
      'POST /api/knowledge/flags/{id}/resolve': { note: 'fixed' },
      'POST /api/contacts/{id}/articles': { articleId: '00000000-0000-4000-8000-000000000000' },
      'PUT /api/people/{id}/knowledge-licence': { licence: 'candidate' },
      'PUT /api/knowledge/standard': { criteria: [{ label: 'Unique', description: 'once' }] },
      'POST /api/knowledge/articles/{id}/reviews': { met: [], comment: 'fine' },
      'POST /api/cti/events': {
        type: 'call.ringing',
        callId: 'call-1',
        from: '+13125550199',
        agent: home.people.agent.email,
      },
    };
  });
  afterAll(() => t.close());

  /** The path with a record of the caller's own organization for its {id}. */
  function urlOf(path: string): string {
    const ids: Array<[RegExp, string]> = [
      [/^\/api\/people\//, home.people.agent.id],
      [/^\/api\/teams\//, home.teamId],
      [/^\/api\/customers\//, home.customerId],
      [/^\/api\/tokens\//, tokenId],
      [/^\/api\/contacts\//, contactId],
      [/^\/api\/resolutions\//, resolutionId],
      [/^\/api\/approvals\//, approvalId],
      [/^\/api\/knowledge\/articles\//, articleId],
      [/^\/api\/knowledge\/flags\//, flagId],
      [/^\/api\/training\/courses\//, training.courseId],
      [/^\/api\/training\/attempts\//, training.attemptId],
      [/^\/api\/training\/certifications\//, training.certificationId],
      [/^\/api\/training\/practice\//, practiceId],
      [/^\/api\/training\/assignments\//, assignmentId],
    ];
    if (!path.includes('{id}')) return path;
    const match = ids.find(([pattern]) => pattern.test(path));
    if (!match) throw new Error(`No record known for ${path}: add one to urlOf`);
    return path.replace('{id}', match[1]);
  }

  function operations(): Array<{ method: string; path: string; operation: Operation }> {
    return Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/'))
      .flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, operation]) => ({
          method: method.toUpperCase(),
          path,
          operation,
        })),
      );
  }

  it('refuses NUL and unpaired surrogates in every string of every write body, naming the field', async () => {
    const writes = operations().filter((o) => o.method !== 'GET' && o.operation.requestBody);
    expect(writes.length).toBeGreaterThan(10);
    const failures: string[] = [];
    let checked = 0;
    for (const { method, path, operation } of writes) {
      const fields = fieldsOf(
        doc,
        operation.requestBody?.content?.['application/json']?.schema,
        'string',
      );
      for (const field of fields) {
        for (const [what, value] of Object.entries(hostile)) {
          const body = withValue(validBodies[`${method} ${path}`] ?? {}, field, value);
          const response = await admin.request(method as 'POST', urlOf(path), body);
          const error = response.json().error ?? {};
          checked++;
          if (
            response.statusCode !== 400 ||
            error.field !== field.join('.') ||
            !textMessage.test(error.message)
          ) {
            failures.push(
              `${method} ${path} ${field.join('.')} with ${what}: ${response.statusCode} ${response.body.slice(0, 200)}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('refuses them in free-form documents too: a value or a key anywhere in a policy draft', async () => {
    const conditions = [
      {
        id: 'old_orders',
        description: `Orders older than 90 days${NUL}`,
        check: { kind: 'max_order_age_days', days: 90 },
        whenFails: { outcome: 'not_allowed' },
      },
    ];
    const inValue = await admin.put('/api/authority/policy/draft', {
      document: { ...fixturePolicy, conditions },
    });
    expect(inValue.statusCode, inValue.body).toBe(400);
    expect(inValue.json().error).toMatchObject({
      code: 'validation_failed',
      field: 'document.conditions.0.description',
      message: expect.stringMatching(textMessage),
    });

    const inKey = await admin.put('/api/authority/policy/draft', {
      document: { ...fixturePolicy, [`extra${HIGH_ALONE}`]: 1 },
    });
    expect(inKey.statusCode, inKey.body).toBe(400);
    expect(inKey.json().error.field).toBe(`document.extra${HIGH_ALONE}`);
    expect((await admin.get('/api/authority/policy/draft')).json().draft).toBeNull();
  });

  it('refuses NUL in every string of every query, naming the parameter', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const { method, path, operation } of operations()) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in !== 'query' || !fieldsOf(doc, parameter.schema, 'string').length) continue;
        const response = await admin.request(
          method as 'GET',
          `${urlOf(path)}?${parameter.name}=${encodeURIComponent(NUL)}${requiredNeighbours(operation, parameter.name)}`,
        );
        checked++;
        if (response.statusCode !== 400 || response.json().error.field !== parameter.name)
          failures.push(
            `${method} ${path}?${parameter.name}: ${response.statusCode} ${response.body.slice(0, 200)}`,
          );
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });

  it('refuses integers past what their column holds in every query, naming the parameter', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const { method, path, operation } of operations()) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in !== 'query' || !fieldsOf(doc, parameter.schema, 'integer').length)
          continue;
        for (const value of ['2147483648', '9007199254740991', '9007199254740993', '1e400']) {
          const response = await admin.request(
            method as 'GET',
            `${urlOf(path)}?${parameter.name}=${value}${requiredNeighbours(operation, parameter.name)}`,
          );
          checked++;
          if (response.statusCode !== 400 || response.json().error.field !== parameter.name)
            failures.push(
              `${method} ${path}?${parameter.name}=${value}: ${response.statusCode} ${response.body.slice(0, 200)}`,
            );
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });

  it('answers GET /api/authority/policy?version=9007199254740991 with 400 naming version', async () => {
    const response = await admin.get('/api/authority/policy?version=9007199254740991');
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'validation_failed',
      field: 'version',
      message: 'version: must be at most 2147483647',
    });
    expect((await admin.get('/api/authority/policy?version=1')).statusCode).toBe(200);
  });

  it('says an amount of 2^53+1 is too large, not that it is not a whole number, in every body that takes an integer', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const { method, path, operation } of operations().filter((o) => o.operation.requestBody)) {
      for (const field of fieldsOf(
        doc,
        operation.requestBody?.content?.['application/json']?.schema,
        'integer',
      )) {
        // 2^53+1 is not a JavaScript number: the JSON text carries it, and parsing rounds it to 2^53.
        // A placeholder string marks the field, so an item of an array (`correct.0`) is reached too.
        const body = withValue(validBodies[`${method} ${path}`] ?? {}, field, '<2^53+1>');
        const payload = JSON.stringify(body).replace('"<2^53+1>"', '9007199254740993');
        const response = await t.app.inject({
          method: method as 'POST',
          url: urlOf(path),
          payload,
          headers: {
            'content-type': 'application/json',
            'x-csrf-token': admin.sessionCookies[CSRF_COOKIE]!,
          },
          cookies: admin.sessionCookies,
        });
        checked++;
        const error = response.json().error ?? {};
        if (
          response.statusCode !== 400 ||
          error.field !== field.join('.') ||
          !/must be at most/.test(error.message)
        )
          failures.push(
            `${method} ${path} ${field.join('.')}: ${response.statusCode} ${response.body.slice(0, 200)}`,
          );
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('keeps the attacks from the finding out of the database: reason, notes, names, e-mail and idempotency key', async () => {
    const agent = await signIn(t.app, home.people.agent.email);
    const attempts: Array<
      [string, () => Promise<{ statusCode: number; json(): { error: { field: string } } }>]
    > = [
      [
        'reason',
        () =>
          agent.post(`/api/contacts/${contactId}/resolutions`, {
            type: 'refund',
            amount: 10_00,
            currency: 'USD',
            reason: NUL,
            idempotencyKey: 'finding-10-reason',
          }),
      ],
      [
        'idempotencyKey',
        () =>
          agent.post(`/api/contacts/${contactId}/resolutions`, {
            type: 'refund',
            amount: 10_00,
            currency: 'USD',
            reason: 'late',
            idempotencyKey: `finding-10-${HIGH_ALONE}`,
          }),
      ],
      ['notes', () => agent.patch(`/api/contacts/${contactId}`, { notes: NUL })],
      ['name', () => admin.post('/api/customers', { name: `Aleksander ${LOW_ALONE}` })],
      ['name', () => admin.patch(`/api/people/${home.people.agent2.id}`, { name: NUL })],
      [
        'email',
        () =>
          admin.post('/api/people', {
            email: `x${HIGH_ALONE}@home.test`,
            name: 'X',
            role: 'agent',
          }),
      ],
      [
        'email',
        () =>
          agent.post('/api/auth/login', { email: `agent${NUL}@home.test`, password: 'whatever' }),
      ],
    ];
    for (const [field, attempt] of attempts) {
      const response = await attempt();
      expect(response.statusCode, field).toBe(400);
      expect(response.json().error.field).toBe(field);
    }
    const { contact, resolutions } = (await agent.get(`/api/contacts/${contactId}`)).json();
    expect(contact.notes ?? '').not.toContain('before');
    expect(resolutions).toHaveLength(1);
  });
});
