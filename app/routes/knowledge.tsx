import { useSearchParams } from 'react-router';

import { Page } from '../components/Page.tsx';
import { ArticleView } from '../features/knowledge/ArticleView.tsx';
import { KnowledgeSearch } from '../features/knowledge/KnowledgeSearch.tsx';

export function KnowledgePage() {
  const [params] = useSearchParams();
  const articleId = params.get('article');
  if (articleId) return <ArticleView key={articleId} articleId={articleId} />;
  return (
    <Page title="Knowledge" description="What the floor knows: find it, use it, fix it.">
      <KnowledgeSearch />
    </Page>
  );
}
