import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export type Spawned = { child: ChildProcess; output: () => string; exited: Promise<number> };

/** Runs `node <args>` from the repository root with extra environment, collecting everything it prints. */
export function spawnNode(
  args: string[],
  env: Record<string, string | undefined>,
  stdin?: string,
): Spawned {
  const fullEnv: Record<string, string | undefined> = {
    ...process.env,
    LEEWAY_TEST_DB: undefined,
    ...env,
  };
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: fullEnv as NodeJS.ProcessEnv,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  if (stdin !== undefined) child.stdin?.end(stdin);
  else child.stdin?.end();
  const exited = new Promise<number>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))),
  );
  return { child, output: () => output, exited };
}

/** Runs the `leeway` command to completion. */
export async function runCli(
  args: string[],
  env: Record<string, string | undefined>,
  stdin?: string,
): Promise<{ code: number; output: string }> {
  const spawned = spawnNode(['cli/bin.mjs', ...args], env, stdin);
  const code = await spawned.exited;
  return { code, output: spawned.output() };
}

/** Starts `npm start`'s server process (without the web build) and waits for /readyz. */
export async function startServerProcess(
  env: Record<string, string | undefined>,
  nodeArgs: string[] = [],
): Promise<Spawned & { url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const spawned = spawnNode([...nodeArgs, '--import', 'tsx', 'server/main.ts'], {
    PORT: String(port),
    LOG_LEVEL: 'warn',
    ...env,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (spawned.child.exitCode !== null)
      throw new Error(`server exited early:\n${spawned.output()}`);
    if (Date.now() > deadline) throw new Error(`server not ready:\n${spawned.output()}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    ...spawned,
    url,
    stop: async () => {
      if (spawned.child.exitCode === null) spawned.child.kill('SIGTERM');
      await spawned.exited;
    },
  };
}
