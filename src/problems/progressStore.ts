import { recordRun, type ProgressSnapshot, type ProblemState, type RunRecord } from '../core/progress/problemProgress';
import type { StudyStore } from '../core/progress/studyStore';

/** Solved/attempted state per problem, kept in the study file (whose onChange announces every run). */
export class ProblemProgressStore {
  constructor(private readonly study: StudyStore) {}

  snapshot(): ProgressSnapshot {
    return this.study.snapshot.problems;
  }

  stateOf(problemId: string): ProblemState | undefined {
    return this.snapshot()[problemId]?.state;
  }

  record(problemId: string, run: RunRecord): void {
    this.study.update((data) => ({ ...data, problems: recordRun(data.problems, problemId, run) }));
  }
}
