import { Alert, Loader, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

import { useSession } from '../auth/session.ts';
import { KnowledgePanel } from '../knowledge/KnowledgePanel.tsx';
import { useContactKnowledge, type ContactKnowledge } from '../knowledge/use-contact-knowledge.ts';
import type { Contact, ContactWithResolutions } from './api-types.ts';
import { AttachCustomer } from './AttachCustomer.tsx';
import { ContactNotes } from './ContactNotes.tsx';
import { CustomerHistory } from './CustomerHistory.tsx';
import { CustomerPanel } from './CustomerPanel.tsx';
import { ResolutionPanel } from './ResolutionPanel.tsx';
import { usePublishedPolicy } from './use-authority.ts';
import { useContact } from './use-contacts.ts';
import { useCustomer } from './use-customers.ts';
import { useNow } from './use-now.ts';

type ContactViewProps = { contactId: string; popped: boolean; onClosed: () => void };

export function ContactView({ contactId, popped, onClosed }: ContactViewProps) {
  const contact = useContact(contactId);
  if (contact.isError) {
    return (
      <Alert color="red" title="This contact could not be opened">
        {contact.error.message}
      </Alert>
    );
  }
  if (!contact.data) return <Loader role="status" aria-label="Opening the contact" />;
  // Keyed, so what the rep searched on one contact does not follow them to the next.
  return <ContactDetails key={contactId} data={contact.data} popped={popped} onClosed={onClosed} />;
}

function ContactDetails({
  data,
  popped,
  onClosed,
}: {
  data: ContactWithResolutions;
  popped: boolean;
  onClosed: () => void;
}) {
  const { contact } = data;
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const knowledge = useContactKnowledge(contact);
  return (
    <Stack gap="sm">
      {contact.customerId ? (
        <WithCustomer
          contact={contact}
          customerId={contact.customerId}
          resolutions={data.resolutions}
          popped={popped}
          wide={wide}
          onClosed={onClosed}
          knowledge={knowledge}
        />
      ) : (
        <>
          <AttachCustomer contact={contact} />
          <KnowledgePanel knowledge={knowledge} contact={contact} />
          <ContactNotes
            key={contact.id}
            contact={contact}
            onClosed={onClosed}
            confirmClose={knowledge.confirmClose}
          />
        </>
      )}
    </Stack>
  );
}

type WithCustomerProps = {
  contact: Contact;
  customerId: string;
  resolutions: ContactWithResolutions['resolutions'];
  popped: boolean;
  wide: boolean;
  onClosed: () => void;
  knowledge: ContactKnowledge;
};

function WithCustomer({
  contact,
  customerId,
  resolutions,
  popped,
  wide,
  onClosed,
  knowledge,
}: WithCustomerProps) {
  const { person } = useSession();
  const customer = useCustomer(customerId);
  const policy = usePublishedPolicy();
  const now = useNow(60_000);
  if (customer.isError) {
    return (
      <Alert color="red" title="The customer could not be loaded">
        {customer.error.message}
      </Alert>
    );
  }
  if (!customer.data) return <Loader role="status" aria-label="Loading the customer" />;
  const profile = customer.data;
  const labels = new Map(policy.data?.types.map((t) => [t.key, t.label]) ?? []);
  const labelOf = (type: string) => labels.get(type) ?? type.replace(/_/g, ' ');

  const summary = (
    <CustomerPanel customer={profile} myId={person.id} now={now} highlight={popped} />
  );
  const history = (
    <CustomerHistory customer={profile} currentContactId={contact.id} labelOf={labelOf} now={now} />
  );
  const resolve = (
    <ResolutionPanel
      contact={contact}
      customer={profile}
      resolutions={resolutions}
      labelOf={labelOf}
    />
  );
  const notes = (
    <ContactNotes
      key={contact.id}
      contact={contact}
      onClosed={onClosed}
      confirmClose={knowledge.confirmClose}
    />
  );
  const articles = <KnowledgePanel knowledge={knowledge} contact={contact} />;

  // Side by side on a desk; on a phone the decision comes right after who the customer is.
  if (!wide) {
    return (
      <Stack gap="sm">
        {summary}
        {resolve}
        {articles}
        {notes}
        {history}
      </Stack>
    );
  }
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(0, 5fr) minmax(0, 7fr)',
        gap: 'var(--mantine-spacing-sm)',
        alignItems: 'start',
      }}
    >
      <Stack gap="sm">
        {summary}
        {history}
      </Stack>
      <Stack gap="sm">
        {resolve}
        {articles}
        {notes}
      </Stack>
    </div>
  );
}
