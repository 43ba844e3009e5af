import { useDebouncedValue } from '@mantine/hooks';
import { useRef, useState } from 'react';

import type { SearchResult } from './api-types.ts';
import type { OpenArticle } from './ArticleDrawer.tsx';
import { useContactLinks, useSuggestions } from './use-knowledge.ts';

export type CloseOffer = { result: SearchResult; query: string; close: () => void };

/**
 * The knowledge beside one contact: what the rep searches (the contact's reason to begin with),
 * the suggestions for it, the articles linked, the one open in the side panel, and the close step's
 * single offer of the top suggestion when nothing is linked.
 */
export function useContactKnowledge(contact: { id: string; reason: string }) {
  const [query, setQuery] = useState(contact.reason);
  const [debounced] = useDebouncedValue(query, 250);
  const suggestions = useSuggestions(debounced);
  const links = useContactLinks(contact.id);
  const [open, setOpen] = useState<OpenArticle | null>(null);
  const [offer, setOffer] = useState<CloseOffer | null>(null);
  const offered = useRef(false);

  /** Called by the close button: closes at once, or first offers the top suggestion (once). */
  const confirmClose = (close: () => void) => {
    const top = suggestions.data?.[0];
    const linked = (links.data?.length ?? 0) > 0;
    if (offered.current || !top || linked || !debounced.trim()) return close();
    offered.current = true;
    setOffer({ result: top, query: debounced.trim(), close });
  };

  const reusedIds = new Set(
    (links.data ?? []).filter((l) => l.kind === 'reused').map((l) => l.article.id),
  );
  return {
    contactId: contact.id,
    query,
    setQuery,
    searched: debounced.trim(),
    suggestions,
    links,
    open,
    setOpen,
    reusedIds,
    offer,
    setOffer,
    confirmClose,
  };
}

export type ContactKnowledge = ReturnType<typeof useContactKnowledge>;
