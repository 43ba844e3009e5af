/**
 * The shape of the statements this deployment records (xAPI 1.0.3 §2.4): a subset of what the
 * spec allows, since Leeway only ever writes Agents with an mbox, Activities and en-US displays.
 */
export type LanguageMap = Record<string, string>;

export type XapiAgent = { objectType: 'Agent'; name?: string; mbox: string };
export type XapiAccountAgent = {
  objectType: 'Agent';
  name?: string;
  account: { homePage: string; name: string };
};

export type XapiScore = { scaled: number; raw?: number; min?: number; max?: number };

export type XapiResult = {
  score?: XapiScore;
  success?: boolean;
  completion?: boolean;
  response?: string;
};

export type XapiActivity = {
  objectType: 'Activity';
  id: string;
  definition: { name: LanguageMap; type: string };
};

export type XapiContext = {
  registration?: string;
  platform: string;
  contextActivities?: { parent: { objectType: 'Activity'; id: string }[] };
};

export type XapiStatement = {
  id: string;
  actor: XapiAgent;
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result?: XapiResult;
  context: XapiContext;
  timestamp: string;
  stored: string;
  authority: XapiAccountAgent;
  version: '1.0.3';
};
