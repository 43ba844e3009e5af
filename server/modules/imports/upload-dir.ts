import type { Config } from '../../config.ts';

/** Where uploaded files wait for their apply: beside the data folder, never inside PGlite's own. */
export function importUploadDir(config: Pick<Config, 'dataDir'>): string {
  return `${config.dataDir}-imports`;
}
