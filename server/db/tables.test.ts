import { fileURLToPath } from 'node:url';

import { sql } from 'kysely';
import ts from 'typescript';
import { afterAll, beforeAll, expect, test } from 'vitest';

import { createTestDatabase } from '../testing/test-database.ts';
import type { DatabaseHandle } from './database.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

/** The keys of the `Database` interface, read by the compiler: no second list to keep in step. */
function declaredTables(): string[] {
  const schema = fileURLToPath(new URL('./schema.ts', import.meta.url));
  const program = ts.createProgram([schema], {
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(schema)!;
  const database = checker
    .getExportsOfModule(checker.getSymbolAtLocation(file)!)
    .find((symbol) => symbol.name === 'Database')!;
  return checker
    .getPropertiesOfType(checker.getDeclaredTypeOfSymbol(database))
    .map((property) => property.name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));
}

test('every table the migrations create is declared by a module, and nothing more', async () => {
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
  `.execute(handle.db);
  const created = rows.map((row) => row.name).sort();
  expect(declaredTables().sort()).toEqual(created);
});
