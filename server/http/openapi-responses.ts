import type { OpenApiOperation, OpenApiResponse } from './openapi-types.ts';

/** What each status means to a client, in the words of server/errors.ts. */
const statusMeanings: Record<string, string> = {
  '201': 'Created',
  '202': 'Accepted',
  '204': 'No content',
  '400': 'Validation failed: `error.field` names the offending field',
  '401': 'Not signed in: no valid session or API token',
  '403':
    'Forbidden: the role may not do this, or a cookie-authenticated write lacks the CSRF header',
  '404': "Not found in the caller's organization",
  '409':
    'Conflict with the current state (a duplicate, a stale draft, an approval already decided)',
  '415': 'Unsupported media type: the body is not JSON',
  '429': 'Too many attempts: retry after the seconds in Retry-After',
  '500': 'Internal error: the server log has the details',
  '503': 'Unavailable: a dependency (the database, the signing key) cannot be used now',
};

const isJson = (mediaType: string) => /[/+]json\b/.test(mediaType);

/**
 * Real descriptions instead of @fastify/swagger's "Default Response" (a route's own description, from
 * its response schema's `.describe()`, wins), and media types as the server sends them: errors are
 * always the JSON error body, whatever else the route produces; a text or event-stream body is a string.
 */
export function completeResponses(operation: OpenApiOperation): void {
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (response.description === 'Default Response' || !response.description)
      response.description = describeStatus(status, operation.summary);
    if (!response.content) continue;
    if (/^[45]/.test(status)) keepJsonOnly(response);
    else describeTextBodies(response);
  }
}

function describeStatus(status: string, summary: string | undefined): string {
  if (status === '200') return summary ? `OK: ${lowerFirst(summary)}` : 'OK';
  return statusMeanings[status] ?? `HTTP ${status}`;
}

function keepJsonOnly(response: OpenApiResponse): void {
  const content = response.content!;
  const json = Object.keys(content).find(isJson);
  const body = content[json ?? Object.keys(content)[0]!]!;
  response.content = { [json ?? 'application/json']: body };
}

const eventStreamSchema = {
  type: 'string',
  description:
    'Server-Sent Events: frames of `id:`, `event:` and `data:` lines; the operation says what each `data` holds',
};

function describeTextBodies(response: OpenApiResponse): void {
  const content = response.content!;
  for (const [mediaType, media] of Object.entries(content)) {
    if (isJson(mediaType)) continue;
    // A new media object: @fastify/swagger hands every produced type the same one.
    content[mediaType] = {
      ...media,
      schema: mediaType === 'text/event-stream' ? eventStreamSchema : { type: 'string' },
    };
  }
}

function lowerFirst(text: string): string {
  // "API tokens…" keeps its capitals; "One person" does not.
  return /^[A-Z](?![A-Z])/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
