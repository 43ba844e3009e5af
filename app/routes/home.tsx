import { Page } from '../components/Page.tsx';
import { canSee } from '../features/auth/access.ts';
import { useSession } from '../features/auth/session.ts';
import { VisionCard } from '../features/organization/VisionCard.tsx';

export function HomePage() {
  const { person, organization } = useSession();
  const level = `Authority level: ${person.level?.name ?? 'not assigned yet'}`;
  const team = `Team: ${person.team?.name ?? 'none yet'}`;

  return (
    <Page title={`Welcome, ${person.name}`} documentTitle="Home" description={`${level} · ${team}`}>
      <VisionCard organization={organization} canEdit={canSee(person.role, 'settings')} />
    </Page>
  );
}
