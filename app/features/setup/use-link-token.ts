import { useEffect, useState } from 'react';

/** `#token=…` of the first-run setup link, read once. */
function tokenInFragment(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

/**
 * The setup token the server printed in its link (`/setup#token=…`, a fragment so it never reaches
 * a server's log or a Referer). Taken out of the address bar at once, so it is neither bookmarked
 * nor shown on a shared screen.
 */
export function useLinkToken(): string {
  const [token] = useState(tokenInFragment);
  useEffect(() => {
    const { pathname, search, hash } = window.location;
    if (hash) window.history.replaceState(window.history.state, '', pathname + search);
  }, []);
  return token;
}
