/**
 * Keys typed into a field are text, not shortcuts; arrows also belong to widgets that move with them
 * (tabs, lists, menus). Letters still work on a focused tab, so j/k work right after a tab click.
 */
export function isOwnKeyTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
    return true;
  if (!key.startsWith('Arrow')) return false;
  return (
    target.closest(
      '[role="tab"], [role="tablist"], [role="listbox"], [role="combobox"], [role="menu"], [role="radiogroup"], [role="slider"]',
    ) !== null
  );
}

/**
 * Where j/k (or the arrows) go from the open request, else from the focused one; with neither, the
 * first step down lands on the first request and the first step up on the last. It stops at the ends.
 */
export function stepIndex(from: number, delta: number, length: number): number {
  if (from < 0) return delta > 0 ? 0 : length - 1;
  return Math.min(length - 1, Math.max(0, from + delta));
}
