import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { renderApp } from '../testing/render.tsx';
import { mergeOptions, searchTerm } from './search-select.ts';
import { SearchSelect } from './SearchSelect.tsx';

const ada = { value: 'ada', label: 'Ada Lovelace' };
const grace = { value: 'grace', label: 'Grace Hopper' };
const none = { value: '', label: 'No manager' };

describe('a picker that searches the server', () => {
  it('asks for the first options while the box shows the choice, and for what is typed after', () => {
    expect(searchTerm('Ada Lovelace', ada)).toBe('');
    expect(searchTerm(' gra ', ada)).toBe('gra');
    expect(searchTerm('ada', null)).toBe('ada');
  });

  it('offers the fixed choices, then the chosen one, then what was found, each once', () => {
    expect(mergeOptions([none], ada, [grace, ada])).toEqual([none, ada, grace]);
    expect(mergeOptions([], null, [grace])).toEqual([grace]);
  });

  it('opens on the first options, shows what the server found for what was typed, and hands the choice over named', async () => {
    const find = vi.fn(async (q: string) =>
      [ada, grace].filter((o) => o.label.toLowerCase().includes(q)),
    );
    const onChange = vi.fn();
    renderApp(
      <SearchSelect
        label="Manager"
        queryKey={['test-picker']}
        find={find}
        fixed={[none]}
        initial={null}
        value=""
        onChange={onChange}
      />,
    );
    const box = screen.getByRole('combobox', { name: 'Manager' });
    // The box shows the fixed choice's label: not a search for "No manager".
    await waitFor(() => expect(find).toHaveBeenCalledWith('', expect.anything()));
    expect(find).not.toHaveBeenCalledWith('No manager', expect.anything());
    // Typed, not filled in by autofill: Mantine tells the two apart by focus.
    box.focus();
    fireEvent.click(box);
    fireEvent.change(box, { target: { value: 'grace' } });
    await waitFor(() => expect(find).toHaveBeenLastCalledWith('grace', expect.anything()));
    fireEvent.click(await screen.findByRole('option', { name: 'Grace Hopper' }));
    expect(onChange).toHaveBeenLastCalledWith('grace', grace);
    // Ada was never found by this search: the list is the server's, not a filter of one held here.
    expect(screen.queryByRole('option', { name: 'Ada Lovelace' })).toBeNull();
  });
});
