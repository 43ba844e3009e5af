import { Page } from '../components/Page.tsx';
import { FlagQueue } from '../features/knowledge/FlagQueue.tsx';

export function KnowledgeFlagsPage() {
  return (
    <Page title="Open flags" description="Articles someone said are wrong or out of date.">
      <FlagQueue />
    </Page>
  );
}
