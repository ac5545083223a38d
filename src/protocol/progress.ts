// Messages between the progress webview and the host: one union per direction, guarded.
import type { ProgressSummary } from '../core/progress/progressSummary';
import { arrayOf, isNumber, isString, nullable, oneOf, shape, unionGuard } from './guards';

export type { ProgressSummary };

export type HostToProgress = { type: 'summary'; summary: ProgressSummary };
export type ProgressToHost = { type: 'ready' } | { type: 'command'; command: 'export' | 'import' | 'review' };

const count = isNumber;
export const isHostToProgress = unionGuard<HostToProgress>({
  summary: {
    summary: shape({
      problems: arrayOf(shape({ category: isString, title: isString, solved: count, attempted: count, total: count })),
      recentRuns: arrayOf(shape({ at: isString, problem: isString, title: isString, language: isString, passed: count, total: count })),
      critiques: arrayOf(shape({ at: isString, design: nullable(isString), title: isString, coverage: isNumber })),
      designs: shape({ attempted: count, total: count }),
      mocks: shape({ count, minutes: count }),
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
