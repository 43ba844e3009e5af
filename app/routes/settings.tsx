import { Alert, Card, Loader, Title } from '@mantine/core';

import { Page } from '../components/Page.tsx';
import { OrganizationForm } from '../features/organization/OrganizationForm.tsx';
import { useOrganization } from '../features/organization/use-organization.ts';

export function SettingsPage() {
  const organization = useOrganization();

  return (
    <Page title="Settings" description="Your organization's name, time zone and vision of service.">
      <Card withBorder padding="lg" maw={720}>
        <Title order={2} size="h4" mb="md">
          Organization
        </Title>
        {organization.data ? (
          // Keyed by id so the form starts from fresh values if the organization ever changes under it.
          <OrganizationForm key={organization.data.id} organization={organization.data} />
        ) : organization.isError ? (
          <Alert color="red" title="Could not load the organization">
            {organization.error.message}
          </Alert>
        ) : (
          <Loader size="sm" role="status" aria-label="Loading settings" />
        )}
      </Card>
    </Page>
  );
}
