import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { CodingProblem, Language } from '../catalog/types';
import type { HiddenSuite } from '../runner/types';
import { schemaValidator } from '../schemaValidator';

const DEFAULT_CASE_TIMEOUT_MS = 5_000;
const comparator = {
  oneOf: [
    { type: 'object', additionalProperties: false, required: ['kind'], properties: { kind: { enum: ['exact', 'unordered'] } } },
    {
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      properties: { kind: { const: 'approx' }, relTol: { type: 'number' }, absTol: { type: 'number' } },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'name'],
      properties: { kind: { const: 'property' }, name: { type: 'string' } },
    },
  ],
} as const;

const casesSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['compare', 'cases'],
  properties: {
    timeoutMs: { type: 'integer', minimum: 100 },
    compare: comparator,
    cases: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'args'],
        properties: {
          name: { type: 'string', minLength: 1 },
          args: { type: 'array' },
          expected: {},
          throws: { type: 'boolean' },
          compare: comparator,
        },
      },
    },
  },
} as const;

const validateCases = schemaValidator<Omit<HiddenSuite, 'problemId' | 'timeoutMs'> & { timeoutMs?: number }>(casesSchema);

export const LANGUAGES: Record<Language, { label: string; extension: string; comment: string }> = {
  ts: { label: 'TypeScript', extension: '.ts', comment: '//' },
  js: { label: 'JavaScript', extension: '.js', comment: '//' },
  py: { label: 'Python', extension: '.py', comment: '#' },
};

/** Loads the hidden cases of a problem; they ship with the extension, never the workspace. */
export function loadHiddenSuite(problem: CodingProblem): HiddenSuite {
  const path = join(problem.dir, 'cases.json');
  const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!validateCases(data)) {
    const first = validateCases.errors?.[0];
    throw new Error(`${problem.id}/cases.json: field ${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`);
  }
  const names = new Set<string>();
  for (const testCase of data.cases) {
    if (names.has(testCase.name)) throw new Error(`${problem.id}/cases.json: duplicate case name "${testCase.name}"`);
    names.add(testCase.name);
  }
  return { problemId: problem.id, compare: data.compare, timeoutMs: data.timeoutMs ?? DEFAULT_CASE_TIMEOUT_MS, cases: data.cases };
}

export const starterPath = (problem: CodingProblem, language: Language) => join(problem.dir, `starter${LANGUAGES[language].extension}`);
/** Reference solutions exist in TypeScript and Python; JavaScript runs the TypeScript one. */
export const referencePath = (problem: CodingProblem, language: Language) =>
  join(problem.dir, language === 'py' ? 'reference.py' : 'reference.ts');
export const editorialPath = (problem: CodingProblem) => join(problem.dir, 'editorial.md');

const HEADER = /ai-interview-studio problem:\s*([a-z0-9-]+)/;

/** The problem a scaffolded file belongs to, from its header comment. */
export function detectProblemId(text: string): string | undefined {
  return HEADER.exec(text.slice(0, 2_000))?.[1];
}

/** 0-based line of the function or class the problem asks for (0 when absent), so messages point at it. */
export function entryLine(text: string, problem: CodingProblem, language: Language): number {
  const entry = language === 'py' ? problem.entry.py : problem.entry.js;
  const pattern = new RegExp(`^[ \\t]*(export[ \\t]+)?(async[ \\t]+)?(function\\*?|class|def|const|let|var)[ \\t]+${entry}\\b`, 'm');
  const match = pattern.exec(text);
  return match ? text.slice(0, match.index).split('\n').length - 1 : 0;
}

export function languageOf(fileName: string): Language | undefined {
  const extension = extname(fileName).toLowerCase();
  if (['.ts', '.mts', '.cts'].includes(extension)) return 'ts';
  if (['.js', '.mjs', '.cjs'].includes(extension)) return 'js';
  if (extension === '.py') return 'py';
  return undefined;
}

export function scaffoldFileName(problem: CodingProblem, language: Language): string {
  return `${problem.id}${LANGUAGES[language].extension}`;
}

/** The starter with the header that ties the file to its problem. */
export function scaffoldSource(problem: CodingProblem, language: Language): string {
  const { comment } = LANGUAGES[language];
  const header = [
    `${comment} ai-interview-studio problem: ${problem.id}`,
    `${comment} ${problem.title}: ${problem.summary}`,
    `${comment} Run the hidden tests from the Testing view, the "Run hidden tests" lens, or the CLI.`,
  ].join('\n');
  return `${header}\n\n${readFileSync(starterPath(problem, language), 'utf8')}`;
}

/**
 * Writes the starter to outDir unless a file is already there: an existing attempt is never
 * overwritten. Returns the path and whether it was created.
 */
export function scaffoldProblem(problem: CodingProblem, language: Language, outDir: string): { path: string; created: boolean } {
  const path = join(outDir, scaffoldFileName(problem, language));
  if (existsSync(path)) return { path, created: false };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, scaffoldSource(problem, language), { flag: 'wx' });
  return { path, created: true };
}
