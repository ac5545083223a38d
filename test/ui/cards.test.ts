import { strict as assert } from 'node:assert';
import { loadCatalog } from '../../src/core/catalog/load';
import { review } from '../../src/core/cards/scheduler';
import { emptyStudyData } from '../../src/core/progress/studyStore';
import { contentRoot } from '../support/paths';
import { openStudioSidebar, scrollTreeToTop, useWorkbench, newestWebview } from '../support/workbench';

const cardCount = loadCatalog(contentRoot)
  .categories.filter((category) => category.kind === 'concept')
  .reduce((sum, category) => sum + category.items.length, 0);

/** A study history where three cards fell due yesterday. */
function studyWithDueCards(): string {
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600_000);
  const data = emptyStudyData();
  for (const id of ['golden-set', 'precision-recall', 'chunking-tradeoffs']) {
    let state = review(undefined, 'good', twoDaysAgo);
    state = { ...state, due: new Date(Date.now() - 24 * 3600_000).toISOString() };
    data.cards[id] = state;
    data.reviews.push({ at: twoDaysAgo.toISOString(), card: id, grade: 'good' });
  }
  return JSON.stringify(data);
}

describe('UI: concept cards in browser VS Code', () => {
  const workbench = useWorkbench('cards', { globalStorage: { 'study.json': studyWithDueCards() } });

  it('opens a card from the tree, reveals the answer, grades it and sees the due count drop', async () => {
    const { page } = workbench();
    await openStudioSidebar(page);
    // Three cards due again plus today's ten new ones.
    const dueStatus = page.locator('.statusbar-item', { hasText: /\d+ to review/ }).first();
    await dueStatus.waitFor({ timeout: 60_000 });
    assert.match(await dueStatus.innerText(), /\b13 to review/);

    await page.getByRole('treeitem', { name: /^Evaluation, / }).click();
    await page.getByRole('treeitem', { name: /Building a golden evaluation set/ }).click();
    const panel = newestWebview(page);
    await panel.getByText('How do you build the first evaluation set for a new LLM feature?').waitFor({ timeout: 30_000 });
    assert.equal(await panel.locator('#answer-side').isVisible(), false, 'the answer stays hidden until revealed');
    await workbench().screenshot('question');

    await panel.locator('#reveal').click();
    await panel.locator('#strong').waitFor();
    assert.equal(await panel.locator('#reveal').isVisible(), false, 'Reveal answer goes once the answer shows');
    const grades = await panel.locator('#grades').boundingBox();
    assert.ok(grades && grades.y + grades.height <= 900, `the grade buttons are in view (${JSON.stringify(grades)})`);
    assert.match(await panel.locator('#strong').innerText(), /golden set|cases/i);
    await workbench().screenshot('revealed');

    await panel.locator('#grade-good').click();
    await page
      .locator('.statusbar-item', { hasText: /\b12 to review/ })
      .first()
      .waitFor({ timeout: 15_000 });
    // The next due card is shown straight away.
    await panel.locator('#title').filter({ hasNotText: 'Building a golden evaluation set' }).waitFor();
    await workbench().screenshot('graded');
  });

  it('shows progress: cards learned and due, from the sidebar title bar', async () => {
    const { page } = workbench();
    // Title-bar actions show while the view has focus or the pointer.
    await openStudioSidebar(page);
    await scrollTreeToTop(page);
    await page.getByRole('treeitem', { name: /Retrieval & ranking/ }).click();
    const header = page.locator('.pane-header', { hasText: 'Questions' });
    await header.hover();
    await header.locator('.action-label[aria-label="Show Progress"]').click();
    const progress = newestWebview(page);
    await progress.getByText('day streak').waitFor({ timeout: 30_000 });
    await progress
      .locator('#cards-learned')
      .filter({ hasText: new RegExp(`/${cardCount}$`) })
      .waitFor();
    assert.equal(await progress.locator('#cards-due').innerText(), '12', 'the same count as the status bar');
    await workbench().screenshot('progress');
  });
});

/** A first-day user's history after two critiques of a half-drawn diagram that missed most concerns. */
function firstDayAfterTwoCritiques(): string {
  const missing = ['input-guardrails', 'fallback', 'caching', 'observability', 'rate-limiting', 'evaluation-offline', 'cost-control'];
  const at = new Date().toISOString();
  return JSON.stringify({
    ...emptyStudyData(),
    critiques: [0, 1].map(() => ({ at, design: 'rag-support-chatbot', coverage: 0.2, missing })),
  });
}

describe('UI: a boosted card session keeps the daily allowance', () => {
  const workbench = useWorkbench('cards-boosted', { globalStorage: { 'study.json': firstDayAfterTwoCritiques() } });

  it('weak-area cards lead, and the panel and the status bar both say ten', async () => {
    const { page } = workbench();
    await openStudioSidebar(page);
    const status = page.locator('.statusbar-item', { hasText: /\d+ to review/ }).first();
    await status.waitFor({ timeout: 60_000 });
    assert.match(await status.innerText(), /\b10 to review/);
    await status.click();
    const panel = newestWebview(page);
    await panel.locator('#category', { hasText: '10 left in this session' }).waitFor({ timeout: 30_000 });
    await panel.locator('#reveal').click();
    await panel.locator('#grades').waitFor();
    await workbench().screenshot('session');
  });
});
