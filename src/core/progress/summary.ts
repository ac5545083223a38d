import type { ProgressSummary } from './progressSummary';
import type { Catalog, ConceptCard } from '../catalog/types';
import { studySession } from '../cards/studyQueue';
import type { StudyData } from './studyStore';

const dayOf = (iso: string) => iso.slice(0, 10);

/** Days in a row with practice, counting back from today (or from yesterday if today is still empty). */
export function streak(activeDays: ReadonlySet<string>, now: Date): number {
  const cursor = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (!activeDays.has(cursor.toISOString().slice(0, 10))) cursor.setUTCDate(cursor.getUTCDate() - 1);
  let days = 0;
  while (activeDays.has(cursor.toISOString().slice(0, 10))) {
    days++;
    cursor.setUTCDate(cursor.getUTCDate() - 1);
  }
  return days;
}

/** What the progress view shows, computed from the study file and the catalog. */
export function progressSummary(data: StudyData, catalog: Catalog, now: Date): ProgressSummary {
  const codingCategories = catalog.categories.filter((category) => category.kind === 'coding');
  const runs = Object.entries(data.problems).flatMap(([problem, progress]) => progress.runs.map((run) => ({ problem, ...run })));
  const activity = new Set([
    ...runs.map((run) => dayOf(new Date(run.at).toISOString())),
    ...data.reviews.map((review) => dayOf(review.at)),
    ...data.critiques.map((critique) => dayOf(critique.at)),
    ...data.mocks.map((mock) => dayOf(mock.at)),
  ]);
  const concept = catalog.categories
    .filter((category) => category.kind === 'concept')
    .flatMap((category) => category.items)
    .filter((item): item is ConceptCard => item.kind === 'concept');
  const designs = catalog.categories.filter((category) => category.kind === 'design').flatMap((category) => category.items);
  const attempted = new Set([...data.critiques, ...data.mocks].map((entry) => entry.design));
  const titleOf = (id: string | null) => (id ? (catalog.find(id)?.title ?? id) : 'Untitled diagram');
  const today = dayOf(now.toISOString());
  return {
    problems: codingCategories.map((category) => ({
      category: category.id,
      title: category.title,
      solved: category.items.filter((item) => data.problems[item.id]?.state === 'solved').length,
      attempted: category.items.filter((item) => data.problems[item.id]?.state === 'attempted').length,
      total: category.items.length,
    })),
    recentRuns: runs
      .sort((a, b) => b.at - a.at)
      .slice(0, 15)
      .map((run) => ({
        at: new Date(run.at).toISOString(),
        problem: run.problem,
        title: titleOf(run.problem),
        language: run.language,
        passed: run.passed,
        total: run.total,
      })),
    critiques: data.critiques.slice(-30).map(({ at, design, coverage }) => ({ at, design, title: titleOf(design), coverage })),
    designs: { attempted: designs.filter((design) => attempted.has(design.id)).length, total: designs.length },
    mocks: { count: data.mocks.length, minutes: Math.round(data.mocks.reduce((sum, mock) => sum + mock.elapsedMs, 0) / 60_000) },
    cards: {
      total: concept.length,
      learned: concept.filter((card) => (data.cards[card.id]?.reps ?? 0) > 0).length,
      due: studySession(concept, data, now).queue.length,
      reviewsToday: data.reviews.filter((review) => dayOf(review.at) === today).length,
    },
    streak: streak(activity, now),
    activeDays: activity.size,
  };
}
