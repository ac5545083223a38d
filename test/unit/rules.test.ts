import { strict as assert } from 'node:assert';
import { loadCatalog } from '../../src/core/catalog/load';
import type { CodingProblem, ConceptCard } from '../../src/core/catalog/types';
import {
  newCardsIntroducedOn,
  NEW_CARDS_PER_DAY,
  studySession,
  WEAK_AFTER,
  weakAreaTags,
  weakCards,
} from '../../src/core/cards/studyQueue';
import { placeInsert } from '../../src/core/design/palette';
import { entryLine } from '../../src/core/problems/problemFiles';
import { CRITIQUE_HISTORY, REVIEW_HISTORY, withCritique, withReview } from '../../src/core/progress/history';
import { emptyStudyData, type StudyData } from '../../src/core/progress/studyStore';
import { review } from '../../src/core/cards/scheduler';
import { suiteResult } from '../../src/core/runner/runSolution';
import { contentRoot } from '../support/paths';

const catalog = loadCatalog(contentRoot);
const cosine = catalog.find('cosine-similarity') as CodingProblem;
const cards = catalog.categories.flatMap((c) => c.items).filter((i): i is ConceptCard => i.kind === 'concept');
const critique = (missing: string[]): StudyData['critiques'][number] => ({
  at: '2026-01-01T00:00:00.000Z',
  design: null,
  coverage: 0.5,
  missing,
});
const failedRun = { at: 1, language: 'py' as const, passed: 1, total: 5 };

describe('rules: entry line of a problem file', () => {
  it('finds the function, class, def or binding the problem asks for', () => {
    assert.equal(entryLine('// header\n\nexport function cosineSimilarity(a, b) {}', cosine, 'ts'), 2);
    assert.equal(entryLine('# header\nimport math\n\ndef cosine_similarity(a, b):\n  pass', cosine, 'py'), 3);
    assert.equal(entryLine('const helper = 1;\nexport const cosineSimilarity = () => 0;', cosine, 'js'), 1);
    assert.equal(entryLine('  async function cosineSimilarity() {}', cosine, 'js'), 0);
  });

  it('ignores names that only start with the entry and falls back to the first line', () => {
    assert.equal(entryLine('function cosineSimilarityFast() {}\nfunction other() {}', cosine, 'js'), 0);
    assert.equal(entryLine('a\nb\nfunction cosineSimilarityFast() {}', cosine, 'js'), 0);
  });
});

describe('rules: suite totals', () => {
  it('counts passed, failed and total from the case results', () => {
    const result = suiteResult(
      'p',
      'ts',
      [
        { name: 'a', status: 'passed', durationMs: 1 },
        { name: 'b', status: 'failed', durationMs: 1 },
        { name: 'c', status: 'timeout', durationMs: 1 },
      ],
      7,
    );
    assert.deepEqual([result.passed, result.failed, result.total, result.durationMs, result.output], [1, 2, 3, 7, '']);
  });
});

describe('rules: weak areas and the new-card allowance', () => {
  it('a concern missing from two of the last five critiques is weak; once is not', () => {
    const once = { ...emptyStudyData(), critiques: [critique(['fallback']), critique([])] };
    assert.deepEqual(weakAreaTags(once), []);
    const twice = { ...emptyStudyData(), critiques: [critique(['fallback']), critique(['fallback', 'fallback'])] };
    assert.ok(weakAreaTags(twice).length > 0);
    const old = { ...emptyStudyData(), critiques: [critique(['fallback']), critique(['fallback']), ...Array(5).fill(critique([]))] };
    assert.deepEqual(weakAreaTags(old), [], 'only the last five critiques count');
  });

  it('an unsolved problem failed in each of its last runs is weak; a solved one is not', () => {
    const failing = { ...emptyStudyData(), problems: { bm25: { state: 'attempted' as const, runs: Array(WEAK_AFTER).fill(failedRun) } } };
    assert.deepEqual(weakAreaTags(failing), ['bm25']);
    const solved = { ...emptyStudyData(), problems: { bm25: { state: 'solved' as const, runs: Array(WEAK_AFTER).fill(failedRun) } } };
    assert.deepEqual(weakAreaTags(solved), []);
    const once = { ...emptyStudyData(), problems: { bm25: { state: 'attempted' as const, runs: [failedRun] } } };
    assert.deepEqual(weakAreaTags(once), []);
  });

  it('weak areas name real cards and come first among new cards', () => {
    const data = { ...emptyStudyData(), critiques: [critique(['input-guardrails']), critique(['input-guardrails'])] };
    const weak = weakCards(cards, data);
    assert.ok(weak.size > 0);
    const { queue } = studySession(cards, data, new Date('2026-03-01T10:00:00Z'));
    assert.ok(weak.has(queue[0]!.id));
  });

  it('a first-day user after two critiques of a half-drawn diagram: weak cards lead, the daily allowance holds, the counts agree', () => {
    // Two critiques missing most concerns, as a half-drawn diagram gets.
    const missing = ['input-guardrails', 'fallback', 'caching', 'observability', 'rate-limiting', 'evaluation-offline', 'cost-control'];
    const data = { ...emptyStudyData(), critiques: [critique(missing), critique(missing)] };
    const weak = weakCards(cards, data);
    assert.ok(weak.size > NEW_CARDS_PER_DAY, `the scenario needs more weak cards (${weak.size}) than the allowance`);
    const session = studySession(cards, data, new Date('2026-03-01T10:00:00Z'));
    assert.equal(session.queue.length, NEW_CARDS_PER_DAY, 'boosts reorder within the allowance, never enlarge it');
    assert.ok(session.queue.every((card) => weak.has(card.id)));
    assert.deepEqual({ due: session.due, fresh: session.fresh }, { due: 0, fresh: NEW_CARDS_PER_DAY });
  });

  it('due cards come before the new ones and count in the same session', () => {
    const now = new Date('2026-03-05T10:00:00Z');
    const learned = review(undefined, 'good', new Date('2026-03-01T10:00:00Z'));
    const data: StudyData = {
      ...emptyStudyData(),
      cards: { [cards[0]!.id]: learned, [cards[1]!.id]: learned },
      reviews: [
        { at: '2026-03-05T09:59:00.000Z', card: cards[2]!.id, grade: 'good' },
        { at: '2026-03-01T10:00:00.000Z', card: cards[0]!.id, grade: 'good' },
      ],
    };
    data.cards[cards[2]!.id] = review(undefined, 'good', new Date('2026-03-05T09:59:00Z'));
    const session = studySession(cards, data, now);
    assert.deepEqual(new Set(session.queue.slice(0, 2).map((card) => card.id)), new Set([cards[0]!.id, cards[1]!.id]));
    assert.deepEqual({ due: session.due, fresh: session.fresh }, { due: 2, fresh: NEW_CARDS_PER_DAY - 1 });
    assert.equal(session.queue.length, session.due + session.fresh);
  });

  it('counts the cards first reviewed today (UTC), not every review today', () => {
    const now = new Date('2026-03-02T10:00:00Z');
    const reviews: StudyData['reviews'] = [
      { at: '2026-03-01T09:00:00.000Z', card: 'a', grade: 'good' },
      { at: '2026-03-02T09:00:00.000Z', card: 'a', grade: 'good' },
      { at: '2026-03-02T09:30:00.000Z', card: 'b', grade: 'again' },
      { at: '2026-03-02T09:40:00.000Z', card: 'b', grade: 'good' },
    ];
    assert.equal(newCardsIntroducedOn(reviews, now), 1);
    assert.equal(studySession(cards, emptyStudyData(), now).queue.length, NEW_CARDS_PER_DAY);
  });
});

describe('rules: history retention', () => {
  it(`keeps the latest ${CRITIQUE_HISTORY} critiques and ${REVIEW_HISTORY} reviews, dropping the oldest`, () => {
    let data = {
      ...emptyStudyData(),
      critiques: Array.from({ length: CRITIQUE_HISTORY }, (_, i) => ({ ...critique([]), coverage: i / 1000 })),
    };
    data = withCritique(data, { ...critique(['fallback']), coverage: 1 });
    assert.equal(data.critiques.length, CRITIQUE_HISTORY);
    assert.equal(data.critiques[0]!.coverage, 0.001);
    assert.equal(data.critiques.at(-1)!.coverage, 1);
    const now = new Date('2026-03-02T10:00:00Z');
    data = { ...data, reviews: Array.from({ length: REVIEW_HISTORY }, () => ({ at: 'old', card: 'x', grade: 'good' as const })) };
    data = withReview(data, 'golden-set', review(undefined, 'good', now), 'good', now);
    assert.equal(data.reviews.length, REVIEW_HISTORY);
    assert.deepEqual(data.reviews.at(-1), { at: now.toISOString(), card: 'golden-set', grade: 'good' });
    assert.ok(data.cards['golden-set']);
  });
});

describe('rules: inserting past the last line', () => {
  it('inserts at the start of an existing line as is', () => {
    assert.deepEqual(placeInsert('a\nb\n', { line: 1, text: 'x\n' }), { line: 1, character: 0, text: 'x\n' });
  });

  it('past the end: after the last character, with a line break only when the last line has text', () => {
    assert.deepEqual(placeInsert('a\nb', { line: 2, text: 'x\n' }), { line: 1, character: 1, text: '\nx\n' });
    assert.deepEqual(placeInsert('a\nb\n', { line: 5, text: 'x\n' }), { line: 2, character: 0, text: 'x\n' });
    assert.deepEqual(placeInsert('a\r\nbc', { line: 9, text: 'x\n' }), { line: 1, character: 2, text: '\nx\n' });
  });
});
