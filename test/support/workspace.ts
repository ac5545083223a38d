import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths';

/** A fresh copy of the practice-workspace fixture, and a profile folder beside it. */
export function freshSandbox(prefix: string): { workspace: string; profile: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), `ais-${prefix}-`));
  const workspace = join(root, 'workspace');
  cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  return { workspace, profile: join(root, 'profile'), root };
}
