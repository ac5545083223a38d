/** A timed mock interview: phases in order, with what the interviewer asks in each. */

export interface Phase {
  id: string;
  title: string;
  /** Share of the total time. */
  share: number;
  prompt: string;
}

export const PHASES: readonly Phase[] = [
  {
    id: 'requirements',
    title: 'Requirements',
    share: 5 / 45,
    prompt: 'Clarify users, scale, latency and what a wrong answer costs. Write the requirements in the notes box of the question panel.',
  },
  {
    id: 'high-level',
    title: 'High-level design',
    share: 10 / 45,
    prompt: 'Draw the main path from the user to the model and back: retrieval, model calls, storage.',
  },
  {
    id: 'deep-dive',
    title: 'Deep dive',
    share: 15 / 45,
    prompt: 'Pick the hardest component (retrieval quality, the agent loop, the gateway) and go deep: data, algorithms, scale.',
  },
  {
    id: 'failure-modes',
    title: 'Failure modes',
    share: 8 / 45,
    prompt: 'What breaks? Provider outages, rate limits, prompt injection, stale data, runaway cost. Add the guards.',
  },
  {
    id: 'evaluation',
    title: 'Evaluation',
    share: 7 / 45,
    prompt: 'How do you know it works? Offline golden set and judges, online metrics and feedback, regression gates.',
  },
];

export interface MockClock {
  totalMs: number;
  /** Time already run before the current stretch (pauses split stretches). */
  elapsedBeforeMs: number;
  /** When the current stretch started, or null while paused. */
  runningSince: number | null;
}

export const startClock = (totalMs: number, now: number): MockClock => ({ totalMs, elapsedBeforeMs: 0, runningSince: now });

export function elapsed(clock: MockClock, now: number): number {
  return Math.min(clock.totalMs, clock.elapsedBeforeMs + (clock.runningSince === null ? 0 : now - clock.runningSince));
}

export const pause = (clock: MockClock, now: number): MockClock =>
  clock.runningSince === null ? clock : { ...clock, elapsedBeforeMs: elapsed(clock, now), runningSince: null };

export const resume = (clock: MockClock, now: number): MockClock => (clock.runningSince === null ? { ...clock, runningSince: now } : clock);

/** The phase at a point in the interview; the last phase holds until time is up. */
export function phaseAt(clock: MockClock, now: number): Phase {
  const progress = elapsed(clock, now) / clock.totalMs;
  let boundary = 0;
  for (const phase of PHASES) {
    boundary += phase.share;
    if (progress < boundary - 1e-9) return phase;
  }
  return PHASES[PHASES.length - 1]!;
}

export const isOver = (clock: MockClock, now: number) => elapsed(clock, now) >= clock.totalMs;

export function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Time spent in each phase when the interview ended, beside the time the phase was planned for. */
export function timeInPhases(clock: MockClock, now: number): { phase: Phase; spentMs: number; plannedMs: number }[] {
  const spent = elapsed(clock, now);
  let start = 0;
  return PHASES.map((phase, index) => {
    // The last phase holds until time is up, as phaseAt says, so it ends at the total.
    const end = index === PHASES.length - 1 ? clock.totalMs : start + phase.share * clock.totalMs;
    const row = { phase, spentMs: Math.round(Math.max(0, Math.min(spent, end) - start)), plannedMs: Math.round(end - start) };
    start = end;
    return row;
  });
}

/** Heading the mock interview writes at the top of its notes in the notes file. */
export const INTERVIEW_NOTES_HEADING = '## Mock interview';

/** The notes of the latest mock interview in a notes file: from its heading to the end ('' when there is none). */
export function latestInterviewNotes(notes: string): string {
  const lines = notes.split('\n');
  const start = lines.map((line) => line.startsWith(INTERVIEW_NOTES_HEADING)).lastIndexOf(true);
  return start < 0 ? '' : lines.slice(start).join('\n').trim();
}
