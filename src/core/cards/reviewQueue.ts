import type { ConceptCard } from '../catalog/types';
import { isDue, type StoredCardState } from './scheduler';

export interface QueueOptions {
  now: Date;
  /** New (never reviewed) cards introduced per day. */
  newPerDay: number;
  /** New cards already introduced today. */
  introducedToday: number;
  /** Cards to put first among today's new ones: related to weak critique areas or failed problems. */
  boosted: ReadonlySet<string>;
}

/**
 * What to review now: every due card, most overdue first, then new cards up to the daily
 * limit, boosted ones first within that limit. Cards learned but not yet due are not in the queue.
 */
export function reviewQueue(
  cards: readonly ConceptCard[],
  states: Readonly<Record<string, StoredCardState>>,
  options: QueueOptions,
): ConceptCard[] {
  const due = cards
    .filter((card) => isDue(states[card.id], options.now))
    .sort((a, b) => new Date(states[a.id]!.due).getTime() - new Date(states[b.id]!.due).getTime());
  const fresh = cards
    .filter((card) => !states[card.id])
    .sort((a, b) => Number(options.boosted.has(b.id)) - Number(options.boosted.has(a.id)));
  // Weak areas move to the front of today's new cards; they never enlarge the daily allowance.
  const newOnes = fresh.slice(0, Math.max(0, options.newPerDay - options.introducedToday));
  return [...due, ...newOnes];
}

/**
 * Cards related to weak spots: cards sharing a tag with a concern the critic keeps flagging
 * or with a problem the user keeps failing.
 */
export function relatedCards(cards: readonly ConceptCard[], weakTags: Iterable<string>): Set<string> {
  const wanted = new Set([...weakTags].map((tag) => tag.toLowerCase()));
  return new Set(cards.filter((card) => card.tags.some((tag) => wanted.has(tag))).map((card) => card.id));
}
