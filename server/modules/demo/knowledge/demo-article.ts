/**
 * One article of Northwind's knowledge base as the floor wrote it: the title is what the customer
 * says, the problem is in their words, the resolution is what a rep does and says, and the type keys
 * are the demo policy's resolution types the article tells a rep they may grant.
 */
export type DemoArticleState = 'draft' | 'not_validated' | 'validated' | 'archived';

export type DemoArticle = {
  /** Stable handle the seed uses to give an article its history (links, versions, flags). */
  key: string;
  title: string;
  problem: string;
  context: string;
  resolution: string;
  cause: string | null;
  typeKeys: string[];
  tags: string[];
  visibility: 'internal' | 'external';
  state: DemoArticleState;
  /** Email of the demo staff member who owns it. */
  owner: string;
};

/** Staff emails as the demo staff list spells them, so an owner typo fails to compile rather than to seed. */
export const staff = {
  bryan: 'agent@northwind.example',
  mei: 'senior@northwind.example',
  aisha: 'supervisor@northwind.example',
  tomasz: 'admin@northwind.example',
  gabriela: 'trainer@northwind.example',
  marcus: 'marcus.bell@northwind.example',
  yuki: 'yuki.tanaka@northwind.example',
  daniel: 'daniel.osei@northwind.example',
  fatima: 'fatima.haddad@northwind.example',
  liam: 'liam.oconnor@northwind.example',
  priya: 'priya.nair@northwind.example',
  chloe: 'chloe.martin@northwind.example',
  jamal: 'jamal.washington@northwind.example',
  sofia: 'sofia.rossi@northwind.example',
  linh: 'linh.nguyen@northwind.example',
  emma: 'emma.johansson@northwind.example',
  diego: 'diego.herrera@northwind.example',
  grace: 'grace.kim@northwind.example',
  samuel: 'samuel.adeyemi@northwind.example',
  hannah: 'hannah.goldberg@northwind.example',
  omar: 'omar.farouk@northwind.example',
  olivia: 'olivia.brooks@northwind.example',
} as const;
