// The messages between the design-canvas webview and the extension host: one union per
// direction, each validated on arrival with the guards below.
import type { PaletteEntry } from '../core/design/palette';
import { arrayOf, isBoolean, isNumber, isString, nullable, oneOf, shape, unionGuard } from './guards';

export type CanvasTheme = 'default' | 'dark' | 'neutral' | 'forest' | 'base';
export const CANVAS_THEMES: readonly CanvasTheme[] = ['default', 'dark', 'neutral', 'forest', 'base'];

export type { PaletteEntry } from '../core/design/palette';

export interface MockInterviewView {
  phase: string;
  prompt: string;
  remainingMs: number;
  running: boolean;
}

export type HostToCanvas =
  | { type: 'init'; palette: PaletteEntry[]; themeOverride: CanvasTheme | null }
  /** `immediate` skips the typing debounce (first load, theme switch). */
  | { type: 'update'; text: string; version: number; immediate: boolean }
  | { type: 'theme'; themeOverride: CanvasTheme | null }
  | { type: 'highlight'; nodeIds: string[] }
  | { type: 'mock'; view: MockInterviewView | null }
  | { type: 'export'; format: 'svg' | 'png'; requestId: number }
  | { type: 'critiqueStatus'; text: string };

export type CanvasToHost =
  | { type: 'ready' }
  | { type: 'rendered'; version: number; nodeIds: string[]; durationMs: number }
  | { type: 'parseError'; version: number; message: string; line: number | null }
  | { type: 'revealNode'; nodeId: string }
  | { type: 'insertComponent'; componentId: string }
  | { type: 'connect'; from: string; to: string }
  | { type: 'exported'; requestId: number; format: 'svg' | 'png'; data: string }
  | { type: 'exportFailed'; requestId: number; message: string }
  | { type: 'mockControl'; action: 'start' | 'pause' | 'resume' | 'stop' }
  | { type: 'critique' };

const theme = nullable(oneOf(...CANVAS_THEMES));
const format = oneOf('svg', 'png');

export const isHostToCanvas = unionGuard<HostToCanvas>({
  init: {
    palette: arrayOf(shape({ id: isString, label: isString, group: isString, description: isString })),
    themeOverride: theme,
  },
  update: { text: isString, version: isNumber, immediate: isBoolean },
  theme: { themeOverride: theme },
  highlight: { nodeIds: arrayOf(isString) },
  mock: { view: nullable(shape({ phase: isString, prompt: isString, remainingMs: isNumber, running: isBoolean })) },
  export: { format, requestId: isNumber },
  critiqueStatus: { text: isString },
});

export const isCanvasToHost = unionGuard<CanvasToHost>({
  ready: {},
  rendered: { version: isNumber, nodeIds: arrayOf(isString), durationMs: isNumber },
  parseError: { version: isNumber, message: isString, line: nullable(isNumber) },
  revealNode: { nodeId: isString },
  insertComponent: { componentId: isString },
  connect: { from: isString, to: isString },
  exported: { requestId: isNumber, format, data: isString },
  exportFailed: { requestId: isNumber, message: isString },
  mockControl: { action: oneOf('start', 'pause', 'resume', 'stop') },
  critique: {},
});
