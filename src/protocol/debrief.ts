// The messages between the mock-interview debrief page and the host.
import { arrayOf, isBoolean, isNumber, isString, nullable, oneOf, shape, unionGuard } from './guards';

export interface DebriefView {
  /** The design's title, or the diagram's path when it is no question of the bank. */
  title: string;
  diagramPath: string;
  endedBy: 'time' | 'stop';
  phases: { title: string; spentMs: number; plannedMs: number }[];
  /** This interview's notes from the notes file, as Markdown text. */
  notes: string;
  notesPath: string;
  /** The offline critique of the diagram as it was at the end, or why there is none. */
  critique: {
    coverage: number;
    findings: { severity: 'high' | 'medium' | 'low'; title: string; evidence: string }[];
  } | null;
  critiqueNote: string;
  /** The concerns the rubric expects, covered or missed. */
  rubric: { name: string; covered: boolean }[];
  hasModelAnswer: boolean;
  /** Concept cards about the missed concerns: what "Drill missed concepts" opens. */
  drillCards: number;
}

export type HostToDebrief = { type: 'show'; debrief: DebriefView };

export type DebriefToHost = { type: 'ready' } | { type: 'openModelAnswer' } | { type: 'drill' };

export const isHostToDebrief = unionGuard<HostToDebrief>({
  show: {
    debrief: shape<DebriefView>({
      title: isString,
      diagramPath: isString,
      endedBy: oneOf('time', 'stop'),
      phases: arrayOf(shape({ title: isString, spentMs: isNumber, plannedMs: isNumber })),
      notes: isString,
      notesPath: isString,
      critique: nullable(
        shape({
          coverage: isNumber,
          findings: arrayOf(shape({ severity: oneOf('high', 'medium', 'low'), title: isString, evidence: isString })),
        }),
      ),
      critiqueNote: isString,
      rubric: arrayOf(shape({ name: isString, covered: isBoolean })),
      hasModelAnswer: isBoolean,
      drillCards: isNumber,
    }),
  },
});

export const isDebriefToHost = unionGuard<DebriefToHost>({ ready: {}, openModelAnswer: {}, drill: {} });
