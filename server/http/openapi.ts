import fastifySwagger, {
  type SwaggerTransform,
  type SwaggerTransformObject,
} from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

import { eventDataSchemas } from '../../contract/events.ts';
import { policyDocumentSchema } from '../../domain/authority/policy.ts';
import type { ApiApp } from './api-app.ts';
import { completeOpenApiDocument } from './openapi-document.ts';
import { openApiTags } from './openapi-tags.ts';
import type { OpenApiDocument } from './openapi-types.ts';
import { docsPolicy } from './security-headers.ts';

/**
 * The OpenAPI document, generated from the routes' zod schemas and completed in one place
 * (operationIds, response descriptions, media types, typed policy documents and live events, tags),
 * at /api/openapi.json, with Swagger UI at /api/docs.
 */
export async function installOpenApi(app: ApiApp, options: { secure: boolean }): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Leeway API',
        version: '1.0.0',
        description:
          'Authority for customer-service reps to fix problems on the spot. Authenticate with the session cookie ' +
          '(writes need the x-csrf-token header) or with "Authorization: Bearer <api token>".',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'leeway_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: withProducedBody,
    transformObject: completeDocument,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: docsPolicy({ secure: options.secure }),
  });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}

/**
 * A route that answers something other than JSON (`produces: ['text/plain']`) and declares no
 * success schema still documents its success body, as a string of that media type.
 */
const withProducedBody: SwaggerTransform = (input) => {
  const result = jsonSchemaTransform(input);
  const schema = result.schema as {
    produces?: string[];
    response?: Record<string, unknown>;
  };
  const produces = schema?.produces?.filter((type) => !type.includes('json')) ?? [];
  if (produces.length === 0 || Object.keys(schema.response ?? {}).some((s) => s.startsWith('2')))
    return result;
  const content = Object.fromEntries(
    produces.map((type) => [type, { schema: { type: 'string' } }]),
  );
  return {
    ...result,
    schema: { ...schema, response: { 200: { content }, ...schema.response } },
  };
};

/** The zod components, then what server/http/openapi-document.ts adds (the document is plain JSON). */
const completeDocument: SwaggerTransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as unknown as OpenApiDocument;
  return completeOpenApiDocument(document, {
    tags: openApiTags,
    // Responses carry the stored document with its real shape. Requests keep the loose one the route
    // declares: the save command checks the shape itself and names the field at fault.
    components: { PolicyDocument: policyDocumentSchema },
    descriptions: {
      PolicyDocument:
        'An authority policy: levels, resolution types, limit rules, conditions and overrides (domain/authority/policy.ts)',
      PolicyDocumentInput:
        'An authority policy as PolicyDocument describes it. A draft that does not have that shape is refused ' +
        '(400, naming the field); one that has it is saved, and what is still wrong comes back as issues.',
    },
    liveEventData: eventDataSchemas,
  }) as unknown as ReturnType<SwaggerTransformObject>;
};
