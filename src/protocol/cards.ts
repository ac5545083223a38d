// Messages between the card-review webview and the host: one union per direction, guarded.
import { arrayOf, isNumber, isString, nullable, oneOf, shape, unionGuard } from './guards';

export interface CardView {
  id: string;
  title: string;
  category: string;
  question: string;
  testing: string;
  strongAnswer: string;
  weakAnswers: string[];
  followUps: string[];
}

export type GradeName = 'again' | 'hard' | 'good' | 'easy';
const grade = oneOf('again', 'hard', 'good', 'easy');

export type HostToCards =
  | { type: 'show'; card: CardView; intervals: Record<GradeName, string>; remaining: number }
  | { type: 'done'; nextDue: string | null };

export type CardsToHost = { type: 'ready' } | { type: 'grade'; cardId: string; grade: GradeName };

const intervals = shape({ again: isString, hard: isString, good: isString, easy: isString });

export const isHostToCards = unionGuard<HostToCards>({
  show: {
    card: shape({
      id: isString,
      title: isString,
      category: isString,
      question: isString,
      testing: isString,
      strongAnswer: isString,
      weakAnswers: arrayOf(isString),
      followUps: arrayOf(isString),
    }),
    intervals,
    remaining: isNumber,
  },
  done: { nextDue: nullable(isString) },
});

export const isCardsToHost = unionGuard<CardsToHost>({
  ready: {},
  grade: { cardId: isString, grade },
});
