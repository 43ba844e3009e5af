import { ApiError, apiErrorFrom, readCookie } from './client.ts';

/**
 * A multipart upload with progress. `fetch` cannot report how much of a request body has gone,
 * and a file of a million rows takes long enough that a person wants to see it move.
 */
export function apiUpload<T>(
  path: string,
  form: FormData,
  onProgress: (sentFraction: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('accept', 'application/json');
    const csrf = readCookie('leeway_csrf');
    if (csrf) request.setRequestHeader('x-csrf-token', csrf);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body: unknown = parse(request.responseText);
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(apiErrorFrom(request.status, request.statusText, body));
    };
    request.onerror = () =>
      reject(
        new ApiError(0, 'network', 'Could not reach Leeway. Check your connection and try again.'),
      );
    request.send(form);
  });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
