import type { ComboboxItem, OptionsFilter } from '@mantine/core';

export type Option = { value: string; label: string };

/**
 * What to ask the server for. A search box showing the chosen option's own label has not been
 * typed in (it opened, or a choice was made): offer the first options, not only that one.
 */
export function searchTerm(search: string, chosen: Option | null): string {
  const term = search.trim();
  return chosen && term === chosen.label.trim() ? '' : term;
}

/**
 * The fixed choices ("No manager") first, then the chosen option, whatever the last search found,
 * then what this one found, each value once: the chosen one stays choosable and named even when a
 * search does not find it.
 */
export function mergeOptions(
  fixed: readonly Option[],
  picked: Option | null,
  found: readonly Option[],
): Option[] {
  const seen = new Set<string>();
  const options: Option[] = [];
  for (const option of [...fixed, ...(picked ? [picked] : []), ...found]) {
    if (seen.has(option.value)) continue;
    seen.add(option.value);
    options.push(option);
  }
  return options;
}

/** The server has searched already: show what it found as it is. */
export const asFound: OptionsFilter = ({ options }) => options as ComboboxItem[];
