import type { LightMyRequestResponse } from 'fastify';

import type { ApiApp } from '../../../http/api-app.ts';
import { CSRF_COOKIE } from '../../../http/auth.ts';
import type { TestClient } from '../../../testing/test-app.ts';

/** POST /api/imports as the browser's FormData sends it: the kind, then the file. */
export function uploadCsv(
  app: ApiApp,
  client: TestClient,
  kind: string,
  csv: string,
  fileName = `${kind}.csv`,
): Promise<LightMyRequestResponse> {
  const boundary = '----leeway-test-boundary';
  const body = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="kind"',
    '',
    kind,
    `--${boundary}`,
    `Content-Disposition: form-data; name="file"; filename="${fileName}"`,
    'Content-Type: text/csv',
    '',
    csv,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  const cookies = client.sessionCookies;
  return app.inject({
    method: 'POST',
    url: '/api/imports',
    payload: body,
    cookies,
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'x-csrf-token': cookies[CSRF_COOKIE] ?? '',
    },
  });
}
