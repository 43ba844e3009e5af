import { z } from 'zod';

import type { JsonSchema, OpenApiDocument } from './openapi-types.ts';

const componentRef = (name: string) => `#/components/schemas/${name}`;

/**
 * A zod schema as an OpenAPI 3.0 schema, for a component the routes declare more loosely than they
 * check it (the policy document is parsed by its command, so drafts answer with the field at fault).
 */
export function documentedSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...json } = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return json;
}

/**
 * The live event as a client receives it: one component per event type (`type` fixed, `data` its
 * schema), and `LiveEvent` the union of them, told apart by `type`.
 */
export function liveEventComponents(options: {
  /** The stored LiveEvent component, whose id and createdAt are kept. */
  base: JsonSchema;
  dataSchemas: Record<string, z.ZodType>;
}): Record<string, JsonSchema> {
  const properties = (options.base.properties ?? {}) as Record<string, JsonSchema>;
  const components: Record<string, JsonSchema> = {};
  const mapping: Record<string, string> = {};
  for (const [type, dataSchema] of Object.entries(options.dataSchemas)) {
    const name = `${pascal(type)}Event`;
    components[name] = {
      type: 'object',
      properties: {
        id: properties.id ?? { type: 'integer' },
        type: { type: 'string', enum: [type] },
        data: documentedSchema(dataSchema, 'output'),
        createdAt: properties.createdAt ?? { type: 'string' },
      },
      required: ['id', 'type', 'data', 'createdAt'],
      additionalProperties: false,
    };
    mapping[type] = componentRef(name);
  }
  components.LiveEvent = {
    description: 'A live event; `type` says which, and so the shape of `data`',
    oneOf: Object.values(mapping).map(($ref) => ({ $ref })),
    discriminator: { propertyName: 'type', mapping },
  };
  return components;
}

/**
 * Two spellings zod's OpenAPI 3.0 output uses that linters and generators stumble on: a nullable
 * reference (`{ nullable, allOf: [$ref] }`) gets the `type` that `nullable` needs beside it, and a
 * lone `allOf: [$ref]` becomes the reference itself.
 */
export function tidySchemas(document: OpenApiDocument): void {
  const components = document.components?.schemas ?? {};
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const schema = node as JsonSchema;
    for (const key of Object.keys(schema)) schema[key] = visit(schema[key]);
    const allOf = schema.allOf as JsonSchema[] | undefined;
    const only = allOf?.length === 1 ? allOf[0] : undefined;
    if (!only?.$ref) return schema;
    if (Object.keys(schema).length === 1) return only;
    if (schema.nullable === true && schema.type === undefined) {
      const target = components[only.$ref.replace(componentRef(''), '')];
      if (typeof target?.type === 'string') schema.type = target.type;
    }
    return schema;
  };
  for (const key of Object.keys(document)) document[key] = visit(document[key]);
}

/**
 * Components nothing refers to (zod's registry yields an input and an output copy of each named
 * schema; most are used one way only) are left out, so a generator makes no dead types.
 */
export function pruneUnusedComponents(document: OpenApiDocument): void {
  const schemas = document.components?.schemas;
  if (!schemas) return;
  const used = new Set<string>();
  const collect = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(collect);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(componentRef(''))) {
        const name = value.slice(componentRef('').length);
        if (!used.has(name)) {
          used.add(name);
          collect(schemas[name]);
        }
      } else collect(value);
    }
  };
  const { components, ...rest } = document;
  collect(rest);
  collect({ ...components, schemas: undefined });
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}

/** `policy.publish_requested` → `PolicyPublishRequested`. */
function pascal(text: string): string {
  return text
    .split(/[^a-zA-Z0-9]+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
