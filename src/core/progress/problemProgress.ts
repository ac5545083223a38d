/** Per-problem practice history: what was attempted, what was solved, and recent runs. */

export type ProblemState = 'attempted' | 'solved';

export interface RunRecord {
  at: number;
  language: string;
  passed: number;
  total: number;
}

export interface ProblemProgress {
  state: ProblemState;
  runs: RunRecord[];
}

export type ProgressSnapshot = Record<string, ProblemProgress>;

const MAX_RUNS_KEPT = 50;

/** Records a run: once solved a problem stays solved, whatever later runs do. */
export function recordRun(snapshot: ProgressSnapshot, problemId: string, run: RunRecord): ProgressSnapshot {
  const previous = snapshot[problemId];
  const solvedNow = run.total > 0 && run.passed === run.total;
  const state: ProblemState = previous?.state === 'solved' || solvedNow ? 'solved' : 'attempted';
  const runs = [...(previous?.runs ?? []), run].slice(-MAX_RUNS_KEPT);
  return { ...snapshot, [problemId]: { state, runs } };
}
