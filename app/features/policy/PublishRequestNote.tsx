import { Alert } from '@mantine/core';

import { useSession } from '../auth/session.ts';
import { usePerson } from '../people/use-people.ts';
import { formatDateTime } from './dates.ts';
import type { StoredPolicy } from './types.ts';

/** A draft held for a second admin, because publishing it raises its publisher's own authority (four eyes). */
export function PublishRequestNote({
  request,
  timeZone,
}: {
  request: NonNullable<StoredPolicy['publishRequest']>;
  timeZone: string;
}) {
  const { person: me } = useSession();
  const requester = usePerson(request.by === me.id ? null : request.by);
  const when = formatDateTime(request.at, timeZone);
  if (request.by === me.id) {
    return (
      <Alert color="yellow" title="Waiting for a second admin">
        You asked to publish this draft {when} (“{request.note}”). It raises your own authority, so
        another admin must publish it. Editing the draft withdraws the request.
      </Alert>
    );
  }
  const name = requester.data?.name ?? 'Another admin';
  return (
    <Alert color="yellow" title={`${name} asked you to publish this draft`}>
      It raises {name}’s own authority, so it needs a second admin: review the changes, then
      publishing it is your agreement (“{request.note}”, {when}).
    </Alert>
  );
}
