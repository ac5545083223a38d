import { join } from 'node:path';

export type CriticModule = typeof import('./index');

let loaded: CriticModule | undefined;

/** Loads dist/critic.js from beside the calling bundle (dist/extension.js or dist/cli.js). */
export function loadCritic(bundleDir: string): CriticModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(join(bundleDir, 'critic.js')) as CriticModule;
  return loaded;
}
