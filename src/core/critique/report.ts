import type { DesignQuestion } from '../catalog/types';
import { sourceLineOfParserLine } from '../design/sourceLines';
import { explainSyntaxError } from '../design/syntaxHelp';
import { DiagramSyntaxError, parseDiagram, type DiagramModel } from './diagram';
import { critiqueDiagram, type CoveredEvidence, type Finding } from './offlineCritic';
import type { ConcernId, SystemKind } from './concerns';

export interface CritiqueReport {
  question?: string;
  kinds: SystemKind[];
  coverage: number;
  findings: Finding[];
  covered: ConcernId[];
  /** Why each covered concern counts as covered: the nodes and path that satisfy it. */
  coveredBy: CoveredEvidence[];
  relevant: ConcernId[];
}

/** The parsed model comes back too, so an LLM review can follow without parsing again. */
/** A syntax error: `message` in plain words, `parserMessage` as Mermaid said it. */
export interface CritiqueSyntaxError {
  message: string;
  line: number | null;
  parserMessage: string;
}

export type CritiqueOutcome = { report: CritiqueReport; model: DiagramModel } | { error: CritiqueSyntaxError };

/**
 * Parses and reviews a diagram's source: what the CLI prints and the extension shows. A
 * syntax error is an outcome, with the line in the user's file, never an exception.
 */
export async function critiqueSource(source: string, question?: DesignQuestion): Promise<CritiqueOutcome> {
  let model;
  try {
    model = await parseDiagram(source);
  } catch (error) {
    if (!(error instanceof DiagramSyntaxError)) throw error;
    const line = error.line === null ? null : sourceLineOfParserLine(source, error.line);
    return { error: { message: explainSyntaxError(error.message, source, line), line, parserMessage: error.message } };
  }
  const critique = critiqueDiagram(model, question);
  return {
    model,
    report: {
      ...(question ? { question: question.id } : {}),
      kinds: critique.kinds,
      coverage: Math.round(critique.coverage * 100) / 100,
      findings: critique.findings,
      covered: critique.covered,
      coveredBy: critique.coveredBy,
      relevant: critique.relevant,
    },
  };
}
