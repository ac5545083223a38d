import * as vscode from 'vscode';
import { recordRun, type ProgressSnapshot, type RunRecord } from '../core/progress/problemProgress';

const KEY = 'aiInterviewStudio.problemProgress';

/** Solved/attempted state per problem, kept in global state so it follows the user. */
export class ProblemProgressStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<string>();
  /** Fires with the id of the problem whose state changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  snapshot(): ProgressSnapshot {
    return this.state.get<ProgressSnapshot>(KEY, {});
  }

  stateOf(problemId: string) {
    return this.snapshot()[problemId]?.state;
  }

  async record(problemId: string, run: RunRecord): Promise<void> {
    await this.state.update(KEY, recordRun(this.snapshot(), problemId, run));
    this.changed.fire(problemId);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
