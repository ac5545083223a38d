import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StoredCardState, GradeName } from '../cards/scheduler';
import { schemaValidator } from '../schemaValidator';
import type { ProgressSnapshot } from './problemProgress';

/** Everything the user has practised, in one JSON file. */
export interface StudyData {
  version: 1;
  cards: Record<string, StoredCardState>;
  reviews: { at: string; card: string; grade: GradeName }[];
  problems: ProgressSnapshot;
  critiques: { at: string; design: string | null; coverage: number; missing: string[] }[];
  /** Finished mock interviews (files written before they were counted have none). */
  mocks: { at: string; design: string | null; endedBy: 'time' | 'stop'; elapsedMs: number }[];
}

export const emptyStudyData = (): StudyData => ({ version: 1, cards: {}, reviews: [], problems: {}, critiques: [], mocks: [] });

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
    mocks: {
      type: 'array',
      items: {
        type: 'object',
        required: ['at', 'design', 'endedBy', 'elapsedMs'],
        properties: { endedBy: { enum: ['time', 'stop'] }, elapsedMs: { type: 'number', minimum: 0 } },
      },
    },
  },
} as const;
const validate = schemaValidator<Omit<StudyData, 'mocks'> & Partial<Pick<StudyData, 'mocks'>>>(schema);

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
  return { ...data, mocks: data.mocks ?? [] };
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
export function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** How long a writer waits for another process's lock, and when a lock counts as left by a crash. */
const LOCK_WAIT_MS = 5_000;
const LOCK_STALE_MS = 10_000;

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Runs `body` holding an exclusive lock file beside `path` (created with O_EXCL), so writers
 * in other processes (another VS Code window, the CLI) take turns. A lock older than
 * LOCK_STALE_MS was left by a writer that crashed and is broken.
 */
export function withFileLock<T>(path: string, body: () => T): T {
  const lock = `${path}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    try {
      if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { force: true });
    } catch {
      // released meanwhile: try again
    }
    if (Date.now() > deadline)
      throw new Error(
        `${path} is being written by another window (lock ${lock}); try again, or delete the lock if no other window is open.`,
      );
    sleepSync(2 + Math.random() * 3);
  }
  try {
    return body();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Identifies one version of the file: every atomic write is a new inode. */
function versionOf(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/**
 * The study file, shared by every VS Code window (and the CLI). Each change is applied,
 * under a file lock, to what is on disk at that moment and saved atomically, so two windows
 * grading cards and running tests at once lose nothing (no last-writer-wins); reads pick up
 * other windows' writes. A corrupt file is kept aside (never overwritten) and the store
 * starts empty.
 */
export class StudyStore {
  private data: StudyData;
  /** The version of the file `data` was read from or written as. */
  private version: string | undefined;
  /** Set when the file on disk could not be read; it was moved aside to this path. */
  readonly recoveredFrom: string | undefined;
  private readonly listeners = new Set<() => void>();

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
      this.version = versionOf(path);
    } catch {
      this.recoveredFrom = `${path}.corrupt-${Date.now()}`;
      renameSync(path, this.recoveredFrom);
      this.data = emptyStudyData();
    }
  }

  /** The latest data, re-read when another process has written the file since. */
  get snapshot(): Readonly<StudyData> {
    this.reloadIfChanged();
    return this.data;
  }

  /**
   * The one study-state change event: fires after every change made here (a grade, a run, a
   * critique, an import). Dispose the result to stop listening.
   */
  onChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  }

  /** Applies `change` to the file's current content under the lock, then saves it. */
  update(change: (data: StudyData) => StudyData): void {
    withFileLock(this.path, () => {
      // Always read under the lock: a version stamp can repeat (inode reuse within one
      // millisecond), and applying the change to a stale copy would drop another window's write.
      this.reload();
      this.data = change(this.data);
      writeAtomically(this.path, JSON.stringify(this.data));
      this.version = versionOf(this.path);
    });
    for (const listener of this.listeners) listener();
  }

  exportTo(path: string): void {
    writeAtomically(path, JSON.stringify(this.snapshot, null, 2));
  }

  /** Replaces everything with an exported file, after validating it. */
  importFrom(path: string): void {
    const imported = parseStudyData(readFileSync(path, 'utf8'), path);
    this.update(() => imported);
  }

  private reloadIfChanged(): void {
    if (versionOf(this.path) !== this.version) this.reload();
  }

  private reload(): void {
    const version = versionOf(this.path);
    if (version === undefined) return;
    try {
      this.data = parseStudyData(readFileSync(this.path, 'utf8'), this.path);
      this.version = version;
    } catch {
      // Half-visible or damaged: keep what we have; the next write replaces it whole.
    }
  }
}
