/** The page that asks for the new password; the token rides in the fragment, out of every server's logs. */
export function passwordResetLink(publicUrl: string, token: string): string {
  return `${publicUrl}/reset-password#${token}`;
}
