import { allowed, refuse, type Verdict } from './verdict.ts';

/** A contact as its record-level rules see it. */
export type ContactFacts = { openedBy: string };

/** What a rep may do with a contact. */
export type ContactPolicy = { change: Verdict; close: Verdict; requestResolution: Verdict };

/** A contact is the rep's who has it open: only they change it, close it or ask for resolutions on it. */
export function contactPolicy(actorId: string, contact: ContactFacts): ContactPolicy {
  if (contact.openedBy === actorId)
    return { change: allowed, close: allowed, requestResolution: allowed };
  return {
    change: refuse('forbidden', 'Only the rep handling this contact can change it'),
    close: refuse('forbidden', 'Only the rep handling this contact can close it'),
    requestResolution: refuse(
      'forbidden',
      'Only the rep handling this contact can request resolutions on it',
    ),
  };
}
