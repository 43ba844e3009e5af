/**
 * An operationId derived from an operation's method and path, so a client generator gets stable
 * function names without each route naming itself: `GET /api/approvals` → `listApprovals`,
 * `POST /api/approvals/{id}/approve` → `approveApproval`, `GET /api/people/{id}` → `getPerson`.
 * A route that needs another name sets `schema.operationId`; the document keeps it.
 */
export function operationIdOf(method: string, path: string): string {
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== 'api');
  const isParam = (segment: string) => segment.startsWith('{') || segment.startsWith(':');
  const verb = method.toLowerCase();
  const last = segments.at(-1) ?? 'root';
  const firstParam = segments.findIndex(isParam);
  const statics = segments.filter((segment) => !isParam(segment)).map(camel);

  if (isParam(last) || firstParam === -1) {
    // A collection, a singleton or one item of a collection.
    const item = isParam(last);
    const words = item ? [...statics.slice(0, -1), singular(statics.at(-1) ?? '')] : statics;
    const tail = statics.at(-1) ?? '';
    if (verb === 'get') return join(item || !isPlural(tail) ? 'get' : 'list', words);
    if (verb === 'post' && !item) {
      // POST on a collection creates one of it; on anything else it is the action its last word names.
      if (isPlural(tail)) return join('create', [...statics.slice(0, -1), singular(tail)]);
      return join(tail, statics.slice(0, -1));
    }
    return join(itemVerbs[verb] ?? verb, words);
  }

  // Something under one item: a sub-collection, a sub-resource or an action on it.
  const owner = segments.slice(0, firstParam).map(camel);
  const ownerWords = [...owner.slice(0, -1), singular(owner.at(-1) ?? '')];
  const rest = segments
    .slice(firstParam + 1)
    .filter((segment) => !isParam(segment))
    .map(camel);
  const tail = rest.at(-1) ?? '';
  if (verb === 'get') return join(isPlural(tail) ? 'list' : 'get', [...ownerWords, ...rest]);
  if (verb === 'post') {
    if (isPlural(tail))
      return join('create', [...ownerWords, ...rest.slice(0, -1), singular(tail)]);
    return join(tail, [...ownerWords, ...rest.slice(0, -1)]);
  }
  return join(itemVerbs[verb] ?? verb, [...ownerWords, ...rest]);
}

const itemVerbs: Record<string, string> = {
  get: 'get',
  patch: 'update',
  put: 'replace',
  delete: 'delete',
};

const irregular: Record<string, string> = { people: 'person' };

function isPlural(word: string): boolean {
  return word in irregular || (/s$/.test(word) && !/(ss|us)$/.test(word));
}

function singular(word: string): string {
  if (word in irregular) return irregular[word]!;
  if (!isPlural(word)) return word;
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  return word.slice(0, -1);
}

/** `authority-levels` → `authorityLevels`. */
function camel(segment: string): string {
  return segment.replace(/[-_.]+([a-z0-9])/gi, (_, letter: string) => letter.toUpperCase());
}

function join(verb: string, words: string[]): string {
  const pascal = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  return camel(verb) + pascal;
}
