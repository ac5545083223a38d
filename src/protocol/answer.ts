// The messages between the model-answer webview and the host. The page is read-only: the
// only thing it ever sends is `ready`, so nothing on it can change a file.
import type { CoverageStatus } from '../core/design/modelAnswer';
import { arrayOf, isNumber, isString, nullable, oneOf, shape, unionGuard } from './guards';
import { CANVAS_THEMES, type CanvasTheme } from './canvas';

export interface AnswerComparisonView {
  /** The diagram compared, relative to the workspace. */
  yoursPath: string;
  rows: { name: string; status: CoverageStatus }[];
  matched: number;
  yourComponents: string[];
  modelComponents: string[];
}

export type HostToAnswer = {
  type: 'show';
  title: string;
  diagram: string;
  themeOverride: CanvasTheme | null;
  sections: { title: string; markdown: string }[];
  comparison: AnswerComparisonView | null;
  /** Why there is no comparison, when there is none. */
  comparisonNote: string;
};

export type AnswerToHost = { type: 'ready' };

export const isHostToAnswer = unionGuard<HostToAnswer>({
  show: {
    title: isString,
    diagram: isString,
    themeOverride: nullable(oneOf(...CANVAS_THEMES)),
    sections: arrayOf(shape({ title: isString, markdown: isString })),
    comparison: nullable(
      shape({
        yoursPath: isString,
        rows: arrayOf(shape({ name: isString, status: oneOf('both', 'missed', 'extra', 'neither') })),
        matched: isNumber,
        yourComponents: arrayOf(isString),
        modelComponents: arrayOf(isString),
      }),
    ),
    comparisonNote: isString,
  },
});

export const isAnswerToHost = unionGuard<AnswerToHost>({ ready: {} });
