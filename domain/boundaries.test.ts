import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const root = import.meta.dirname;
const contract = path.resolve(root, '../contract');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

const importsOf = (file: string) =>
  [
    ...fs.readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g),
  ].map((m) => m[1]!);

describe('domain/', () => {
  it('imports nothing from the server or the web app', () => {
    for (const file of sources(root)) {
      for (const spec of importsOf(file)) {
        const resolved = spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : spec;
        expect(
          resolved.startsWith(path.resolve(root, '../server')),
          `${file} imports ${spec}`,
        ).toBe(false);
        expect(resolved.startsWith(path.resolve(root, '../app')), `${file} imports ${spec}`).toBe(
          false,
        );
      }
    }
  });

  it('does no I/O: outside tests it imports only zod, libphonenumber (pure rules and metadata) and itself', () => {
    for (const file of sources(root).filter((f) => !f.endsWith('.test.ts'))) {
      for (const spec of importsOf(file))
        expect(
          spec.startsWith('.') || spec === 'zod' || spec === 'libphonenumber-js/min',
          `${file} imports ${spec}`,
        ).toBe(true);
    }
  });
});

describe('contract/', () => {
  const inside = (spec: string, file: string, dir: string) =>
    spec.startsWith('.') && path.resolve(path.dirname(file), spec).startsWith(dir + path.sep);

  it('holds only schemas both sides can import: zod, domain/ and itself, no server, app or I/O', () => {
    for (const file of sources(contract)) {
      for (const spec of importsOf(file))
        expect(
          spec === 'zod' || inside(spec, file, contract) || inside(spec, file, root),
          `${file} imports ${spec}`,
        ).toBe(true);
    }
  });
});
