import type { DesignQuestion } from '../catalog/types';
import type { ConcernId } from '../critique/concerns';

/** A neutral name per concern for the comparison table (the critic's titles name the gap). */
export const CONCERN_NAMES: Record<ConcernId, string> = {
  fallback: 'Fallback model or provider',
  'retries-timeouts': 'Retries and timeouts',
  'rate-limiting': 'Rate limiting and quotas',
  caching: 'Caching',
  'input-guardrails': 'Input guardrails',
  'output-guardrails': 'Output guardrails',
  'human-in-the-loop': 'Human in the loop',
  'evaluation-offline': 'Offline evaluation',
  'evaluation-online': 'Online evaluation and feedback',
  observability: 'Tracing and monitoring',
  'retrieval-quality': 'Retrieval quality (hybrid search, reranking)',
  'index-freshness': 'Index freshness',
  'async-queue': 'Queue for slow or bursty work',
  'cost-control': 'Cost control',
  'data-privacy': 'Data privacy',
  'agent-loop-limits': 'Agent loop limits',
  'single-point-of-failure': 'No single point of failure',
};

export type CoverageStatus = 'both' | 'missed' | 'extra' | 'neither';

export interface ConcernComparison {
  concern: ConcernId;
  name: string;
  status: CoverageStatus;
}

export interface AnswerComparison {
  rows: ConcernComparison[];
  /** Concerns the model answer covers and your diagram does not: what a follow-up drill is about. */
  missed: ConcernId[];
  /** Of the concerns the model answer covers, the share yours covers too, 0..1. */
  matched: number;
}

/** What the comparison needs of a critique report (the webview bundle sees this type too). */
export interface CoverageReport {
  covered: readonly ConcernId[];
  relevant: readonly ConcernId[];
}

const ORDER: Record<CoverageStatus, number> = { missed: 0, both: 1, extra: 2, neither: 3 };

/**
 * Lines up the offline critic's reports on your diagram and on the model answer, concern by
 * concern: covered by both, missed by you, covered only by you, or by neither. Concerns either
 * report counts as relevant are listed; missed ones come first.
 */
export function compareWithModel(yours: CoverageReport, model: CoverageReport): AnswerComparison {
  const relevant = [...new Set([...model.relevant, ...yours.relevant])];
  const mine = new Set(yours.covered);
  const theirs = new Set(model.covered);
  const statusOf = (concern: ConcernId): CoverageStatus =>
    mine.has(concern) ? (theirs.has(concern) ? 'both' : 'extra') : theirs.has(concern) ? 'missed' : 'neither';
  const rows = relevant
    .map((concern) => ({ concern, name: CONCERN_NAMES[concern], status: statusOf(concern) }))
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.name.localeCompare(b.name));
  const missed = rows.filter((row) => row.status === 'missed').map((row) => row.concern);
  const shared = rows.filter((row) => row.status === 'both').length;
  const expected = shared + missed.length;
  return { rows, missed, matched: expected === 0 ? 1 : shared / expected };
}

/** One titled block of the model-answer page, as light Markdown (paragraphs, `- ` lists, **bold**). */
export interface AnswerSection {
  title: string;
  markdown: string;
}

const list = (lines: readonly string[]) => lines.map((line) => `- ${line}`).join('\n');

/**
 * The model answer's prose in reading order: walkthrough, numbers, trade-offs, deep dives,
 * failure modes, evaluation, cost, what each level sounds like, then the rubric. Fields the
 * content does not have yet are left out.
 */
export function answerSections(design: DesignQuestion): AnswerSection[] {
  const answer = design.answer ?? {};
  const sections: (AnswerSection | undefined)[] = [
    answer.walkthrough ? { title: 'Walkthrough', markdown: answer.walkthrough } : undefined,
    answer.estimates ? { title: 'Estimates', markdown: list(answer.estimates) } : undefined,
    answer.latencyBudget
      ? {
          title: 'Latency budget',
          markdown: list([
            ...answer.latencyBudget.map(({ stage, ms }) => `${stage}: ${ms} ms`),
            `**Total: ${answer.latencyBudget.reduce((sum, { ms }) => sum + ms, 0)} ms**`,
          ]),
        }
      : undefined,
    answer.tradeoffs
      ? {
          title: 'Trade-offs',
          markdown: list(answer.tradeoffs.map(({ choice, rejected, why }) => `**${choice}** over ${rejected}: ${why}`)),
        }
      : undefined,
    answer.deepDives ? { title: 'Deep dives', markdown: list(answer.deepDives) } : undefined,
    answer.failureModes ? { title: 'Failure modes', markdown: list(answer.failureModes) } : undefined,
    answer.evaluation
      ? {
          title: 'Evaluation',
          markdown: `**Offline**\n\n${list(answer.evaluation.offline)}\n\n**Online**\n\n${list(answer.evaluation.online)}`,
        }
      : undefined,
    answer.costLevers ? { title: 'Cost levers', markdown: list(answer.costLevers) } : undefined,
    answer.levels
      ? {
          title: 'What each level sounds like',
          markdown: list([
            `**Strong:** ${answer.levels.strong}`,
            `**Lean hire:** ${answer.levels.lean}`,
            `**No hire:** ${answer.levels.noHire}`,
          ]),
        }
      : undefined,
    {
      title: 'Rubric',
      markdown: [
        `**Components**\n\n${list(design.rubric.components)}`,
        `**Failure modes**\n\n${list(design.rubric.failureModes)}`,
        `**Evaluation**\n\n${list(design.rubric.evaluation)}`,
      ].join('\n\n'),
    },
  ];
  return sections.filter((section): section is AnswerSection => section !== undefined);
}
