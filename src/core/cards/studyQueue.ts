import type { ConceptCard } from '../catalog/types';
import { CONCERN_CARD_TAGS, type ConcernId } from '../critique/concerns';
import type { StudyData } from '../progress/studyStore';
import { relatedCards, reviewQueue } from './reviewQueue';

/** New cards introduced per day. */
export const NEW_CARDS_PER_DAY = 10;
/** A concern missing from this many recent critiques, or a problem failed this many runs in a row, is a weak area. */
export const WEAK_AFTER = 2;
/** How many of the latest critiques count as recent. */
const RECENT_CRITIQUES = 5;

/**
 * Tags of the user's weak areas: concerns the critic flagged in at least WEAK_AFTER of the
 * last five critiques (as the card tags tied to each concern), and unsolved problems whose
 * last WEAK_AFTER runs all failed (as the problem id, which cards use as a tag).
 */
export function weakAreaTags(data: Pick<StudyData, 'critiques' | 'problems'>): string[] {
  const misses = new Map<string, number>();
  for (const critique of data.critiques.slice(-RECENT_CRITIQUES))
    for (const concern of new Set(critique.missing)) misses.set(concern, (misses.get(concern) ?? 0) + 1);
  const tags = [...misses].filter(([, count]) => count >= WEAK_AFTER).flatMap(([concern]) => CONCERN_CARD_TAGS[concern as ConcernId] ?? []);
  for (const [problem, progress] of Object.entries(data.problems)) {
    const lastRuns = progress.runs.slice(-WEAK_AFTER);
    if (progress.state !== 'solved' && lastRuns.length >= WEAK_AFTER && lastRuns.every((run) => run.passed < run.total)) tags.push(problem);
  }
  return tags;
}

/** Cards tied to the weak areas. */
export function weakCards(cards: readonly ConceptCard[], data: Pick<StudyData, 'critiques' | 'problems'>): Set<string> {
  return relatedCards(cards, weakAreaTags(data));
}

/** How many cards had their first review on the UTC day of `now`. */
export function newCardsIntroducedOn(reviews: StudyData['reviews'], now: Date): number {
  const today = now.toISOString().slice(0, 10);
  const firstReview = new Map<string, string>();
  for (const entry of reviews) if (!firstReview.has(entry.card)) firstReview.set(entry.card, entry.at);
  return [...firstReview.values()].filter((at) => at.startsWith(today)).length;
}

/** A review session: what to study now, and the counts every surface (status bar, badge, panel) shows. */
export interface StudySession {
  /** Cards due now, most overdue first, then today's new cards, weak areas first. */
  queue: ConceptCard[];
  /** Learned cards due again. */
  due: number;
  /** New cards still allowed today (boosted or not). */
  fresh: number;
}

/**
 * The one place the session is decided: the panel's "N left" and the due counts are its queue's
 * length. A drill (cards the user asked for, such as those about concerns a mock interview
 * missed) is studied whole, in its order, due or not: it is practice beyond the daily allowance.
 */
export function studySession(cards: readonly ConceptCard[], data: StudyData, now: Date, drill?: readonly string[]): StudySession {
  const byId = new Map(cards.map((card) => [card.id, card]));
  const queue = drill
    ? drill.flatMap((id) => byId.get(id) ?? [])
    : reviewQueue(cards, data.cards, {
        now,
        newPerDay: NEW_CARDS_PER_DAY,
        introducedToday: newCardsIntroducedOn(data.reviews, now),
        boosted: weakCards(cards, data),
      });
  const fresh = queue.filter((card) => !data.cards[card.id]).length;
  return { queue, due: queue.length - fresh, fresh };
}
