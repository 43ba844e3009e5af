/**
 * The parts of an OpenAPI 3.0 document the completion steps read and change, typed loosely: the
 * document arrives from @fastify/swagger as plain JSON.
 */
export type JsonSchema = { [keyword: string]: unknown; $ref?: string; type?: string };

export type OpenApiMedia = { schema?: JsonSchema; [field: string]: unknown };

export type OpenApiResponse = {
  description?: string;
  content?: Record<string, OpenApiMedia>;
  [field: string]: unknown;
};

export type OpenApiOperation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  responses?: Record<string, OpenApiResponse>;
  [field: string]: unknown;
};

export type OpenApiDocument = {
  openapi: string;
  info: Record<string, unknown>;
  servers?: Array<{ url: string; description?: string }>;
  tags?: Array<{ name: string; description: string }>;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema>; [field: string]: unknown };
  [field: string]: unknown;
};

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
