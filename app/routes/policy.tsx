import { Page } from '../components/Page.tsx';
import { PolicyEditor } from '../features/policy/PolicyEditor.tsx';

export function PolicyPage() {
  return (
    <Page title="Authority policy" description="What each level may decide on its own, for which resolution types, up to what amounts. Edit a draft, check it, publish it as a new version.">
      <PolicyEditor />
    </Page>
  );
}
