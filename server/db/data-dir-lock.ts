import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite is PostgreSQL without the postmaster: nothing stops two processes from opening the same
 * DATA_DIR, and when they do, each one's writes overwrite the other's pages and one side's work is
 * silently gone. So whoever opens the embedded database first holds `leeway.lock` in it until it
 * closes or exits; every other opener is refused with the holder's pid.
 */
export const LOCK_FILE = 'leeway.lock';

/** Who holds the lock, as written in the file. */
export type LockOwner = {
  pid: number;
  hostname: string;
  /** What kind of process: "server", or the CLI command (e.g. "leeway create-token"). */
  kind: string;
  startedAt: string;
  /** Linux: the kernel boot and the process's start time, so a reused pid is not taken for the holder. */
  bootId?: string;
  startTicks?: string;
};

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    const who = owner.kind === 'server' ? 'the server' : `\`${owner.kind}\``;
    const where = owner.hostname === os.hostname() ? '' : ` on ${owner.hostname}`;
    super(
      `${who} (pid ${owner.pid}${where}) holds the embedded database in ${dataDir} since ${owner.startedAt}; ` +
        "two processes on one PGlite folder lose each other's writes. Stop it, or run this against DATABASE_URL. " +
        `(If that process is surely gone, delete ${path.join(dataDir, LOCK_FILE)}.)`,
    );
  }
}

export type DataDirLock = { release(): void };

/** Folders this process holds: a second open in the same process is refused like any other. */
const heldHere = new Set<string>();

/**
 * Takes the folder's lock or throws DataDirLockedError. A lock whose process is gone (it crashed, or
 * was killed with -9) is taken over; one held on another host cannot be checked and is respected.
 */
export async function lockDataDir(dataDir: string, kind: string): Promise<DataDirLock> {
  const dir = path.resolve(dataDir);
  const lockPath = path.join(dir, LOCK_FILE);
  const mine = JSON.stringify(describeSelf(kind));
  for (let attempt = 0; attempt < 50; attempt++) {
    if (createExclusive(lockPath, mine)) return holding(dir, lockPath, mine);
    const existing = readRaw(lockPath);
    if (existing === null) continue; // released between our two looks
    const owner = parseOwner(existing);
    if (owner && isAlive(owner, dir)) throw new DataDirLockedError(dir, owner);
    await breakStaleLock(lockPath, existing);
  }
  throw new Error(`Could not take ${lockPath}: other processes keep contending for it.`);
}

function holding(dir: string, lockPath: string, mine: string): DataDirLock {
  heldHere.add(dir);
  // A process that exits without closing (an uncaught error, process.exit) still lets go.
  const onExit = () => release();
  process.once('exit', onExit);
  let released = false;
  function release() {
    if (released) return;
    released = true;
    process.removeListener('exit', onExit);
    heldHere.delete(dir);
    // Only our own lock: never one a later process took over after judging ours stale.
    if (readRaw(lockPath) === mine) fs.rmSync(lockPath, { force: true });
  }
  return { release };
}

/**
 * Writes the whole file under a temporary name, then links it into place: the link is atomic and
 * fails when the lock exists, so nobody ever reads a half-written lock.
 */
function createExclusive(lockPath: string, content: string): boolean {
  const temp = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
  fs.writeFileSync(temp, content, { flag: 'wx' });
  try {
    fs.linkSync(temp, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Two processes may judge the same lock stale at once; if both removed "it" and re-created, the slower
 * one would delete the faster one's fresh lock and both would hold the folder. So a stale lock is only
 * removed under a second, short-lived lock, and only if it is still the very lock that was judged.
 */
async function breakStaleLock(lockPath: string, judged: string): Promise<void> {
  const breaker = `${lockPath}.takeover`;
  if (!createExclusive(breaker, JSON.stringify(describeSelf('takeover')))) {
    const other = readRaw(breaker);
    const owner = other === null ? null : parseOwner(other);
    // A breaker that died inside its few-microsecond window would block everyone: clear it.
    if (other !== null && (!owner || !isAlive(owner, path.dirname(lockPath)))) {
      if (readRaw(breaker) === other) fs.rmSync(breaker, { force: true });
    } else {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return;
  }
  try {
    if (readRaw(lockPath) === judged) fs.rmSync(lockPath, { force: true });
  } finally {
    fs.rmSync(breaker, { force: true });
  }
}

function isAlive(owner: LockOwner, dir: string): boolean {
  if (owner.hostname !== os.hostname()) return true; // cannot look at another machine's processes
  const self = describeSelf('');
  if (owner.bootId && self.bootId && owner.bootId !== self.bootId) return false; // written before a reboot
  // Our own pid and not held here: a previous incarnation (a restarted container is pid 1 again).
  if (owner.pid === process.pid) return heldHere.has(dir);
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    // EPERM: alive, under another user.
  }
  const ticks = startTicks(owner.pid);
  return !(owner.startTicks && ticks && owner.startTicks !== ticks); // the pid was reused
}

function describeSelf(kind: string): LockOwner {
  return {
    pid: process.pid,
    hostname: os.hostname(),
    kind,
    startedAt: new Date().toISOString(),
    ...optional('bootId', readProc('/proc/sys/kernel/random/boot_id')?.trim()),
    ...optional('startTicks', startTicks(process.pid)),
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/** Field 22 of /proc/<pid>/stat, after the parenthesised command name (which may hold spaces). */
function startTicks(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

function readProc(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined; // not Linux, or the process is gone
  }
}

function readRaw(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Not ours (we write whole files atomically), so not a holder: anything unreadable is stale. */
function parseOwner(raw: string): LockOwner | null {
  try {
    const value = JSON.parse(raw) as Partial<LockOwner>;
    if (
      typeof value.pid !== 'number' ||
      !Number.isInteger(value.pid) ||
      value.pid <= 0 ||
      typeof value.hostname !== 'string'
    )
      return null;
    return { kind: 'another process', startedAt: 'an unknown time', ...value } as LockOwner;
  } catch {
    return null;
  }
}
