import type { GradeName, StoredCardState } from '../cards/scheduler';
import type { StudyData } from './studyStore';

/** Critiques kept for coverage over time and weak areas; older ones are dropped first. */
export const CRITIQUE_HISTORY = 500;
/** Reviews kept for streaks and the new-cards allowance; older ones are dropped first. */
export const REVIEW_HISTORY = 5_000;

/** Mock interviews kept for the progress view; older ones are dropped first. */
export const MOCK_HISTORY = 500;

export type CritiqueRecord = StudyData['critiques'][number];
export type MockInterviewRecord = StudyData['mocks'][number];

/** Appends a finished mock interview, keeping the latest MOCK_HISTORY. */
export function withMockInterview(data: StudyData, mock: MockInterviewRecord): StudyData {
  return { ...data, mocks: [...data.mocks, mock].slice(-MOCK_HISTORY) };
}

/** Appends a critique, keeping the latest CRITIQUE_HISTORY. */
export function withCritique(data: StudyData, critique: CritiqueRecord): StudyData {
  return { ...data, critiques: [...data.critiques, critique].slice(-CRITIQUE_HISTORY) };
}

/** Stores a card's new scheduling state and appends the review, keeping the latest REVIEW_HISTORY. */
export function withReview(data: StudyData, cardId: string, state: StoredCardState, grade: GradeName, at: Date): StudyData {
  return {
    ...data,
    cards: { ...data.cards, [cardId]: state },
    reviews: [...data.reviews, { at: at.toISOString(), card: cardId, grade }].slice(-REVIEW_HISTORY),
  };
}
