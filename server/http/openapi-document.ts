import type { z } from 'zod';

import { operationIdOf } from './openapi-operation-ids.ts';
import { completeResponses } from './openapi-responses.ts';
import {
  documentedSchema,
  liveEventComponents,
  pruneUnusedComponents,
  tidySchemas,
} from './openapi-schemas.ts';
import { httpMethods, type OpenApiDocument } from './openapi-types.ts';

export type DocumentCompletion = {
  tags: Array<{ name: string; description: string }>;
  /** Components whose real schema is stricter than the route's (an `…Input` name: the input side). */
  components: Record<string, z.ZodType>;
  /** Descriptions for components, replacing the schema's own. */
  descriptions: Record<string, string>;
  /** Each live event type's `data` schema, to type the LiveEvent component. */
  liveEventData: Record<string, z.ZodType>;
};

/**
 * The last step of the document, in one place so no route has to remember it: what a client
 * generator and the linters (server/http/openapi.test.ts) need beyond what the zod schemas say.
 */
export function completeOpenApiDocument(
  document: OpenApiDocument,
  completion: DocumentCompletion,
): OpenApiDocument {
  // Same origin: the paths already start with /api.
  document.servers ??= [{ url: '/', description: 'This deployment' }];
  document.tags = completion.tags;
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (!httpMethods.includes(method)) continue;
      operation.operationId ??= operationIdOf(method, path);
      completeResponses(operation);
    }
  }
  const schemas = (document.components ??= {}).schemas ?? {};
  for (const [name, schema] of Object.entries(completion.components))
    if (schemas[name])
      schemas[name] = documentedSchema(schema, /Input$/.test(name) ? 'input' : 'output');
  for (const [name, description] of Object.entries(completion.descriptions))
    if (schemas[name]) schemas[name] = { ...schemas[name], description };
  if (schemas.LiveEvent)
    Object.assign(
      schemas,
      liveEventComponents({ base: schemas.LiveEvent, dataSchemas: completion.liveEventData }),
    );
  document.components.schemas = schemas;
  tidySchemas(document);
  pruneUnusedComponents(document);
  return document;
}
