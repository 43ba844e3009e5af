import type { ApiErrorBody, ErrorCode } from './types.ts';

/** The server's error codes, and the two the client gives when no error body came back. */
export type ApiErrorCode = ErrorCode | 'http_error' | 'network';

/** A failed API call, carrying the server's own code and message so pages can show them as sent. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly field: string | undefined;
  /** The record a conflict names, for the page to offer instead. */
  readonly existing: { id: string; name?: string } | undefined;

  constructor(
    status: number,
    code: ApiErrorCode,
    message: string,
    field?: string,
    existing?: { id: string; name?: string },
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.existing = existing;
  }
}

export const isUnauthenticated = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 401;

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type RequestOptions = { method?: Method; body?: unknown; signal?: AbortSignal };

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** `/api/people` + `{ q: 'ada', role: '' }` → `/api/people?q=ada`; empty values mean "no filter". */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error: unknown = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  return apiErrorFrom(response.status, response.statusText, body);
}

/** The error a response's status and (parsed) body stand for, whoever fetched it. */
export function apiErrorFrom(status: number, statusText: string, body: unknown): ApiError {
  if (isErrorBody(body))
    return new ApiError(
      status,
      body.error.code,
      body.error.message,
      body.error.field,
      body.error.existing,
    );
  // A proxy or a crashed server answers without our error body; say what we know.
  return new ApiError(status, 'http_error', `The server answered ${status} ${statusText}`.trim());
}

/**
 * The one place the app talks to the API. The result type is the caller's promise about the
 * route's schema; the server validates its responses against that schema, so it holds.
 */
export async function api<T>(
  path: string,
  { method = 'GET', body, signal }: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  // The server refuses cookie-authenticated writes without this echo of the CSRF cookie.
  const csrf = method === 'GET' ? undefined : readCookie('leeway_csrf');
  if (csrf) headers['x-csrf-token'] = csrf;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(
      0,
      'network',
      'Could not reach Leeway. Check your connection and try again.',
    );
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** For the few endpoints that answer with text rather than JSON (the policy's Cedar export). */
export async function apiText(
  path: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { accept: 'text/plain' },
      credentials: 'same-origin',
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(
      0,
      'network',
      'Could not reach Leeway. Check your connection and try again.',
    );
  }
  if (!response.ok) throw await toApiError(response);
  return response.text();
}
