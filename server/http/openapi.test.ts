import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { Document, Spectral, type RulesetDefinition } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestApp, type TestApp } from '../testing/test-app.ts';
import type { OpenApiDocument } from './openapi-types.ts';

const require = createRequire(import.meta.url);
const redoclyCli = path.join(
  path.dirname(require.resolve('@redocly/cli/package.json')),
  'bin/cli.js',
);

type RedoclyProblem = {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: Array<{ pointer?: string }>;
};

/**
 * The document a client generator reads, checked by two linters: Spectral's `spectral:oas` ruleset
 * (as a library) and Redocly's `recommended` ruleset (its CLI). Both run offline: the document is a
 * string with internal references only, and Redocly's telemetry and update check are turned off.
 */
describe('the OpenAPI document', () => {
  let t: TestApp;
  let text: string;
  let doc: OpenApiDocument;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp();
    const response = await t.app.inject('/api/openapi.json');
    text = response.body;
    doc = response.json();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-openapi-'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  const operations = () =>
    Object.entries(doc.paths).flatMap(([url, byMethod]) =>
      Object.entries(byMethod).map(([method, operation]) => ({ url, method, operation })),
    );

  it("has no errors by Spectral's spectral:oas ruleset", async () => {
    const spectral = new Spectral();
    // The ruleset is one, but its exported type does not match spectral-core's RulesetDefinition.
    spectral.setRuleset({ extends: [[oas as RulesetDefinition, 'recommended']] });
    const results = await spectral.run(new Document(text, Parsers.Json, 'openapi.json'));
    const errors = results
      .filter((result) => result.severity === 0)
      .map((result) => `${result.code} at ${result.path.join('/')}: ${result.message}`);
    expect(errors).toEqual([]);
  });

  it("has no errors by Redocly's recommended ruleset", async () => {
    const file = path.join(dir, 'openapi.json');
    const config = path.join(dir, 'redocly.yaml');
    fs.writeFileSync(file, text);
    fs.writeFileSync(config, 'extends:\n  - recommended\ntelemetry: off\n');
    // The CLI exits 1 when it finds errors; its JSON report is on stdout either way.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [redoclyCli, 'lint', '--format=json', `--config=${config}`, file],
      {
        cwd: dir,
        env: {
          ...process.env,
          REDOCLY_TELEMETRY: 'off',
          REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
          CI: 'true',
        },
      },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as { problems: RedoclyProblem[] };
    const errors = report.problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer}: ${problem.message}`);
    expect(errors).toEqual([]);
  });

  it('names every operation once, and describes every response', () => {
    const ids = operations().map(({ operation }) => operation.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][a-zA-Z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/api/approvals']!.get!.operationId).toBe('listApprovals');
    expect(doc.paths['/api/approvals/{id}/approve']!.post!.operationId).toBe('approveApproval');
    const defaults = operations().flatMap(({ url, method, operation }) =>
      Object.entries(operation.responses ?? {})
        .filter(
          ([, response]) => !response.description || response.description === 'Default Response',
        )
        .map(([status]) => `${method.toUpperCase()} ${url} ${status}`),
    );
    expect(defaults).toEqual([]);
  });

  it('declares every tag it uses, with a description', () => {
    const declared = new Map(doc.tags?.map((tag) => [tag.name, tag.description]));
    const used = new Set(operations().flatMap(({ operation }) => operation.tags ?? []));
    for (const tag of used) expect(declared.get(tag), tag).toBeTruthy();
  });

  it('types the policy document and the live events', () => {
    const schemas = doc.components!.schemas!;
    expect(Object.keys(schemas.PolicyDocument!.properties as object)).toEqual(
      expect.arrayContaining(['currency', 'levels', 'resolutionTypes', 'rules', 'overrides']),
    );
    const liveEvent = schemas.LiveEvent as { oneOf: unknown[]; discriminator: { mapping: object } };
    expect(liveEvent.oneOf.length).toBeGreaterThan(5);
    expect(liveEvent.discriminator.mapping).toHaveProperty('approval.requested');
  });

  it('declares the event stream and the Cedar text as what they are', () => {
    const events = doc.paths['/api/events']!.get!.responses!['200']!.content!;
    expect(Object.keys(events)).toEqual(['application/json', 'text/event-stream']);
    const cedar = doc.paths['/api/authority/policy/cedar']!.get!.responses!['200']!.content!;
    expect(cedar['text/plain']?.schema).toEqual({ type: 'string' });
    const errors = doc.paths['/api/events']!.get!.responses!['401']!.content!;
    expect(Object.keys(errors)).toEqual(['application/json']);
  });
});
