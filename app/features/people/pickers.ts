import { api, withQuery } from '../../api/client.ts';
import type { Person, Team } from '../../api/types.ts';
import type { Option } from '../../components/search-select.ts';

/** How many matches a picker shows: a few screens of a dropdown; typing more narrows it. */
export const PICKER_SIZE = 20;

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

export type PeopleFilter = {
  /** Roles, separated by commas, as GET /api/people takes them. */
  role?: string;
  active?: boolean;
  /** Never offered (the person being edited, oneself). */
  exclude?: readonly string[];
};

/** The first people matching `q` and the filter, by name for reading (the server pages them by when they were added). */
export async function findPeople(
  q: string,
  filter: PeopleFilter,
  signal: AbortSignal,
  labelOf: (person: Person) => string = (p) => p.name,
): Promise<Option[]> {
  const { people } = await api<{ people: Person[] }>(
    withQuery('/api/people', {
      q,
      role: filter.role,
      active: filter.active === undefined ? undefined : String(filter.active),
      // One more than is shown for each person left out, so they do not shorten the list.
      limit: String(PICKER_SIZE + (filter.exclude?.length ?? 0)),
    }),
    { signal },
  );
  return people
    .filter((p) => !filter.exclude?.includes(p.id))
    .slice(0, PICKER_SIZE)
    .map((p) => ({ value: p.id, label: labelOf(p) }))
    .sort(byLabel);
}

/** The first teams whose name contains `q`, by name. */
export async function findTeams(q: string, signal: AbortSignal): Promise<Option[]> {
  const { teams } = await api<{ teams: Team[] }>(
    withQuery('/api/teams', { q, limit: String(PICKER_SIZE) }),
    { signal },
  );
  return teams.map((t) => ({ value: t.id, label: t.name })).sort(byLabel);
}
