import { Page } from '../components/Page.tsx';
import { canUse } from '../features/auth/can.ts';
import { useSession } from '../features/auth/session.ts';
import { VisionCard } from '../features/organization/VisionCard.tsx';

export function HomePage() {
  const session = useSession();
  const { person, organization } = session;
  const level = `Authority level: ${person.level?.name ?? 'not assigned yet'}`;
  const team = `Team: ${person.team?.name ?? 'none yet'}`;

  return (
    <Page title={`Welcome, ${person.name}`} documentTitle="Home" description={`${level} · ${team}`}>
      <VisionCard organization={organization} canEdit={canUse(session, 'organization.update')} />
    </Page>
  );
}
