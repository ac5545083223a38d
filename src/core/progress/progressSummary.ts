// The progress view's data, kept free of imports so the webview bundle can type against it.
/** What the progress view shows. */
export interface ProgressSummary {
  problems: { category: string; title: string; solved: number; attempted: number; total: number }[];
  /** Runs newest first, each named by its problem's title. */
  recentRuns: { at: string; problem: string; title: string; language: string; passed: number; total: number }[];
  critiques: { at: string; design: string | null; title: string; coverage: number }[];
  /** Design questions with at least one critique or finished mock interview. */
  designs: { attempted: number; total: number };
  /** Finished mock interviews, and the minutes they ran in all. */
  mocks: { count: number; minutes: number };
  /** `due`: the cards today's review session holds (due again plus today's new ones). */
  cards: { total: number; learned: number; due: number; reviewsToday: number };
  /** Consecutive days, ending today or yesterday, with any practice. */
  streak: number;
  activeDays: number;
}
