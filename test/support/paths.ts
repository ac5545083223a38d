import { resolve } from 'node:path';

/** The repository root, from a bundle in out-test/<folder>/. */
export const repoRoot = resolve(__dirname, '..', '..');
export const contentRoot = resolve(repoRoot, 'content');
export const cliPath = resolve(repoRoot, 'dist', 'cli.js');
