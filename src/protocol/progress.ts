// Messages between the progress webview and the host: one union per direction, guarded.
import { arrayOf, isNumber, isString, nullable, oneOf, shape, unionGuard } from './guards';

/** What the progress view shows. */
export interface ProgressSummary {
  problems: { category: string; title: string; solved: number; attempted: number; total: number }[];
  recentRuns: { at: string; problem: string; language: string; passed: number; total: number }[];
  critiques: { at: string; design: string | null; coverage: number }[];
  cards: { total: number; learned: number; due: number; reviewsToday: number };
  /** Consecutive days, ending today or yesterday, with any practice. */
  streak: number;
  activeDays: number;
}

export type HostToProgress = { type: 'summary'; summary: ProgressSummary };
export type ProgressToHost = { type: 'ready' } | { type: 'command'; command: 'export' | 'import' | 'review' };

const count = isNumber;
export const isHostToProgress = unionGuard<HostToProgress>({
  summary: {
    summary: shape({
      problems: arrayOf(shape({ category: isString, title: isString, solved: count, attempted: count, total: count })),
      recentRuns: arrayOf(shape({ at: isString, problem: isString, language: isString, passed: count, total: count })),
      critiques: arrayOf(shape({ at: isString, design: nullable(isString), coverage: isNumber })),
      cards: shape({ total: count, learned: count, due: count, reviewsToday: count }),
      streak: count,
      activeDays: count,
    }),
  },
});

export const isProgressToHost = unionGuard<ProgressToHost>({
  ready: {},
  command: { command: oneOf('export', 'import', 'review') },
});
