/**
 * The ADL verbs (xAPI 1.0.3 vocabulary, http://adlnet.gov/expapi/verbs/) a learning event may
 * carry. The display is en-US only: the LMS shows its own language; the IRI is what it matches.
 */
export const xapiVerbs = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
} as const;

export type XapiVerb = keyof typeof xapiVerbs;

/**
 * What a statement's object is, each an ADL activity type
 * (http://adlnet.gov/expapi/activities/…): a course, one of its lessons, its final assessment, a
 * question of an attempt, and a practice situation (a simulation of a real customer's request).
 */
export const xapiActivityTypes = {
  course: 'http://adlnet.gov/expapi/activities/course',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  question: 'http://adlnet.gov/expapi/activities/question',
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
} as const;

export type XapiActivityType = keyof typeof xapiActivityTypes;

/** `${publicUrl}/xapi/activities/course/<id>`: an activity's IRI, stable for the deployment. */
export function activityIri(publicUrl: string, type: XapiActivityType, id: string): string {
  return `${publicUrl}/xapi/activities/${type}/${encodeURIComponent(id)}`;
}
