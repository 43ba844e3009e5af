import { Card, DataList, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { Page } from '../components/Page.tsx';
import { useSession } from '../features/auth/session.ts';
import { roleLabels } from '../features/people/role-labels.ts';

const orNotSet = (value: string | null | undefined): ReactNode =>
  value ?? (
    <Text span c="dimmed" inherit>
      Not set
    </Text>
  );

export function ProfilePage() {
  const { person } = useSession();
  const rows: [label: string, value: ReactNode][] = [
    ['Name', person.name],
    ['Email', person.email],
    ['Role', roleLabels[person.role]],
    ['Authority level', orNotSet(person.level?.name)],
    ['Team', orNotSet(person.team?.name)],
    ['Manager', orNotSet(person.manager?.name)],
    ['Extension', orNotSet(person.extension)],
  ];

  return (
    <Page title="My profile" description="How Leeway knows you. An admin can change these details.">
      <Card withBorder padding="lg" maw={640}>
        <DataList labelWidth={160} withDivider>
          {rows.map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.ItemLabel>{label}</DataList.ItemLabel>
              <DataList.ItemValue>{value}</DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
      </Card>
    </Page>
  );
}
