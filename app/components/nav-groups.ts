import type { Session } from '../api/types.ts';
import { canUse } from '../features/auth/can.ts';
import { pageGroups, type AppPage } from '../page-manifest.ts';

export type NavGroup = { key: string; label: string; pages: AppPage[] };

/** The navigation's sections with the pages this visitor may use; a section with none is left out. */
export function navGroups(
  pages: readonly AppPage[],
  session: Pick<Session, 'abilities'>,
): NavGroup[] {
  const visible = pages.filter((page) => canUse(session, page.ability));
  return pageGroups
    .map((group) => ({ ...group, pages: visible.filter((page) => page.group === group.key) }))
    .filter((group) => group.pages.length > 0);
}
