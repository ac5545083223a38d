// The messages between the design-canvas webview and the extension host: one union per
// direction, each validated on arrival with the guards below.
import { SHAPE_NAMES, type PaletteEntry } from '../core/design/palette';
import { arrayOf, isBoolean, isNumber, isString, nullable, oneOf, shape, unionGuard } from './guards';

export type CanvasTheme = 'default' | 'dark' | 'neutral' | 'forest' | 'base';
export const CANVAS_THEMES: readonly CanvasTheme[] = ['default', 'dark', 'neutral', 'forest', 'base'];

export type { PaletteEntry } from '../core/design/palette';

export interface MockInterviewView {
  phase: string;
  /** Position of the phase in the interview (0 = requirements), which reveals the question's details. */
  phaseIndex: number;
  prompt: string;
  remainingMs: number;
  running: boolean;
}

/** The design question beside the drawing; details stay folded until asked for or the mock moves on. */
export interface CanvasQuestion {
  id: string;
  title: string;
  prompt: string;
  clarifyingQuestions: string[];
  requirements: { functional: string[]; nonFunctional: string[] };
  /** The notes file the panel's box writes to, relative to the workspace. */
  notesPath: string;
}

export type HostToCanvas =
  | { type: 'init'; palette: PaletteEntry[]; themeOverride: CanvasTheme | null }
  /** `immediate` skips the typing debounce (first load, theme switch). */
  | { type: 'update'; text: string; version: number; immediate: boolean }
  | { type: 'theme'; themeOverride: CanvasTheme | null }
  | { type: 'highlight'; nodeIds: string[] }
  | { type: 'mock'; view: MockInterviewView | null }
  | { type: 'export'; format: 'svg' | 'png'; requestId: number }
  | { type: 'critiqueStatus'; text: string }
  /** The node a palette insert just added: the canvas selects it, so the next insert extends from it. */
  | { type: 'select'; nodeId: string }
  | { type: 'question'; question: CanvasQuestion | null }
  /** The notes file's text, on open and whenever it changes elsewhere. */
  | { type: 'notes'; text: string };

export type CanvasToHost =
  | { type: 'ready' }
  | { type: 'rendered'; version: number; nodeIds: string[]; durationMs: number }
  | { type: 'parseError'; version: number; message: string; line: number | null }
  | { type: 'revealNode'; nodeId: string }
  /** `from`: the selected node the new one is connected from, or null for a free node. */
  | { type: 'insertComponent'; componentId: string; from: string | null }
  | { type: 'connect'; from: string; to: string }
  | { type: 'exported'; requestId: number; format: 'svg' | 'png'; data: string }
  | { type: 'exportFailed'; requestId: number; message: string }
  | { type: 'mockControl'; action: 'start' | 'pause' | 'resume' | 'stop' }
  | { type: 'critique' }
  | { type: 'saveNotes'; text: string }
  | { type: 'showModelAnswer' };

const theme = nullable(oneOf(...CANVAS_THEMES));
const format = oneOf('svg', 'png');

export const isHostToCanvas = unionGuard<HostToCanvas>({
  init: {
    palette: arrayOf(
      shape({ id: isString, label: isString, short: isString, group: isString, description: isString, shape: oneOf(...SHAPE_NAMES) }),
    ),
    themeOverride: theme,
  },
  update: { text: isString, version: isNumber, immediate: isBoolean },
  theme: { themeOverride: theme },
  highlight: { nodeIds: arrayOf(isString) },
  mock: { view: nullable(shape({ phase: isString, phaseIndex: isNumber, prompt: isString, remainingMs: isNumber, running: isBoolean })) },
  export: { format, requestId: isNumber },
  critiqueStatus: { text: isString },
  select: { nodeId: isString },
  question: {
    question: nullable(
      shape({
        id: isString,
        title: isString,
        prompt: isString,
        clarifyingQuestions: arrayOf(isString),
        requirements: shape({ functional: arrayOf(isString), nonFunctional: arrayOf(isString) }),
        notesPath: isString,
      }),
    ),
  },
  notes: { text: isString },
});

export const isCanvasToHost = unionGuard<CanvasToHost>({
  ready: {},
  rendered: { version: isNumber, nodeIds: arrayOf(isString), durationMs: isNumber },
  parseError: { version: isNumber, message: isString, line: nullable(isNumber) },
  revealNode: { nodeId: isString },
  insertComponent: { componentId: isString, from: nullable(isString) },
  connect: { from: isString, to: isString },
  exported: { requestId: isNumber, format, data: isString },
  exportFailed: { requestId: isNumber, message: isString },
  mockControl: { action: oneOf('start', 'pause', 'resume', 'stop') },
  critique: {},
  saveNotes: { text: isString },
  showModelAnswer: {},
});
