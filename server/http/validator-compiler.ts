import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * Every request schema (body, query, params, headers) is compiled here, and each is preceded by one
 * refinement: no string anywhere in the input, nor any object key, may hold U+0000 or half of a UTF-16
 * surrogate pair. PostgreSQL refuses the first in text and jsonb and the second in jsonb (in text it
 * silently becomes U+FFFD), so either would otherwise surface as a 500 from deep inside a command, or
 * as data that is not what was sent. Doing it here rather than in each `z.string()` means a new schema
 * cannot forget it, and it also reaches free-form values (`z.unknown()`, records) no field schema sees.
 */
export const unsafeTextMessage = 'must not contain a NUL character or an unpaired surrogate';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !loneSurrogate.test(text);
}

/** The path of a string or key that is not storable (the first met, depth first), or null. Iterative: JSON may nest deeper than the call stack. */
export function unstorableTextPath(input: unknown): PropertyKey[] | null {
  const stack: Array<[unknown, PropertyKey[]]> = [[input, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (!isStorableText(value)) return path;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], [...path, i]]);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (const [key] of entries) if (!isStorableText(key)) return [...path, key];
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push([entries[i]![1], [...path, entries[i]![0]]]);
    }
  }
  return null;
}

const storableInput = z.unknown().superRefine((input, ctx) => {
  const path = unstorableTextPath(input);
  if (path) ctx.addIssue({ code: 'custom', path, message: unsafeTextMessage });
});

/** fastify-type-provider-zod's compiler, with the route's schema behind the storable-text check (a pipe stops at the first failure). */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) =>
  zodValidatorCompiler({ ...route, schema: storableInput.pipe(route.schema) });
