/**
 * The page an invitee opens. The token rides in the fragment, which browsers never send to a server,
 * so it stays out of access logs and proxies; the page posts it to accept-invitation.
 */
export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl}/invitation#${token}`;
}
