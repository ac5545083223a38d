// Messages between the card-review webview and the host: one union per direction, guarded.
import { arrayOf, isBoolean, isNumber, isString, nullable, oneOf, shape, unionGuard } from './guards';

export interface CardView {
  id: string;
  title: string;
  category: string;
  question: string;
  testing: string;
  strongAnswer: string;
  weakAnswers: string[];
  followUps: string[];
  exampleStory: string | null;
}

export type GradeName = 'again' | 'hard' | 'good' | 'easy';
const grade = oneOf('again', 'hard', 'good', 'easy');

export type HostToCards =
  /** `canGrade`: an LLM is available (an Anthropic key or a VS Code chat model), so the typed answer can be graded. */
  | { type: 'show'; card: CardView; intervals: Record<GradeName, string>; remaining: number; canGrade: boolean }
  | { type: 'done'; nextDue: string | null }
  | { type: 'answerGrade'; cardId: string; suggested: GradeName; strengths: string[]; gaps: string[]; feedback: string }
  | { type: 'answerGradeFailed'; cardId: string; message: string };

export type CardsToHost =
  { type: 'ready' } | { type: 'grade'; cardId: string; grade: GradeName } | { type: 'gradeAnswer'; cardId: string; answer: string };

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
      exampleStory: nullable(isString),
    }),
    intervals,
    remaining: isNumber,
    canGrade: isBoolean,
  },
  done: { nextDue: nullable(isString) },
  answerGrade: { cardId: isString, suggested: grade, strengths: arrayOf(isString), gaps: arrayOf(isString), feedback: isString },
  answerGradeFailed: { cardId: isString, message: isString },
});

export const isCardsToHost = unionGuard<CardsToHost>({
  ready: {},
  grade: { cardId: isString, grade },
  gradeAnswer: { cardId: isString, answer: isString },
});
