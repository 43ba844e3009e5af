import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { spawnNode, type Spawned } from '../testing/processes.ts';
import { DataDirLockedError, LOCK_FILE, lockDataDir } from './data-dir-lock.ts';

const onLinux = fs.existsSync('/proc/self/stat');

function startTicksOf(pid: number): string {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 20));
}

describe('the DATA_DIR lock', () => {
  let dir: string;
  let lockFile: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-lockfile-'));
    lockFile = path.join(dir, LOCK_FILE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('names its holder, refuses a second opener in the same process, and is free again once released', async () => {
    const lock = await lockDataDir(dir, 'server');
    expect(JSON.parse(fs.readFileSync(lockFile, 'utf8'))).toMatchObject({
      pid: process.pid,
      hostname: os.hostname(),
      kind: 'server',
    });
    const second = await lockDataDir(dir, 'leeway migrate').catch((error: unknown) => error);
    expect(second).toBeInstanceOf(DataDirLockedError);
    expect((second as Error).message).toContain(`the server (pid ${process.pid})`);
    lock.release();
    expect(fs.existsSync(lockFile)).toBe(false);
    (await lockDataDir(dir, 'leeway migrate')).release();
  });

  it("takes over an unreadable lock (we write ours whole, so it is nobody's)", async () => {
    fs.writeFileSync(lockFile, '');
    const lock = await lockDataDir(dir, 'server');
    expect(JSON.parse(fs.readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('does not remove a lock that a later process took over', async () => {
    const lock = await lockDataDir(dir, 'server');
    const later = JSON.stringify({
      pid: process.ppid,
      hostname: os.hostname(),
      kind: 'server',
      startedAt: 'now',
    });
    fs.writeFileSync(lockFile, later);
    lock.release();
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(later);
  });

  describe.runIf(onLinux)('on Linux, where a process start time tells a reused pid apart', () => {
    it('respects a live holder and takes over a lock whose pid now belongs to another process', async () => {
      const owner = {
        pid: process.ppid,
        hostname: os.hostname(),
        kind: 'server',
        startedAt: 'earlier',
      };
      fs.writeFileSync(
        lockFile,
        JSON.stringify({ ...owner, startTicks: startTicksOf(process.ppid) }),
      );
      await expect(lockDataDir(dir, 'leeway seed')).rejects.toThrow(`pid ${process.ppid}`);

      fs.writeFileSync(lockFile, JSON.stringify({ ...owner, startTicks: '1' }));
      const lock = await lockDataDir(dir, 'leeway seed');
      expect(JSON.parse(fs.readFileSync(lockFile, 'utf8'))).toMatchObject({
        pid: process.pid,
        kind: 'leeway seed',
      });
      lock.release();
    });
  });

  it(
    'lets exactly one of several processes racing for a stale lock take it',
    { timeout: 60_000 },
    async () => {
      const gone = spawnNode(['-e', ''], {});
      await gone.exited;
      fs.writeFileSync(
        lockFile,
        JSON.stringify({
          pid: gone.child.pid,
          hostname: os.hostname(),
          kind: 'server',
          startedAt: 'earlier',
        }),
      );
      const release = path.join(dir, 'release');
      // Each racer reports, and the winner holds the lock until the test has heard from everyone.
      const racer = [
        `import fs from 'node:fs';`,
        `import { lockDataDir } from './server/db/data-dir-lock.ts';`,
        `try { await lockDataDir(${JSON.stringify(dir)}, 'racer'); console.log('RESULT took'); }`,
        `catch (e) { console.log(e.constructor.name === 'DataDirLockedError' ? 'RESULT refused' : 'RESULT error ' + e.message); }`,
        `while (!fs.existsSync(${JSON.stringify(release)})) await new Promise((r) => setTimeout(r, 20));`,
      ].join('\n');
      const racers: Spawned[] = Array.from({ length: 4 }, () =>
        spawnNode(['--import', 'tsx', '--input-type=module', '-e', racer], {}),
      );
      try {
        await until(() =>
          racers.every((r) => r.output().includes('RESULT') || r.child.exitCode !== null),
        );
        const results = racers.map((r) => /RESULT (.*)/.exec(r.output())?.[1] ?? r.output());
        expect(
          results.filter((r) => r === 'took'),
          results.join('\n'),
        ).toHaveLength(1);
        expect(
          results.filter((r) => r === 'refused'),
          results.join('\n'),
        ).toHaveLength(3);
      } finally {
        fs.writeFileSync(release, '');
        await Promise.all(racers.map((r) => r.exited));
      }
      expect(fs.existsSync(lockFile)).toBe(false);
    },
  );
});
