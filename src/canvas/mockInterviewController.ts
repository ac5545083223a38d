import * as vscode from 'vscode';
import {
  elapsed,
  formatRemaining,
  INTERVIEW_NOTES_HEADING,
  isOver,
  pause,
  phaseAt,
  PHASES,
  resume,
  startClock,
  type MockClock,
  type Phase,
} from '../core/design/mockInterview';
import { withMockInterview } from '../core/progress/history';
import type { StudyStore } from '../core/progress/studyStore';
import { Disposable, registered } from '../disposable';
import type { CanvasSession, DesignCanvasProvider } from './designCanvasProvider';
import type { FinishedInterview, MockDebriefPanel } from './mockDebriefPanel';
import { appendNotes, notesUri } from './notesFile';
import { registerCommand } from '../userError';

interface RunningInterview {
  /** The diagram: every canvas open on it shows the interview. */
  diagram: vscode.Uri;
  clock: MockClock;
  phase: Phase;
  notes: vscode.Uri;
}

/**
 * The timed mock interview on one canvas: a countdown in the status bar and the canvas,
 * a prompt at each phase change, pause/resume, and notes in a Markdown file beside the
 * diagram (a plain file, so nothing typed there can be lost). When it ends, the debrief opens
 * and the status bar item turns into the way back to it: no toast, which would cover the debrief.
 */
export class MockInterviewController extends Disposable {
  private current: RunningInterview | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private readonly statusItem = this.own(
    vscode.window.createStatusBarItem('aiInterviewStudio.mockInterview', vscode.StatusBarAlignment.Left, 100),
  );
  /** Designs whose mock interview ran to the end: an attempt, for the model answer. */
  readonly finished = new Set<string>();
  /** The interview that ended last: what the status bar item and the Show Debrief command reopen. */
  private lastFinished: FinishedInterview | undefined;

  static register(
    context: vscode.ExtensionContext,
    deps: { canvases: DesignCanvasProvider; debrief: MockDebriefPanel; study: StudyStore },
  ) {
    return registered(context, new MockInterviewController(deps.canvases, deps.debrief, deps.study));
  }

  private constructor(
    private readonly canvases: DesignCanvasProvider,
    private readonly debrief: MockDebriefPanel,
    private readonly study: StudyStore,
  ) {
    super();
    this.statusItem.name = 'AI Interview Studio mock interview';
    this.own(
      { dispose: () => clearInterval(this.ticker) },
      canvases.onMockControl(({ session, action }) => void (action === 'stop' ? this.confirmStop() : this.control(action, session))),
      registerCommand('aiInterviewStudio.mockInterview.start', () => this.control('start')),
      registerCommand('aiInterviewStudio.mockInterview.pause', () => this.control('pause')),
      registerCommand('aiInterviewStudio.mockInterview.resume', () => this.control('resume')),
      registerCommand('aiInterviewStudio.mockInterview.stop', () => this.confirmStop()),
      registerCommand('aiInterviewStudio.mockInterview.showDebrief', () => this.showDebrief()),
    );
  }

  /** Current state, for tests and the status bar. */
  get state(): { phase: string; remainingMs: number; running: boolean } | undefined {
    if (!this.current) return undefined;
    const now = Date.now();
    return {
      phase: this.current.phase.id,
      remainingMs: this.current.clock.totalMs - elapsed(this.current.clock, now),
      running: this.current.clock.runningSince !== null,
    };
  }

  /** Stop, as the user asks for it: confirmed first in a modal, since the interview cannot be resumed. */
  async confirmStop(): Promise<void> {
    if (!this.current) return;
    const choice = await vscode.window.showWarningMessage(
      'Stop the mock interview?',
      { modal: true, detail: 'The timer ends for good and the debrief opens: time per phase, your notes, the critique and the rubric.' },
      'Stop and Debrief',
    );
    if (choice) await this.control('stop');
  }

  /** Starts, pauses, resumes or stops (without asking: the commands and the canvas ask first). */
  async control(action: 'start' | 'pause' | 'resume' | 'stop', session?: CanvasSession): Promise<void> {
    const now = Date.now();
    if (action === 'start') return this.start(session ?? this.canvases.activeSession());
    if (!this.current) return;
    if (action === 'pause') this.current.clock = pause(this.current.clock, now);
    if (action === 'resume') this.current.clock = resume(this.current.clock, now);
    if (action === 'stop') return this.finish(false);
    await vscode.commands.executeCommand('setContext', 'aiInterviewStudio.mockPaused', this.current.clock.runningSince === null);
    this.tick();
  }

  private async start(session: CanvasSession | undefined): Promise<void> {
    if (!session) {
      void vscode.window.showInformationMessage('Open a design diagram (.mmd) in the canvas first, then start the mock interview.');
      return;
    }
    if (this.current) await this.finish(false);
    const minutes = vscode.workspace.getConfiguration('aiInterviewStudio').get<number>('mockInterview.minutes', 45);
    const clock = startClock(minutes * 60_000, Date.now());
    const notes = notesUri(session.document.uri);
    this.current = { diagram: session.document.uri, clock, phase: phaseAt(clock, Date.now()), notes };
    await this.appendNotes(
      `\n${INTERVIEW_NOTES_HEADING}, ${new Date().toLocaleString()} (${minutes} min)\n\n### ${this.current.phase.title}\n\n`,
    );
    await vscode.commands.executeCommand('setContext', 'aiInterviewStudio.mockRunning', true);
    await vscode.commands.executeCommand('setContext', 'aiInterviewStudio.mockPaused', false);
    this.statusItem.command = 'aiInterviewStudio.mockInterview.pause';
    this.statusItem.show();
    this.ticker = setInterval(() => this.tick(), 1000);
    // The first phase's prompt is on the canvas's interview bar; a toast would only repeat it.
    this.tick();
  }

  private tick(): void {
    const interview = this.current;
    if (!interview) return;
    const now = Date.now();
    if (isOver(interview.clock, now)) return void this.finish(true);
    const phase = phaseAt(interview.clock, now);
    if (phase.id !== interview.phase.id) {
      interview.phase = phase;
      void this.appendNotes(`\n### ${phase.title}\n\n`);
      void vscode.window.showInformationMessage(`Mock interview, next phase: ${phase.title}. ${phase.prompt}`);
    }
    const running = interview.clock.runningSince !== null;
    const remainingMs = interview.clock.totalMs - elapsed(interview.clock, now);
    this.statusItem.text = `$(${running ? 'clock' : 'debug-pause'}) ${formatRemaining(remainingMs)} · ${phase.title}`;
    this.statusItem.tooltip = `${phase.prompt}\n\nClick to ${running ? 'pause' : 'resume'}.`;
    this.statusItem.command = running ? 'aiInterviewStudio.mockInterview.pause' : 'aiInterviewStudio.mockInterview.resume';
    this.canvases.broadcast(interview.diagram, {
      type: 'mock',
      view: { phase: phase.title, phaseIndex: PHASES.indexOf(phase), prompt: phase.prompt, remainingMs, running },
    });
  }

  private async finish(timeUp: boolean): Promise<void> {
    const interview = this.current;
    if (!interview) return;
    clearInterval(this.ticker);
    const endedAt = Date.now();
    await this.appendNotes(`\n_${timeUp ? 'Time is up' : 'Stopped'} at ${new Date(endedAt).toLocaleTimeString()}._\n`);
    this.current = undefined;
    this.canvases.broadcast(interview.diagram, { type: 'mock', view: null });
    await vscode.commands.executeCommand('setContext', 'aiInterviewStudio.mockRunning', false);
    this.finished.add(interview.diagram.toString());
    const session = this.canvases.session(interview.diagram);
    const finished: FinishedInterview = {
      diagram: interview.diagram,
      design: session && this.canvases.questionOf(session.document),
      clock: interview.clock,
      endedAt,
      endedBy: timeUp ? 'time' : 'stop',
    };
    this.study.update((data) =>
      withMockInterview(data, {
        at: new Date(endedAt).toISOString(),
        design: finished.design?.id ?? null,
        endedBy: finished.endedBy,
        elapsedMs: elapsed(interview.clock, endedAt),
      }),
    );
    this.lastFinished = finished;
    // The debrief says how it ended and offers the model answer; the status bar keeps the way back to it.
    this.statusItem.text = `$(checklist) Mock interview ${finished.endedBy === 'time' ? 'over' : 'stopped'}`;
    this.statusItem.tooltip = 'Show the debrief: time per phase, your notes, the critique and the rubric.';
    this.statusItem.command = 'aiInterviewStudio.mockInterview.showDebrief';
    await this.debrief.show(finished);
  }

  /** Reopens the last debrief (its tab may have been closed). */
  private async showDebrief(): Promise<void> {
    if (!this.lastFinished) {
      void vscode.window.showInformationMessage('No mock interview has ended in this window yet: its debrief opens when one does.');
      return;
    }
    await this.debrief.show(this.lastFinished);
  }

  private async appendNotes(text: string): Promise<void> {
    const interview = this.current;
    if (!interview) return;
    await appendNotes(interview.diagram, text, `# Notes: ${vscode.workspace.asRelativePath(interview.diagram)}\n`);
  }
}
