/**
 * The first-run setup page with its token. The token rides in the fragment, which browsers never
 * send, so it stays out of access logs and Referers; the origin is where the operator reaches this
 * deployment (PUBLIC_URL behind a proxy), not necessarily where this process listens.
 */
export function setupLink(origin: string, token: string): string {
  return `${origin}/setup#token=${token}`;
}
