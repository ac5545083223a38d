import * as vscode from 'vscode';
import { recordRun, type ProgressSnapshot, type RunRecord } from '../core/progress/problemProgress';
import type { StudyStore } from '../core/progress/studyStore';

/** Solved/attempted state per problem, kept in the study file so it follows the user. */
export class ProblemProgressStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<string>();
  /** Fires with the id of the problem whose state changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly study: StudyStore) {}

  snapshot(): ProgressSnapshot {
    return this.study.snapshot.problems;
  }

  stateOf(problemId: string) {
    return this.snapshot()[problemId]?.state;
  }

  async record(problemId: string, run: RunRecord): Promise<void> {
    this.study.update((data) => ({ ...data, problems: recordRun(data.problems, problemId, run) }));
    this.changed.fire(problemId);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
