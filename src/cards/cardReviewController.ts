import * as vscode from 'vscode';
import type { Catalog, ConceptCard } from '../core/catalog/types';
import { describeInterval, GRADES, previewDue, review, type GradeName } from '../core/cards/scheduler';
import { studySession, weakCards, type StudySession } from '../core/cards/studyQueue';
import { withReview } from '../core/progress/history';
import type { StudyStore } from '../core/progress/studyStore';
import { isCardsToHost, type HostToCards } from '../protocol/cards';
import { loadCritic } from '../core/critique/loadCritic';
import { Disposable, registered } from '../disposable';
import type { ExtensionPaths } from '../extensionPaths';
import type { LlmModels } from '../llm/llmModels';
import { cardsHtml } from './cardsHtml';
import { plural } from '../core/plural';
import { registerCommand } from '../userError';
import { log } from '../log';

/**
 * Spaced repetition of concept cards with ts-fsrs: a review panel (question, optional typed
 * answer, reveal, Again/Hard/Good/Easy), the due count on the sidebar badge and the status
 * bar, and weak areas from critiques and failed problems moved up the queue.
 */
export class CardReviewController extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** A card opened on its own (from the tree) is shown first, due or not. */
  private pinned: ConceptCard | undefined;
  /** The cards of a drill still to study, while the panel runs one; graded cards leave it. */
  private drill: string[] | undefined;
  private readonly statusItem = this.own(
    vscode.window.createStatusBarItem('aiInterviewStudio.dueCards', vscode.StatusBarAlignment.Left, 90),
  );
  private readonly cards: ConceptCard[];
  private readonly categoryTitles: Map<string, string>;

  static register(
    context: vscode.ExtensionContext,
    deps: { catalog: Catalog; study: StudyStore; paths: ExtensionPaths; view: vscode.TreeView<unknown>; llm: LlmModels },
  ) {
    return registered(
      context,
      new CardReviewController(deps.catalog, deps.study, deps.paths.webviewRoot, deps.view, deps.llm, deps.paths.bundleDir),
    );
  }

  private constructor(
    catalog: Catalog,
    private readonly study: StudyStore,
    private readonly bundleRoot: vscode.Uri,
    private readonly view: vscode.TreeView<unknown>,
    private readonly llm: LlmModels,
    private readonly criticDir: string,
  ) {
    super();
    this.categoryTitles = new Map(catalog.categories.map((category) => [category.id, category.title]));
    this.cards = catalog.categories.flatMap((category) => category.items).filter((item): item is ConceptCard => item.kind === 'concept');
    this.statusItem.command = 'aiInterviewStudio.reviewDueCards';
    this.statusItem.name = 'AI Interview Studio cards due';
    // Every study change (a grade here, an import, another feature) updates the counts; the
    // timer catches cards that become due while nothing changes.
    const timer = setInterval(() => this.refreshCounts(), 60_000);
    this.own(
      { dispose: () => clearInterval(timer) },
      study.onChange(() => this.refreshCounts()),
      registerCommand('aiInterviewStudio.reviewDueCards', () => {
        this.drill = undefined;
        return this.open();
      }),
      registerCommand('aiInterviewStudio.drillCards', (ids: unknown) => this.startDrill(ids)),
      registerCommand('aiInterviewStudio.openCard', (id: string) => this.open(this.cards.find((card) => card.id === id))),
      { dispose: () => this.panel?.dispose() },
    );
    this.refreshCounts();
  }

  /** Cards due now plus new cards allowed today, weak areas first, and their counts. */
  session(now = new Date()): StudySession {
    return studySession(this.cards, this.study.snapshot, now);
  }

  queue(now = new Date()): ConceptCard[] {
    return this.session(now).queue;
  }

  /** The drill the panel runs, if any: its cards still to study. */
  drillQueue(now = new Date()): ConceptCard[] | undefined {
    return this.drill && studySession(this.cards, this.study.snapshot, now, this.drill).queue;
  }

  /** Opens the card panel on these cards (a follow-up drill), in this order, due or not. */
  private async startDrill(ids: unknown): Promise<void> {
    const known = new Set(this.cards.map((card) => card.id));
    const drill = Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && known.has(id)) : [];
    if (drill.length === 0) {
      void vscode.window.showInformationMessage('No concept cards to drill: every concern was covered.');
      return;
    }
    this.drill = drill;
    this.pinned = undefined;
    await this.open();
  }

  /** What the badge and the status bar show: the length of the session the panel would open. */
  dueCount(now = new Date()): number {
    return this.session(now).queue.length;
  }

  /** Cards tied to concerns the critic flagged in recent critiques, or to problems failed repeatedly. */
  weakCards(): Set<string> {
    return weakCards(this.cards, this.study.snapshot);
  }

  /** Records a review and returns the card's next due date. */
  grade(cardId: string, grade: GradeName, now = new Date()): Date {
    // Scheduled from the card's state in the file as it is now: another window may have graded it.
    this.study.update((data) => withReview(data, cardId, review(data.cards[cardId], grade, now), grade, now));
    if (this.pinned?.id === cardId) this.pinned = undefined;
    if (this.drill) this.drill = this.drill.filter((id) => id !== cardId);
    return new Date(this.study.snapshot.cards[cardId]!.due);
  }

  private refreshCounts(): void {
    const { queue, due, fresh } = this.session();
    const summary = `${plural(due, 'card')} due again, ${plural(fresh, 'new card')} for today`;
    this.view.badge = queue.length
      ? { value: queue.length, tooltip: `${plural(queue.length, 'concept card')} to review: ${summary}` }
      : undefined;
    this.statusItem.text = `$(mortar-board) ${queue.length} to review`;
    this.statusItem.tooltip = queue.length
      ? `${summary}: click to review`
      : 'Nothing to review today: click to see when the next card is due';
    this.statusItem.show();
  }

  private async open(card?: ConceptCard): Promise<void> {
    if (card) this.pinned = card;
    if (this.panel) {
      this.panel.reveal();
      await this.showNext();
      return;
    }
    const root = this.bundleRoot;
    const panel = vscode.window.createWebviewPanel('aiInterviewStudio.cards', 'Review cards', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [root],
      retainContextWhenHidden: true,
    });
    this.panel = panel;
    panel.webview.html = cardsHtml(panel.webview, root);
    const messages = panel.webview.onDidReceiveMessage((message: unknown) => {
      if (!isCardsToHost(message)) return void log.warn('card review: ignored a malformed message', JSON.stringify(message));
      if (message.type === 'gradeAnswer') return void this.gradeWithLlm(message.cardId, message.answer);
      if (message.type === 'grade') this.grade(message.cardId, message.grade);
      void this.showNext();
    });
    panel.onDidDispose(() => {
      messages.dispose();
      this.panel = undefined;
      this.drill = undefined;
    });
  }

  /** Optional: an LLM grades the typed answer against the card's rubric; the user still chooses the grade. */
  async gradeWithLlm(cardId: string, answer: string): Promise<void> {
    const card = this.cards.find((candidate) => candidate.id === cardId);
    const post = (message: HostToCards) => void this.panel?.webview.postMessage(message);
    const choice = card ? await this.llm.choose() : { unavailable: `No card "${cardId}".` };
    if (!card || 'unavailable' in choice)
      return post({ type: 'answerGradeFailed', cardId, message: 'unavailable' in choice ? choice.unavailable : '' });
    try {
      const grade = await loadCritic(this.criticDir).gradeAnswer(card, answer, { model: choice.model });
      post({ type: 'answerGrade', cardId, ...grade });
    } catch (error) {
      post({ type: 'answerGradeFailed', cardId, message: error instanceof Error ? error.message : String(error) });
    }
  }

  private async showNext(): Promise<void> {
    const now = new Date();
    const queue = this.drillQueue(now) ?? this.queue(now);
    const next = this.pinned ?? queue[0];
    const post = (message: HostToCards) => void this.panel?.webview.postMessage(message);
    if (!next) {
      const upcoming =
        Object.values(this.study.snapshot.cards)
          .map((state) => state.due)
          .sort()[0] ?? null;
      return post({ type: 'done', nextDue: upcoming });
    }
    const preview = previewDue(this.study.snapshot.cards[next.id], now);
    const intervals = Object.fromEntries(GRADES.map((grade) => [grade, describeInterval(now, preview[grade])])) as Record<
      GradeName,
      string
    >;
    post({
      type: 'show',
      card: {
        id: next.id,
        title: next.title,
        category: this.categoryTitles.get(next.category) ?? next.category,
        question: next.question,
        testing: next.testing,
        strongAnswer: next.strongAnswer,
        weakAnswers: next.weakAnswers,
        followUps: next.followUps,
        exampleStory: next.exampleStory ?? null,
      },
      intervals,
      remaining: queue.filter((card) => card.id !== next.id).length + 1,
      canGrade: await this.llm.available(),
    });
  }
}
