import { Loader, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { asFound, mergeOptions, searchTerm, type Option } from './search-select.ts';

export type SearchSelectProps = Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'
> & {
  /** Names this picker's searches in the query cache. */
  queryKey: readonly unknown[];
  /** The options matching what was typed ('' for the first ones), as the server finds them. */
  find: (q: string, signal: AbortSignal) => Promise<Option[]>;
  /** Choices that are not found but always offered ("No team"). */
  fixed?: readonly Option[];
  value: string | null;
  /** The chosen option as the record names it, so it shows before any search. */
  initial: Option | null;
  onChange: (value: string | null, option: Option | null) => void;
};

/**
 * A picker over a list too long to hold: what is typed is searched on the server (one request per
 * pause in typing) and the dropdown shows the first matches; the chosen option stays named.
 */
export function SearchSelect({
  queryKey,
  find,
  fixed = [],
  value,
  initial,
  onChange,
  ...props
}: SearchSelectProps) {
  const [picked, setPicked] = useState<Option | null>(initial);
  const [search, setSearch] = useState(initial?.label ?? '');
  // The option shown as chosen: a fixed one ("No team") or the one picked; never only a search's.
  const chosen = mergeOptions(fixed, picked, []).find((o) => o.value === value) ?? null;
  const [q] = useDebouncedValue(searchTerm(search, chosen), 250);
  const found = useQuery({
    queryKey: [...queryKey, 'search', q],
    queryFn: ({ signal }) => find(q, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      {...props}
      searchable
      filter={asFound}
      data={mergeOptions(fixed, picked, found.data ?? [])}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(next, item) => {
        const option = item ? { value: item.value, label: item.label } : null;
        setPicked(option);
        onChange(next, option);
      }}
      rightSection={
        found.isFetching ? <Loader size="xs" role="status" aria-label="Searching" /> : undefined
      }
      error={
        props.error ?? (found.isError ? `Could not search: ${found.error.message}` : undefined)
      }
    />
  );
}
