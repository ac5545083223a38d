import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../../src/core/catalog/load';
import type { ConceptCard } from '../../src/core/catalog/types';
import { relatedCards, reviewQueue } from '../../src/core/cards/reviewQueue';
import { NEW_CARDS_PER_DAY, studySession } from '../../src/core/cards/studyQueue';
import { describeInterval, isDue, previewDue, review } from '../../src/core/cards/scheduler';
import { withMockInterview } from '../../src/core/progress/history';
import { emptyStudyData, parseStudyData, StudyStore } from '../../src/core/progress/studyStore';
import { progressSummary, streak } from '../../src/core/progress/summary';
import { CONCERN_CARD_TAGS } from '../../src/core/critique/concerns';
import { contentRoot, repoRoot } from '../support/paths';

const cards = loadCatalog(contentRoot)
  .categories.flatMap((c) => c.items)
  .filter((i): i is ConceptCard => i.kind === 'concept');
const day = 24 * 3600_000;

describe('cards: the deck', () => {
  it('has at least 200 cards across the interview areas, each complete', () => {
    assert.ok(cards.length >= 200, `${cards.length} cards`);
    const categories = new Set(cards.map((card) => card.category));
    for (const area of [
      'llm-fundamentals',
      'rag',
      'prompting',
      'agents',
      'evaluation',
      'guardrails-security',
      'production-llmops',
      'ml-basics',
      'behavioral',
    ]) {
      assert.ok(cards.filter((card) => card.category === area).length >= 10, `${area} has at least 10 cards`);
    }
    assert.equal(categories.size, 9);
    for (const card of cards) {
      assert.ok(card.strongAnswer.length > 150, `${card.id}: a strong answer says enough`);
      assert.ok(card.weakAnswers.length >= 2 && card.followUps.length >= 2, card.id);
    }
  });

  it('gives every behavioral card a worked example story, and only those', () => {
    for (const card of cards) {
      if (card.category === 'behavioral') assert.ok((card.exampleStory ?? '').length > 200, `${card.id}: a worked example`);
      else assert.equal(card.exampleStory, undefined, `${card.id}: stories belong to behavioral cards`);
    }
  });

  it('covers the topics interviews have moved to', () => {
    const ids = new Set(cards.map((card) => card.id));
    for (const id of [
      'speculative-decoding',
      'continuous-batching-paged-attention',
      'gpu-memory-ttft-tpot',
      'choosing-embedding-model',
      'choosing-vector-database',
      'graphrag',
      'late-interaction-retrieval',
      'context-engineering-compaction',
      'durable-execution',
      'prompt-chaining',
      'bleu-rouge-limits',
      'pass-at-k',
      'constitutional-ai-alignment',
      'debug-irrelevant-retrieval',
      'add-ai-to-product',
      'agent-frameworks',
      'dspy-prompt-optimisation',
      'multimodal-basics',
      'voice-agent-basics',
      'classification-vs-regression',
      'ml-experience',
      'weakness-in-ai',
      'staying-current',
      'prioritise-model-vs-infra',
    ]) {
      assert.ok(ids.has(id), `no card ${id}`);
    }
    assert.ok(!ids.has('tool-descriptions-as-prompts'), 'the tool-description card was merged into tool-design');
  });

  it('ties every critic concern to at least one card, so weak areas have something to review', () => {
    for (const [concern, tags] of Object.entries(CONCERN_CARD_TAGS)) {
      assert.ok(relatedCards(cards, tags).size > 0, `no card for ${concern}`);
    }
  });
});

describe('cards: scheduling with ts-fsrs', () => {
  const now = new Date('2026-11-24T09:00:00Z');

  it('schedules a new card, sooner for Again than for Easy', () => {
    const preview = previewDue(undefined, now);
    const times = (['again', 'hard', 'good', 'easy'] as const).map((grade) => preview[grade].getTime());
    assert.deepEqual(
      [...times].sort((a, b) => a - b),
      times,
      'again <= hard <= good <= easy',
    );
    assert.ok(times[0]! > now.getTime());
    const good = review(undefined, 'good', now);
    assert.equal(new Date(good.due).getTime(), preview.good.getTime());
    assert.equal(good.reps, 1);
    assert.equal(isDue(good, now), false);
  });

  it('grows the interval with successful reviews and shrinks it after a lapse', () => {
    let state = review(undefined, 'good', now);
    let at = new Date(state.due);
    state = review(state, 'good', at);
    at = new Date(state.due);
    state = review(state, 'good', at);
    const interval = new Date(state.due).getTime() - at.getTime();
    assert.ok(interval >= 2 * day, `interval after three goods: ${interval / day} days`);
    const lapsed = review(state, 'again', new Date(state.due));
    assert.equal(lapsed.lapses, 1);
    assert.ok(new Date(lapsed.due).getTime() - new Date(state.due).getTime() < interval);
  });

  it('is deterministic and survives a JSON round trip', () => {
    const a = review(review(undefined, 'hard', now), 'good', new Date(now.getTime() + day));
    const b = review(JSON.parse(JSON.stringify(review(undefined, 'hard', now))), 'good', new Date(now.getTime() + day));
    assert.deepEqual(a, b);
  });

  it('describes intervals for the grade buttons', () => {
    assert.equal(describeInterval(now, new Date(now.getTime() + 60_000)), '1 min');
    assert.equal(describeInterval(now, new Date(now.getTime() + 3 * 3600_000)), '3 h');
    assert.equal(describeInterval(now, new Date(now.getTime() + 4 * day)), '4 d');
    assert.equal(describeInterval(now, new Date(now.getTime() + 90 * day)), '3 mo');
  });
});

describe('cards: review queue', () => {
  const now = new Date('2026-11-24T09:00:00Z');
  const at = (offsetDays: number) => review(undefined, 'good', new Date(now.getTime() + offsetDays * day - 10 * 60_000));

  it('puts due cards first, most overdue first, then new cards up to the daily limit', () => {
    const states = { [cards[0]!.id]: at(-1), [cards[1]!.id]: at(-3), [cards[2]!.id]: at(+2) };
    const queue = reviewQueue(cards, states, { now, newPerDay: 4, introducedToday: 1, boosted: new Set() });
    assert.deepEqual(
      queue.slice(0, 2).map((c) => c.id),
      [cards[1]!.id, cards[0]!.id],
    );
    assert.equal(queue.length, 2 + 3, 'three new cards left today');
    assert.ok(!queue.some((c) => c.id === cards[2]!.id), 'a card not yet due is not in the queue');
  });

  it('moves cards related to weak areas to the front of the new cards, within the daily limit', () => {
    const boosted = relatedCards(cards, ['injection', 'llm-as-judge']);
    assert.ok(boosted.has('prompt-injection') && boosted.has('llm-as-judge-bias'));
    const queue = reviewQueue(cards, {}, { now, newPerDay: 2, introducedToday: 1, boosted });
    assert.equal(queue.length, 1, 'one new card left today, boosted or not');
    assert.ok(boosted.has(queue[0]!.id));
    assert.deepEqual(reviewQueue(cards, {}, { now, newPerDay: 1, introducedToday: 1, boosted }), [], 'the allowance is used up');
  });
});

describe('cards: a follow-up drill', () => {
  it('studies exactly the cards asked for, in their order, past the daily allowance, unknown ids dropped', () => {
    const now = new Date('2026-03-01T09:00:00Z');
    const data = emptyStudyData();
    // A card graded today and due in the future still belongs to a drill that asks for it.
    const learned = cards[0]!;
    data.cards[learned.id] = review(undefined, 'good', now);
    const drill = [...cards.slice(1, NEW_CARDS_PER_DAY + 3).map((card) => card.id), 'no-such-card', learned.id];
    const session = studySession(cards, data, now, drill);
    assert.deepEqual(
      session.queue.map((card) => card.id),
      drill.filter((id) => id !== 'no-such-card'),
    );
    assert.equal(session.due, 1);
    assert.equal(session.fresh, NEW_CARDS_PER_DAY + 2);
    // Without a drill the same day's session keeps its allowance.
    assert.ok(studySession(cards, data, now).fresh <= NEW_CARDS_PER_DAY);
  });
});

describe('cards: study store', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ais-study-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('persists updates atomically and reloads them', () => {
    const path = join(dir, 'nested', 'study.json');
    const store = new StudyStore(path);
    const state = review(undefined, 'good', new Date());
    store.update((data) => ({ ...data, cards: { 'golden-set': state } }));
    assert.deepEqual(readdirSync(join(dir, 'nested')), ['study.json'], 'no temporary file left behind');
    assert.deepEqual(new StudyStore(path).snapshot.cards['golden-set'], state);
  });

  it('keeps a corrupt file aside and starts empty instead of losing or overwriting it', () => {
    const path = join(dir, 'study.json');
    writeFileSync(path, '{"version": 1, "cards": ');
    const store = new StudyStore(path);
    assert.ok(store.recoveredFrom && existsSync(store.recoveredFrom));
    assert.equal(readFileSync(store.recoveredFrom, 'utf8'), '{"version": 1, "cards": ');
    assert.deepEqual(store.snapshot.cards, {});
  });

  it('exports and imports, refusing files that are not progress', () => {
    const store = new StudyStore(join(dir, 'a.json'));
    store.update((data) => ({
      ...data,
      critiques: [{ at: new Date().toISOString(), design: null, coverage: 0.5, missing: ['fallback'] }],
    }));
    store.exportTo(join(dir, 'export.json'));
    const other = new StudyStore(join(dir, 'b.json'));
    other.importFrom(join(dir, 'export.json'));
    assert.equal(other.snapshot.critiques.length, 1);
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ version: 1, cards: { x: { due: 'x' } }, reviews: [], problems: {}, critiques: [] }),
    );
    assert.throws(() => other.importFrom(join(dir, 'bad.json')), /field \/cards\/x/);
    assert.equal(other.snapshot.critiques.length, 1, 'a rejected import changes nothing');
  });
});

describe('progress summary', () => {
  const catalog = loadCatalog(contentRoot);
  const now = new Date('2026-11-24T12:00:00Z');
  const iso = (daysAgo: number) => new Date(now.getTime() - daysAgo * day).toISOString();

  it('counts finished mock interviews, and a design with a mock but no critique as attempted', () => {
    let data = emptyStudyData();
    data.critiques = [{ at: iso(3), design: 'rag-support-chatbot', coverage: 0.4, missing: [] }];
    data = withMockInterview(data, { at: iso(2), design: 'rag-support-chatbot', endedBy: 'time', elapsedMs: 45 * 60_000 });
    data = withMockInterview(data, { at: iso(1), design: 'refund-support-agent', endedBy: 'stop', elapsedMs: 12.4 * 60_000 });
    data = withMockInterview(data, { at: iso(0), design: null, endedBy: 'stop', elapsedMs: 30_000 });
    const summary = progressSummary(data, catalog, now);
    assert.deepEqual(summary.mocks, { count: 3, minutes: 58 });
    assert.equal(summary.designs.attempted, 2, 'the RAG chatbot (critique and mock) and the refund agent (mock only)');
    assert.equal(summary.streak, 4, 'a mock interview is a day of practice');
  });

  it('reads a study file from before mock interviews were counted as having none, and refuses a malformed one', () => {
    const before = { version: 1, cards: {}, reviews: [], problems: {}, critiques: [] };
    assert.deepEqual(parseStudyData(JSON.stringify(before), 'old.json').mocks, []);
    const bad = { ...before, mocks: [{ at: iso(0), design: null, endedBy: 'crash', elapsedMs: 1 }] };
    assert.throws(() => parseStudyData(JSON.stringify(bad), 'bad.json'), /field \/mocks\/0\/endedBy/);
  });

  it('counts a streak of consecutive active days ending today or yesterday', () => {
    assert.equal(streak(new Set(['2026-11-24', '2026-11-23', '2026-11-22', '2026-11-20']), now), 3);
    assert.equal(streak(new Set(['2026-11-23', '2026-11-22']), now), 2, 'today not practised yet still counts the run up to yesterday');
    assert.equal(streak(new Set(['2026-11-21']), now), 0);
  });

  it('summarises problems per category, runs, critiques and cards', () => {
    const data = emptyStudyData();
    data.problems = {
      'cosine-similarity': { state: 'solved', runs: [{ at: now.getTime() - 2 * day, language: 'ts', passed: 18, total: 18 }] },
      bm25: { state: 'attempted', runs: [{ at: now.getTime() - day, language: 'py', passed: 3, total: 17 }] },
    };
    data.critiques = [{ at: iso(0), design: 'rag-support-chatbot', coverage: 0.4, missing: ['fallback'] }];
    data.cards = { 'golden-set': { ...review(undefined, 'good', new Date(now.getTime() - 3 * day)), due: iso(1) } };
    data.reviews = [{ at: iso(0), card: 'golden-set', grade: 'good' }];
    const summary = progressSummary(data, catalog, now);
    const retrieval = summary.problems.find((p) => p.category === 'retrieval')!;
    assert.deepEqual({ solved: retrieval.solved, attempted: retrieval.attempted }, { solved: 1, attempted: 1 });
    assert.deepEqual(
      summary.recentRuns.map((run) => [run.problem, run.title]),
      [
        ['bm25', 'BM25 scoring'],
        ['cosine-similarity', 'Cosine similarity'],
      ],
      'newest first, named by title',
    );
    assert.deepEqual(
      summary.critiques.map((c) => [c.coverage, c.title]),
      [[0.4, catalog.find('rag-support-chatbot')!.title]],
    );
    const designs = catalog.categories.filter((c) => c.kind === 'design').flatMap((c) => c.items);
    assert.deepEqual(summary.designs, { attempted: 1, total: designs.length });
    assert.deepEqual(summary.mocks, { count: 0, minutes: 0 });
    // The session's count: the due card plus the nine new cards left today (golden-set was today's first).
    assert.deepEqual(summary.cards, { total: cards.length, learned: 1, due: 1 + NEW_CARDS_PER_DAY - 1, reviewsToday: 1 });
    assert.equal(summary.streak, 3);
  });
});

describe('study file: two windows writing at once', () => {
  it('loses no review and no run when two processes interleave grades and test runs', async function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'ais-study-'));
    const path = join(dir, 'study.json');
    const rounds = 40;
    const writer = (name: string) =>
      new Promise<number | null>((resolve) =>
        spawn(process.execPath, [join(repoRoot, 'out-test', 'support', 'studyWriter.js'), path, name, String(rounds)], {
          stdio: 'inherit',
        }).on('exit', resolve),
      );
    try {
      assert.deepEqual(await Promise.all([writer('left'), writer('right')]), [0, 0]);
      const data = new StudyStore(path).snapshot;
      assert.equal(data.reviews.length, 2 * rounds, 'every grade is in the file');
      for (const name of ['left', 'right']) {
        assert.equal(data.reviews.filter((entry) => entry.card.startsWith(`${name}-`)).length, rounds);
        assert.equal(Object.keys(data.cards).filter((card) => card.startsWith(`${name}-`)).length, rounds);
        assert.deepEqual(
          data.problems[`${name}-problem`]!.runs.map((run) => run.at),
          Array.from({ length: rounds }, (_, round) => round),
          `every run of ${name}, in order`,
        );
      }
      assert.ok(!existsSync(`${path}.lock`), 'the lock is released');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a store sees what another process wrote since', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ais-study-'));
    const path = join(dir, 'study.json');
    try {
      const first = new StudyStore(path);
      const second = new StudyStore(path);
      first.update((data) => ({ ...data, critiques: [{ at: 'a', design: null, coverage: 0.5, missing: [] }] }));
      assert.equal(second.snapshot.critiques.length, 1);
      second.update((data) => ({ ...data, critiques: [...data.critiques, { at: 'b', design: null, coverage: 0.6, missing: [] }] }));
      assert.deepEqual(
        first.snapshot.critiques.map((critique) => critique.at),
        ['a', 'b'],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
