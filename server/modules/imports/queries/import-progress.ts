/** What this instance is reading now, by import id: progress is the instance's own (never stored mid-run, so nothing half-written shows). */
const running = new Map<string, { phase: 'checking' | 'applying'; rowsRead: number }>();

export const importProgress = {
  get: (id: string) => running.get(id) ?? null,
  set: (id: string, phase: 'checking' | 'applying', rowsRead: number) =>
    running.set(id, { phase, rowsRead }),
  clear: (id: string) => running.delete(id),
};
