import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { expect, test } from 'vitest';

import { abilities } from '../policies/abilities.ts';
import { serverModules as registered } from './index.ts';
import { ledgerKinds } from './ledger/ledger-kind.ts';
import type { ServerModule } from './server-module.ts';

const serverModules: readonly ServerModule[] = registered;

const modulesFolder = fileURLToPath(new URL('.', import.meta.url));

test('every module folder with routes is registered, once', () => {
  const withRoutes = readdirSync(modulesFolder, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(`${modulesFolder}/${entry.name}/routes.ts`),
    )
    .map((entry) => entry.name)
    .sort();
  const names = serverModules.map((module) => module.name);
  expect(new Set(names).size).toBe(names.length);
  expect([...names].sort()).toEqual(withRoutes);
});

test('the ability table is exactly the modules’ abilities, none declared twice', () => {
  const declared = serverModules.flatMap((module) => Object.entries(module.abilities ?? {}));
  expect(declared.map(([name]) => name)).toEqual(Object.keys(abilities));
  expect(Object.fromEntries(declared)).toEqual(abilities);
});

test('the ledger kinds are exactly the modules’ kinds, none declared twice', () => {
  const declared = serverModules.flatMap((module) => module.ledgerKinds ?? []);
  expect(new Set(declared).size).toBe(declared.length);
  expect([...declared].sort()).toEqual([...ledgerKinds].sort());
});
