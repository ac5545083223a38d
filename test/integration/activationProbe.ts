/** What the suite's root hook measured when it first opened the extension's view (see index.ts). */
export interface ActivationProbe {
  activeBeforeView: boolean;
  /** From opening the view to the tree's first children, activation included. */
  firstRenderMs: number;
  /** Opening the view again once active: the workbench's part, the activation benchmark's baseline. */
  reopenMs: number;
  rootCount: number;
  /** require.cache keys right after activation. */
  modules: string[];
}

/** The global the root hook stores the probe under: each test file is its own bundle, so state goes through globalThis. */
export const ACTIVATION_PROBE = '__aiInterviewStudioActivationProbe';

export function activationProbe(): ActivationProbe {
  const probe = (globalThis as Record<string, unknown>)[ACTIVATION_PROBE] as ActivationProbe | undefined;
  if (!probe) throw new Error('the activation probe did not run: run the suite through test/integration/index');
  return probe;
}
