import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Ajv from 'ajv';
import type { StoredCardState, GradeName } from '../cards/scheduler';
import type { ProgressSnapshot } from './problemProgress';

/** Everything the user has practised, in one JSON file. */
export interface StudyData {
  version: 1;
  cards: Record<string, StoredCardState>;
  reviews: { at: string; card: string; grade: GradeName }[];
  problems: ProgressSnapshot;
  critiques: { at: string; design: string | null; coverage: number; missing: string[] }[];
}

export const emptyStudyData = (): StudyData => ({ version: 1, cards: {}, reviews: [], problems: {}, critiques: [] });

const schema = {
  type: 'object',
  required: ['version', 'cards', 'reviews', 'problems', 'critiques'],
  properties: {
    version: { const: 1 },
    cards: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['due', 'stability', 'difficulty', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'state'],
        properties: {
          due: { type: 'string' },
          stability: { type: 'number' },
          difficulty: { type: 'number' },
          scheduledDays: { type: 'number' },
          learningSteps: { type: 'number' },
          reps: { type: 'integer' },
          lapses: { type: 'integer' },
          state: { enum: ['new', 'learning', 'review', 'relearning'] },
          lastReview: { type: 'string' },
        },
      },
    },
    reviews: {
      type: 'array',
      items: {
        type: 'object',
        required: ['at', 'card', 'grade'],
        properties: { at: { type: 'string' }, card: { type: 'string' }, grade: { enum: ['again', 'hard', 'good', 'easy'] } },
      },
    },
    problems: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['state', 'runs'],
        properties: {
          state: { enum: ['attempted', 'solved'] },
          runs: { type: 'array', items: { type: 'object', required: ['at', 'language', 'passed', 'total'] } },
        },
      },
    },
    critiques: {
      type: 'array',
      items: {
        type: 'object',
        required: ['at', 'design', 'coverage', 'missing'],
        properties: { coverage: { type: 'number', minimum: 0, maximum: 1 } },
      },
    },
  },
} as const;
const validate = new Ajv({ allErrors: true }).compile<StudyData>(schema);

/** Parses and validates study data (a file on disk or an import); throws with the field at fault. */
export function parseStudyData(text: string, origin: string): StudyData {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${origin} is not valid JSON: ${(error as Error).message}`);
  }
  if (!validate(data)) {
    const first = validate.errors?.[0];
    throw new Error(`${origin} is not AI Interview Studio progress: field ${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`);
  }
  return data;
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
export function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/**
 * The study file: loaded once, changed through `update`, saved atomically after each
 * change. A corrupt file is kept aside (never overwritten) and the store starts empty.
 */
export class StudyStore {
  private data: StudyData;
  /** Set when the file on disk could not be read; it was moved aside to this path. */
  readonly recoveredFrom: string | undefined;

  constructor(readonly path: string) {
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // no file yet
    }
    if (text === undefined) {
      this.data = emptyStudyData();
      return;
    }
    try {
      this.data = parseStudyData(text, path);
    } catch {
      this.recoveredFrom = `${path}.corrupt-${Date.now()}`;
      renameSync(path, this.recoveredFrom);
      this.data = emptyStudyData();
    }
  }

  private readonly listeners = new Set<() => void>();

  get snapshot(): Readonly<StudyData> {
    return this.data;
  }

  /**
   * The one study-state change event: fires after every change (a grade, a run, a critique,
   * an import). Dispose the result to stop listening.
   */
  onChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  }

  update(change: (data: StudyData) => StudyData): void {
    this.data = change(this.data);
    writeAtomically(this.path, JSON.stringify(this.data));
    for (const listener of this.listeners) listener();
  }

  exportTo(path: string): void {
    writeAtomically(path, JSON.stringify(this.data, null, 2));
  }

  /** Replaces everything with an exported file, after validating it. */
  importFrom(path: string): void {
    const imported = parseStudyData(readFileSync(path, 'utf8'), path);
    this.update(() => imported);
  }
}
