import { Page } from '../components/Page.tsx';
import { WorkspaceHints } from '../features/workspace/WorkspaceHints.tsx';
import { WorkspaceView } from '../features/workspace/WorkspaceView.tsx';

export function WorkspacePage() {
  return (
    <Page title="Workspace" description={<WorkspaceHints />}>
      <WorkspaceView />
    </Page>
  );
}
