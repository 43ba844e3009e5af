import type { Person } from '../../api/types.ts';
import { SearchSelect, type SearchSelectProps } from '../../components/SearchSelect.tsx';
import { findPeople, findTeams, type PeopleFilter } from './pickers.ts';

type PickerProps = Omit<SearchSelectProps, 'queryKey' | 'find'>;

/** A person, searched by name or e-mail on the server, among those the filter allows. */
export function PersonPicker({
  filter,
  labelOf,
  ...props
}: PickerProps & { filter: PeopleFilter; labelOf?: (person: Person) => string }) {
  return (
    <SearchSelect
      nothingFoundMessage="No one by that name"
      {...props}
      queryKey={['people', 'picker', filter]}
      find={(q, signal) => findPeople(q, filter, signal, labelOf)}
    />
  );
}

/** A team, searched by name on the server. */
export function TeamPicker(props: PickerProps) {
  return (
    <SearchSelect
      nothingFoundMessage="No team by that name"
      {...props}
      queryKey={['teams', 'picker']}
      find={findTeams}
    />
  );
}
