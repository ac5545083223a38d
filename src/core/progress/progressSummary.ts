// The progress view's data, kept free of imports so the webview bundle can type against it.
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
