// The labelled diagram sets the critic is scored on, and the scoring itself: shared by
// `npm run eval:critic` and the unit tests that hold the critic to its acceptance thresholds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONCERN_IDS, type ConcernId } from '../../src/core/critique/concerns';
import { repoRoot } from './paths';

export interface LabelledDiagram {
  set: string;
  name: string;
  source: string;
  /** A content/designs id, when the labels name one. */
  question?: string;
  /** The kind of system, for the fixtures that state it. */
  kind?: string;
  missing: ConcernId[];
  present: ConcernId[];
}

export interface LabelledSet {
  name: string;
  dir: string;
  diagrams: LabelledDiagram[];
}

/** The project's own fixtures: labels in `%% expect-...` comment lines. */
function fixtureSet(dir: string): LabelledSet {
  const diagrams = readdirSync(dir)
    .filter((name) => name.endsWith('.mmd'))
    .sort()
    .map((name): LabelledDiagram => {
      const source = readFileSync(join(dir, name), 'utf8');
      const field = (key: string) =>
        (new RegExp(`^%% expect-${key}: (.*)$`, 'm').exec(source)?.[1] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
      return {
        set: 'fixtures',
        name,
        source,
        kind: field('kind')[0],
        missing: field('missing') as ConcernId[],
        present: field('present') as ConcernId[],
      };
    });
  return { name: 'fixtures', dir, diagrams };
}

/** A folder of diagrams with a labels.json (the dev-set format). */
export function labelsJsonSet(name: string, dir: string): LabelledSet {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<
    string,
    { question?: string; present: ConcernId[]; missing: ConcernId[] }
  >;
  const diagrams = Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, label]) => ({
      set: name,
      name: file,
      source: readFileSync(join(dir, file), 'utf8'),
      ...(label.question ? { question: label.question } : {}),
      missing: label.missing,
      present: label.present,
    }));
  return { name, dir, diagrams };
}

/**
 * The external dev set lives in `shared/critic-devset` beside the checkout (`../shared` from the
 * main checkout, further up from a worktree); CRITIC_DEVSET overrides.
 */
export function findDevSet(): string | undefined {
  if (process.env.CRITIC_DEVSET) return process.env.CRITIC_DEVSET;
  for (let dir = dirname(repoRoot); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'critic-devset');
    if (existsSync(join(candidate, 'labels.json'))) return candidate;
  }
  return undefined;
}

export const fixturesDir = join(repoRoot, 'test', 'fixtures', 'diagrams');
export const regressionDir = join(repoRoot, 'test', 'fixtures', 'critic-regression');

/** Every labelled set present on this machine. */
export function labelledSets(): LabelledSet[] {
  const sets = [fixtureSet(fixturesDir)];
  const devSet = findDevSet();
  if (devSet) sets.push(labelsJsonSet('dev set', devSet));
  if (existsSync(join(regressionDir, 'labels.json'))) sets.push(labelsJsonSet('regression', regressionDir));
  return sets;
}

export interface Judged {
  diagram: LabelledDiagram;
  flagged: ConcernId[];
  /** Concerns that appear in more than one finding of the report. */
  duplicated: ConcernId[];
}

export interface ConcernScore {
  concern: ConcernId;
  /** Flagged and labelled missing. */
  truePositives: number;
  /** Flagged but labelled present. */
  falsePositives: number;
  /** Labelled missing. */
  missing: number;
}

export interface SetScore {
  diagrams: number;
  found: number;
  missing: number;
  falseAlarms: number;
  present: number;
  recall: number;
  falseAlarmRate: number;
  duplicates: string[];
  perConcern: ConcernScore[];
  /** "file: missed X" / "file: false alarm X" lines. */
  mistakes: string[];
}

/** Judges one report's findings against a diagram's labels. */
export function judge(diagram: LabelledDiagram, findingConcerns: ConcernId[]): Judged {
  const counts = new Map<ConcernId, number>();
  for (const concern of findingConcerns) counts.set(concern, (counts.get(concern) ?? 0) + 1);
  return {
    diagram,
    flagged: [...counts.keys()],
    duplicated: [...counts].filter(([, count]) => count > 1).map(([concern]) => concern),
  };
}

export function score(judged: Judged[]): SetScore {
  const perConcern = new Map<ConcernId, ConcernScore>(
    CONCERN_IDS.map((concern) => [concern, { concern, truePositives: 0, falsePositives: 0, missing: 0 }]),
  );
  let found = 0;
  let missing = 0;
  let falseAlarms = 0;
  let present = 0;
  const mistakes: string[] = [];
  const duplicates: string[] = [];
  for (const { diagram, flagged, duplicated } of judged) {
    const flags = new Set(flagged);
    for (const concern of diagram.missing) {
      missing++;
      perConcern.get(concern)!.missing++;
      if (flags.has(concern)) {
        found++;
        perConcern.get(concern)!.truePositives++;
      } else mistakes.push(`${diagram.set}/${diagram.name}: missed ${concern}`);
    }
    for (const concern of diagram.present) {
      present++;
      if (flags.has(concern)) {
        falseAlarms++;
        perConcern.get(concern)!.falsePositives++;
        mistakes.push(`${diagram.set}/${diagram.name}: false alarm ${concern}`);
      }
    }
    for (const concern of duplicated) duplicates.push(`${diagram.set}/${diagram.name}: ${concern} twice`);
  }
  return {
    diagrams: judged.length,
    found,
    missing,
    falseAlarms,
    present,
    recall: missing ? found / missing : 1,
    falseAlarmRate: present ? falseAlarms / present : 0,
    duplicates,
    perConcern: [...perConcern.values()],
    mistakes,
  };
}
