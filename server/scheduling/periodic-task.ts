/**
 * Runs a task every `intervalMs` (first after `firstDelayMs`, default one interval), never two runs at
 * once, and never keeps the process alive. A failing run is reported and the next one goes ahead.
 * `stop` waits for a run in progress, so a server shuts down without cutting a transaction short.
 */
export function startPeriodicTask(options: {
  intervalMs: number;
  firstDelayMs?: number;
  run: () => Promise<void>;
  onError: (error: unknown) => void;
}): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        await options.run();
      } catch (error) {
        options.onError(error);
      }
    });
  };
  const timers: NodeJS.Timeout[] = [];
  const interval = () => timers.push(setInterval(tick, options.intervalMs).unref());
  if (options.firstDelayMs === undefined) interval();
  else
    timers.push(
      setTimeout(() => {
        tick();
        interval();
      }, options.firstDelayMs).unref(),
    );
  return {
    stop: async () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await running;
    },
  };
}
