import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { NEW_CARDS_PER_DAY } from '../../src/core/cards/studyQueue';
import { StudyStore } from '../../src/core/progress/studyStore';
import type { StudioApi } from '../../src/extension';

async function studio(): Promise<StudioApi> {
  return vscode.extensions.getExtension<StudioApi>('ai-interview-studio.ai-interview-studio')!.activate();
}

describe('concept cards with spaced repetition', () => {
  it('opens a card from the tree command in the review panel', async () => {
    await studio();
    await vscode.commands.executeCommand('aiInterviewStudio.openItem', 'golden-set');
    const isReviewTab = (tab: vscode.Tab) => tab.label === 'Review cards' && tab.input instanceof vscode.TabInputWebview;
    const deadline = Date.now() + 10_000;
    // The tab model reaches the extension host asynchronously.
    while (Date.now() < deadline && !vscode.window.tabGroups.all.flatMap((group) => group.tabs).some(isReviewTab))
      await new Promise((r) => setTimeout(r, 100));
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    assert.ok(tabs.some(isReviewTab), tabs.map((tab) => tab.label).join(', '));
  });

  it('reviews a card and the next due date persists in the study file (as after a reload)', async () => {
    const api = await studio();
    const before = api.cards.dueCount();
    const due = api.cards.grade('golden-set', 'good');
    assert.ok(due.getTime() > Date.now(), 'a good review schedules the card in the future');
    const reloaded = new StudyStore(api.study.path);
    assert.equal(reloaded.snapshot.cards['golden-set']?.due, due.toISOString());
    assert.equal(reloaded.snapshot.reviews.at(-1)?.card, 'golden-set');
    assert.ok(api.cards.dueCount() < before, "the reviewed card is not due again yet and used one of today's new cards");
    assert.ok(!api.cards.queue().some((card) => card.id === 'golden-set'));
  });

  it('moves cards about concerns the critic keeps flagging to the front of the queue', async () => {
    const api = await studio();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startDesign', 'writing-assistant-eval');
    await api.critique.critique(uri);
    await api.critique.critique(uri);
    const weak = api.cards.weakCards();
    assert.ok(weak.has('llm-as-judge-bias'), `weak cards: ${[...weak]}`);
    const queue = api.cards.queue();
    const firstNew = queue.findIndex((card) => !api.study.snapshot.cards[card.id]);
    assert.ok(weak.has(queue[firstNew]!.id), 'a weak-area card comes before other new cards');
    const session = api.cards.session();
    assert.ok(session.fresh <= NEW_CARDS_PER_DAY, `boosts stay within the daily allowance (${session.fresh} new)`);
    assert.equal(api.cards.dueCount(), queue.length, 'the badge and the status bar count the session the panel opens');
  });

  it('shows the progress view with solved problems and reviewed cards', async () => {
    const api = await studio();
    await vscode.commands.executeCommand('aiInterviewStudio.showProgress');
    const deadline = Date.now() + 10_000;
    const isProgressTab = (tab: vscode.Tab) => tab.label === 'Interview progress';
    while (Date.now() < deadline && !vscode.window.tabGroups.all.flatMap((group) => group.tabs).some(isProgressTab))
      await new Promise((r) => setTimeout(r, 100));
    assert.ok(vscode.window.tabGroups.all.flatMap((group) => group.tabs).some(isProgressTab));
    assert.ok(api.study.snapshot.reviews.length > 0);
  });
});
