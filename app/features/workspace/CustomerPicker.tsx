import { Badge, Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState, type ReactNode, type Ref } from 'react';

import type { CustomerSummary } from './api-types.ts';
import { FlagBadges } from './FlagBadges.tsx';
import { formatPhone, money } from './format.ts';
import { humanize } from './history.ts';
import { useCustomerSearch } from './use-customers.ts';

type CustomerPickerProps = {
  label: string;
  placeholder?: string;
  description?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
  /** Called with the chosen customer, and with null as soon as the rep edits the text again. */
  onPick: (customer: CustomerSummary | null) => void;
  /** Where focus goes after a pick (the button that acts on it), so a second Enter does the obvious thing. */
  afterPick?: () => void;
};

/** The search as typed, its results once they are for what is typed, and picking one (Enter included). */
function usePickerSearch({ onPick, afterPick }: Pick<CustomerPickerProps, 'onPick' | 'afterPick'>) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 200);
  const results = useCustomerSearch(q);
  const customers = q.length >= 2 ? (results.data ?? []) : [];
  // Enter pressed before the results for what is typed arrived: pick when they do, never from older ones.
  const [enterPending, setEnterPending] = useState(false);
  const stale =
    search.trim() !== q ||
    results.isPlaceholderData ||
    (results.isFetching && customers.length === 0);

  // The first match is ready for Enter, as in every search box people know.
  useEffect(() => {
    if (customers.length > 0) combobox.selectFirstOption();
    // Only a new result set moves the highlight; the store itself is a new object every render.
  }, [results.data]);

  const pick = (id: string) => {
    const customer = customers.find((c) => c.id === id);
    if (!customer) return;
    setSearch(customer.name);
    onPick(customer);
    combobox.closeDropdown();
    afterPick?.();
  };

  useEffect(() => {
    if (!enterPending || stale) return;
    setEnterPending(false);
    const first = customers[0];
    if (first) pick(first.id);
  });

  const searching = results.isFetching && q.length >= 2;
  const showDropdown = q.length >= 2 && (customers.length > 0 || !searching);

  return {
    combobox,
    search,
    setSearch,
    q,
    customers,
    stale,
    setEnterPending,
    pick,
    searching,
    showDropdown,
  };
}

/** Type-ahead over customers by name, email, phone digits or reference; arrows and Enter pick. */
export function CustomerPicker(props: CustomerPickerProps) {
  const { label, placeholder, description, inputRef, onPick } = props;
  const picker = usePickerSearch(props);
  const { combobox, search, setSearch, q, customers, stale, setEnterPending, pick } = picker;
  const { searching, showDropdown } = picker;

  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal={false}>
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          label={label}
          description={description}
          placeholder={placeholder}
          type="search"
          autoComplete="off"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setEnterPending(false);
            onPick(null);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onClick={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDownCapture={(event) => {
            if (event.key !== 'Enter' || !stale || search.trim().length < 2) return;
            event.preventDefault();
            event.stopPropagation();
            setEnterPending(true);
          }}
          rightSection={
            searching ? <Loader size={14} role="status" aria-label="Searching customers" /> : null
          }
          style={{ flex: 1, minWidth: 0 }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!showDropdown}>
        <Combobox.Options mah={360} style={{ overflowY: 'auto' }}>
          {customers.length === 0 ? (
            <Combobox.Empty>No customer matches “{q}”.</Combobox.Empty>
          ) : (
            customers.map((customer) => <CustomerOption key={customer.id} customer={customer} />)
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

/** A match: the name, flags and segment, then how the rep would recognise them. */
function CustomerOption({ customer }: { customer: CustomerSummary }) {
  return (
    <Combobox.Option value={customer.id}>
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Text size="sm" fw={600} truncate="end">
          {customer.name}
        </Text>
        <Group gap={4} wrap="nowrap">
          <FlagBadges flags={customer.flags} size="xs" />
          <Badge size="xs" variant="light" color="gray">
            {humanize(customer.segment)}
          </Badge>
        </Group>
      </Group>
      {/* Inherits the option's colour so it stays readable on the highlighted (filled) option. */}
      <Text size="xs" c="inherit" opacity={0.8} truncate="end">
        {[
          customer.externalRef,
          customer.phone ? formatPhone(customer.phone) : null,
          customer.email,
          `${money(customer.lifetimeValue)} lifetime`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Combobox.Option>
  );
}
