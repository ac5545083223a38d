import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';

export type GradeName = 'again' | 'hard' | 'good' | 'easy';
export const GRADES: readonly GradeName[] = ['again', 'hard', 'good', 'easy'];
const RATINGS: Record<GradeName, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/** A card's FSRS state as JSON (dates as ISO strings), as stored on disk. */
export interface StoredCardState {
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: 'new' | 'learning' | 'review' | 'relearning';
  lastReview?: string;
}

const STATE_NAMES: Record<State, StoredCardState['state']> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATES = Object.fromEntries(Object.entries(STATE_NAMES).map(([state, name]) => [name, Number(state) as State])) as Record<
  StoredCardState['state'],
  State
>;

// Fuzz off: the same history always gives the same schedule, which users and tests can trust.
const scheduler = fsrs({ enable_fuzz: false, request_retention: 0.9 });

function toStored(card: Card): StoredCardState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAMES[card.state],
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
  };
}

function toCard(stored: StoredCardState | undefined, now: Date): Card {
  if (!stored) return createEmptyCard(now);
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: 0,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: STATES[stored.state],
    ...(stored.lastReview ? { last_review: new Date(stored.lastReview) } : {}),
  };
}

/** The card's next state after a review graded `grade` at `now` (a never-seen card starts new). */
export function review(stored: StoredCardState | undefined, grade: GradeName, now: Date): StoredCardState {
  return toStored(scheduler.next(toCard(stored, now), now, RATINGS[grade]).card);
}

/** When the card would next be due for each grade: shown on the grade buttons. */
export function previewDue(stored: StoredCardState | undefined, now: Date): Record<GradeName, Date> {
  const card = toCard(stored, now);
  return Object.fromEntries(GRADES.map((grade) => [grade, scheduler.next(card, now, RATINGS[grade]).card.due])) as Record<GradeName, Date>;
}

export function isDue(stored: StoredCardState | undefined, now: Date): boolean {
  return stored !== undefined && new Date(stored.due).getTime() <= now.getTime();
}

/** "in 10 minutes", "in 3 days": for buttons and tooltips. */
export function describeInterval(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days} d`;
  const months = Math.round(days / 30);
  return months < 12 ? `${months} mo` : `${(days / 365).toFixed(1)} y`;
}
