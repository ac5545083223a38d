import * as vscode from 'vscode';
import {
  elapsed,
  formatRemaining,
  isOver,
  pause,
  phaseAt,
  PHASES,
  resume,
  startClock,
  type MockClock,
  type Phase,
} from '../core/design/mockInterview';
import { Disposable, registered } from '../disposable';
import type { CanvasSession, DesignCanvasProvider } from './designCanvasProvider';
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
 * diagram (a plain file, so nothing typed there can be lost).
 */
export class MockInterviewController extends Disposable {
  private current: RunningInterview | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private readonly statusItem = this.own(
    vscode.window.createStatusBarItem('aiInterviewStudio.mockInterview', vscode.StatusBarAlignment.Left, 100),
  );
  /** Designs whose mock interview ran to the end: an attempt, for the model answer. */
  readonly finished = new Set<string>();

  static register(context: vscode.ExtensionContext, deps: { canvases: DesignCanvasProvider }) {
    return registered(context, new MockInterviewController(deps.canvases));
  }

  private constructor(private readonly canvases: DesignCanvasProvider) {
    super();
    this.statusItem.name = 'AI Interview Studio mock interview';
    this.own(
      { dispose: () => clearInterval(this.ticker) },
      canvases.onMockControl(({ session, action }) => void this.control(action, session)),
      registerCommand('aiInterviewStudio.mockInterview.start', () => this.control('start')),
      registerCommand('aiInterviewStudio.mockInterview.pause', () => this.control('pause')),
      registerCommand('aiInterviewStudio.mockInterview.resume', () => this.control('resume')),
      registerCommand('aiInterviewStudio.mockInterview.stop', () => this.control('stop')),
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
    await this.appendNotes(`\n## Mock interview, ${new Date().toLocaleString()} (${minutes} min)\n\n### ${this.current.phase.title}\n\n`);
    await vscode.commands.executeCommand('setContext', 'aiInterviewStudio.mockRunning', true);
    await vscode.commands.executeCommand('setContext', 'aiInterviewStudio.mockPaused', false);
    this.statusItem.command = 'aiInterviewStudio.mockInterview.pause';
    this.statusItem.show();
    this.ticker = setInterval(() => this.tick(), 1000);
    this.tick();
    void vscode.window.showInformationMessage(`Mock interview: ${this.current.phase.title}. ${this.current.phase.prompt}`);
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
    await this.appendNotes(`\n_${timeUp ? 'Time is up' : 'Stopped'} at ${new Date().toLocaleTimeString()}._\n`);
    this.current = undefined;
    this.statusItem.hide();
    this.canvases.broadcast(interview.diagram, { type: 'mock', view: null });
    await vscode.commands.executeCommand('setContext', 'aiInterviewStudio.mockRunning', false);
    this.finished.add(interview.diagram.toString());
    if (timeUp) {
      void vscode.window.showInformationMessage(
        'Mock interview: time is up. Review your diagram, run the critic, then compare with the model answer.',
      );
    }
  }

  private async appendNotes(text: string): Promise<void> {
    const interview = this.current;
    if (!interview) return;
    await appendNotes(interview.diagram, text, `# Notes: ${vscode.workspace.asRelativePath(interview.diagram)}\n`);
  }
}
