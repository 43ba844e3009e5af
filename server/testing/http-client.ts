/** A small fetch-based client for tests against a real listening server (another process or port). */
export class HttpSession {
  private cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  static async signIn(baseUrl: string, email: string, password: string): Promise<HttpSession> {
    const session = new HttpSession(baseUrl);
    const response = await session.request('POST', '/api/auth/login', { email, password });
    if (response.status !== 200)
      throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
    return session;
  }

  /** The same signed-in browser talking to another instance, as behind a load balancer. */
  onServer(baseUrl: string): HttpSession {
    const twin = new HttpSession(baseUrl);
    twin.cookies = new Map(this.cookies);
    return twin;
  }

  /** The cookie and CSRF headers a request by this session carries (for clients other than fetch). */
  authHeaders(method: string): Record<string, string> {
    const headers: Record<string, string> = {
      cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    };
    const csrf = this.cookies.get('leeway_csrf');
    if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    return headers;
  }

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    const headers = this.authHeaders(method);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair!.split('=');
      this.cookies.set(name!.trim(), value.join('='));
    }
    return response;
  }

  /** Opens a Server-Sent Events stream with the session's cookies. */
  async stream(path: string, signal: AbortSignal): Promise<Response> {
    const headers = {
      cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      accept: 'text/event-stream',
    };
    const response = await fetch(this.baseUrl + path, { headers, signal });
    if (!response.ok || !response.body)
      throw new Error(`stream ${path} failed: ${response.status}`);
    return response;
  }

  async json<T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const response = await this.request(method, path, body);
    return { status: response.status, body: (await response.json()) as T };
  }
}
