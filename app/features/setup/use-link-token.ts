import { useEffect, useState } from 'react';

/** `#token=…` of the first-run setup link. */
function tokenInFragment(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

/**
 * The setup token the server printed in its link (`/setup#token=…`, a fragment so it never reaches
 * a server's log or a Referer), taken out of the address bar at once so it is neither bookmarked nor
 * shown on a shared screen. Also when the link is pasted into a tab already on the page: that only
 * changes the fragment, and the page is not loaded again.
 */
export function useLinkToken(): string {
  const [token, setToken] = useState(tokenInFragment);
  useEffect(() => {
    const take = () => {
      const found = tokenInFragment();
      if (found) setToken(found);
      const { pathname, search, hash } = window.location;
      if (hash) window.history.replaceState(window.history.state, '', pathname + search);
    };
    take();
    window.addEventListener('hashchange', take);
    return () => window.removeEventListener('hashchange', take);
  }, []);
  return token;
}
