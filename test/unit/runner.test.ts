import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { transform } from 'sucrase';
import { loadCatalog } from '../../src/core/catalog/load';
import type { CodingProblem, Language } from '../../src/core/catalog/types';
import { loadHiddenSuite, referencePath, scaffoldProblem } from '../../src/core/problems/problemFiles';
import { prepareDebugRun, runHiddenTests } from '../../src/core/runner/runSolution';
import { spawnSync } from 'node:child_process';
import type { HiddenSuite, SuiteResult } from '../../src/core/runner/types';
import { contentRoot, repoRoot } from '../support/paths';

const harnessDir = join(repoRoot, 'dist', 'harness');
const catalog = loadCatalog(contentRoot);
const problems = catalog.categories.flatMap((category) => category.items).filter((item): item is CodingProblem => item.kind === 'coding');

let scratch: string;
before(() => (scratch = mkdtempSync(join(tmpdir(), 'ais-runner-'))));
after(() => rmSync(scratch, { recursive: true, force: true }));

function writeSolution(name: string, source: string): string {
  const path = join(scratch, name);
  writeFileSync(path, source);
  return path;
}

const run = (problem: CodingProblem, language: Language, solutionPath: string, suite = loadHiddenSuite(problem)) =>
  runHiddenTests({ problem, suite, solutionPath, language, harnessDir });

const summary = (result: SuiteResult) =>
  result.cases
    .filter((c) => c.status !== 'passed')
    .map((c) => `${c.name}: ${c.status} ${c.message ?? ''}`)
    .join('\n');

/** The TypeScript reference with its types stripped: the JavaScript reference. */
const javaScriptOf = (tsSource: string) => transform(tsSource, { transforms: ['typescript'] }).code;

describe('hidden tests: every problem', () => {
  it('has at least 15 hidden cases, each named once', () => {
    for (const problem of problems) {
      const suite = loadHiddenSuite(problem);
      assert.ok(suite.cases.length >= 15, `${problem.id} has ${suite.cases.length} cases`);
    }
  });

  for (const problem of problems) {
    describe(problem.id, () => {
      for (const language of ['ts', 'py'] as const) {
        it(`${language} reference passes every case`, async () => {
          const result = await run(problem, language, referencePath(problem, language));
          assert.equal(result.passed, result.total, summary(result));
          assert.equal(result.total, loadHiddenSuite(problem).cases.length);
        });
      }

      it('js reference (the TS one without types) passes every case', async () => {
        const path = writeSolution(`${problem.id}-ref.js`, javaScriptOf(readFileSync(referencePath(problem, 'ts'), 'utf8')));
        const result = await run(problem, 'js', path);
        assert.equal(result.passed, result.total, summary(result));
      });

      for (const language of ['ts', 'js', 'py'] as const) {
        it(`${language} starter, as scaffolded, fails and returns no right answer`, async () => {
          const { path } = scaffoldProblem(problem, language, join(scratch, `starters-${language}`));
          const suite = loadHiddenSuite(problem);
          const result = await run(problem, language, path, suite);
          assert.equal(result.total, suite.cases.length);
          assert.ok(result.failed > 0);
          // A starter that throws "not implemented" may pass cases that expect an error, no others.
          const expectsValue = new Set(suite.cases.filter((c) => !c.throws).map((c) => c.name));
          const rightAnswers = result.cases.filter((c) => c.status === 'passed' && expectsValue.has(c.name));
          assert.deepEqual(
            rightAnswers.map((c) => c.name),
            [],
          );
        });
      }

      it('catches every wrong solution in mutants.json (at least 3)', async () => {
        const mutants = JSON.parse(readFileSync(join(problem.dir, 'mutants.json'), 'utf8')) as {
          name: string;
          find: string;
          replace: string;
        }[];
        assert.ok(mutants.length >= 3);
        const reference = readFileSync(referencePath(problem, 'ts'), 'utf8');
        for (const mutant of mutants) {
          assert.ok(reference.includes(mutant.find), `mutant "${mutant.name}" does not apply to the reference`);
          const path = writeSolution(`${problem.id}-mutant.ts`, reference.replace(mutant.find, mutant.replace));
          const result = await run(problem, 'ts', path);
          assert.ok(result.failed > 0, `wrong solution "${mutant.name}" passed all hidden cases`);
        }
      });
    });
  }
});

describe('hidden tests: solutions must not modify their inputs', () => {
  const topK = problems.find((p) => p.id === 'top-k-similar')!;
  const unsorted = (suite: HiddenSuite) => suite.cases.filter((c) => c.name === 'statement example, k = 2' || c.name === 'unicode ids');

  /** A correct ranking that sorts the caller's items by id first: right answers, modified input. */
  const sortsInPlace = {
    ts:
      readFileSync(referencePath(topK, 'ts'), 'utf8').replace('export function topKSimilar(', 'function rank(') +
      '\nexport function topKSimilar(query: number[], items: Item[], k: number): string[] {\n' +
      '  items.sort((a, b) => (a.id < b.id ? 1 : -1));\n  return rank(query, items, k);\n}\n',
    py:
      readFileSync(referencePath(topK, 'py'), 'utf8').replace('def top_k_similar(', 'def _rank(') +
      '\n\ndef top_k_similar(query, items, k):\n    items.sort(key=lambda item: item["id"], reverse=True)\n    return _rank(query, items, k)\n',
  };

  for (const language of ['ts', 'py'] as const) {
    it(`${language}: a solution that sorts its input in place fails, naming the argument`, async () => {
      const suite = { ...loadHiddenSuite(topK), cases: unsorted(loadHiddenSuite(topK)) };
      const result = await run(topK, language, writeSolution(`sorts-in-place.${language}`, sortsInPlace[language]), suite);
      assert.equal(result.cases.length, 2);
      for (const testCase of result.cases) {
        assert.equal(testCase.status, 'failed', testCase.name);
        assert.equal(testCase.message, 'your function modified its input `items`');
      }
    });

    it(`${language}: the same solution passes where the problem allows modifying the input`, async () => {
      const suite = { ...loadHiddenSuite(topK), cases: unsorted(loadHiddenSuite(topK)) };
      const lenient = { ...topK, mutationAllowed: true };
      const result = await run(lenient, language, writeSolution(`sorts-allowed.${language}`, sortsInPlace[language]), suite);
      assert.equal(result.passed, 2, summary(result));
    });
  }
});

describe('hidden tests: broken solutions get the right status', () => {
  const cosine = problems.find((p) => p.id === 'cosine-similarity')!;
  const quick: HiddenSuite = { ...loadHiddenSuite(cosine), timeoutMs: 1_000 };
  quick.cases = quick.cases.slice(0, 4);

  it('an infinite loop times out on the first case, names it, and the rest still run', async () => {
    const path = writeSolution(
      'loop.ts',
      [
        'let calls = 0;',
        'export function cosineSimilarity(a: number[], b: number[]): number {',
        '  if (a[0] === 1 && b[0] === 0) { while (true) {} }',
        '  return 0;',
        '}',
      ].join('\n'),
    );
    const started = Date.now();
    const result = await run(cosine, 'ts', path, quick);
    assert.equal(result.cases[0]!.status, 'timeout');
    assert.equal(result.cases[0]!.name, 'orthogonal unit vectors');
    assert.match(result.cases[0]!.message!, /did not finish within 1000 ms/);
    assert.equal(result.cases.length, 4, 'remaining cases ran in a fresh process');
    assert.notEqual(result.cases[1]!.status, 'timeout');
    assert.ok(Date.now() - started < 10_000);
  });

  it('a Python infinite loop times out too', async () => {
    const path = writeSolution('loop.py', 'def cosine_similarity(a, b):\n    while True:\n        pass\n');
    const result = await run(cosine, 'py', path, { ...quick, cases: quick.cases.slice(0, 2) });
    assert.deepEqual(
      result.cases.map((c) => c.status),
      ['timeout', 'timeout'],
    );
  });

  it('huge output is capped and does not break the results', async () => {
    const path = writeSolution(
      'chatty.js',
      [
        'export function cosineSimilarity(a, b) {',
        "  for (let i = 0; i < 20000; i++) console.log('x'.repeat(100));",
        '  return 0;',
        '}',
      ].join('\n'),
    );
    const result = await run(cosine, 'js', path, quick);
    assert.equal(result.cases.length, 4);
    assert.ok(result.output.length <= 64 * 1024 + 100, `output is ${result.output.length} chars`);
    assert.match(result.output, /\[output truncated\]$/);
    assert.equal(result.cases[0]!.status, 'passed');
  });

  it('a thrown error is an error with the line in the user file', async () => {
    const path = writeSolution(
      'throws.ts',
      [
        'export function cosineSimilarity(a: number[], b: number[]): number {',
        '  const x: number = 1;',
        "  throw new TypeError('boom ' + x);",
        '}',
      ].join('\n'),
    );
    const result = await run(cosine, 'ts', path, quick);
    assert.equal(result.cases[0]!.status, 'error');
    assert.equal(result.cases[0]!.message, 'TypeError: boom 1');
    assert.equal(result.cases[0]!.line, 3);
  });

  it('a syntax error gives one clear message with the line, no harness frames', async () => {
    const path = writeSolution('broken.ts', 'export function cosineSimilarity(a: number[], b: number[]): number {\n  return a[0] +;\n}\n');
    const result = await run(cosine, 'ts', path, quick);
    assert.ok(result.cases.every((c) => c.status === 'error'));
    assert.match(result.cases[0]!.message!, /^broken\.ts:2: SyntaxError/);
    assert.equal(result.cases[0]!.line, 2);
    assert.doesNotMatch(result.cases[0]!.message!, /harness|node:internal/);
  });

  it('a Python syntax error names the line', async () => {
    const path = writeSolution('broken.py', 'def cosine_similarity(a, b):\n    return (a[0] +\n');
    const result = await run(cosine, 'py', path, quick);
    assert.ok(result.cases.every((c) => c.status === 'error'));
    assert.match(result.cases[0]!.message!, /SyntaxError/);
    assert.ok(result.cases[0]!.line! >= 2);
  });

  it('a missing export says what to export', async () => {
    const path = writeSolution('unexported.ts', 'function cosineSimilarity(a: number[], b: number[]) { return 0; }\n');
    const result = await run(cosine, 'ts', path, quick);
    assert.ok(result.cases.every((c) => c.status === 'error'));
    assert.match(result.cases[0]!.message!, /`cosineSimilarity` is not exported/);
  });

  it('a missing Python function says what to define', async () => {
    const path = writeSolution('misnamed.py', 'def cosine(a, b):\n    return 0\n');
    const result = await run(cosine, 'py', path, quick);
    assert.match(result.cases[0]!.message!, /`cosine_similarity` is not defined/);
  });

  it('CommonJS exports work as well as ESM', async () => {
    const reference = javaScriptOf(readFileSync(referencePath(cosine, 'ts'), 'utf8')).replace('export function', 'function');
    const path = writeSolution('commonjs.js', `${reference}\nmodule.exports = { cosineSimilarity };\n`);
    const result = await run(cosine, 'js', path, quick);
    assert.equal(result.passed, 4, summary(result));
  });

  it('a Python solution raising the wrong exception type fails the error cases', async () => {
    const source = readFileSync(referencePath(cosine, 'py'), 'utf8').replace('raise ValueError', 'raise RuntimeError');
    const path = writeSolution('wrong-error.py', source);
    const result = await run(cosine, 'py', path);
    const emptyCase = result.cases.find((c) => c.name === 'empty vectors throw')!;
    assert.equal(emptyCase.status, 'failed');
    assert.match(emptyCase.message!, /expected ValueError, but got RuntimeError/);
  });

  it('process.exit in a solution is an error for that case only', async () => {
    const path = writeSolution('exits.js', 'export function cosineSimilarity(a, b) { if (a.length === 3) process.exit(3); return 0; }\n');
    const result = await run(cosine, 'js', path, quick);
    assert.equal(result.cases.length, 4);
    const exited = result.cases.find((c) => c.name === 'parallel vectors of different length')!;
    assert.equal(exited.status, 'error');
    assert.match(exited.message!, /exited \(code 3\)/);
  });

  it('an unreadable file is a usage error, not a test failure', async () => {
    await assert.rejects(run(cosine, 'ts', join(scratch, 'missing.ts'), quick), /cannot read/);
  });

  it('a missing Python interpreter gives a clear message', async () => {
    const result = await runHiddenTests({
      problem: cosine,
      suite: quick,
      solutionPath: referencePath(cosine, 'py'),
      language: 'py',
      harnessDir,
      pythonPath: '/nonexistent/python3',
    });
    assert.match(result.cases[0]!.message!, /Python was not found/);
  });
});

describe('hidden tests: debug runs', () => {
  const chunker = problems.find((p) => p.id === 'chunker')!;

  /** What the debug adapter would do: launch the harness with this environment, then read the results. */
  function runPrepared(prepared: ReturnType<typeof prepareDebugRun>) {
    const env = Object.entries({ ...process.env, ...prepared.env }).filter((entry): entry is [string, string] => entry[1] != null);
    const child = spawnSync(process.execPath, [prepared.program], { env: Object.fromEntries(env), encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    return prepared.finish();
  }

  it('runs through files instead of pipes, the transpiled code compiled under the user file name', () => {
    const source = readFileSync(referencePath(chunker, 'ts'), 'utf8').replace('if (end === tokens.length) break;', '');
    const path = writeSolution('chunker-debug.ts', source);
    const prepared = prepareDebugRun({ problem: chunker, suite: loadHiddenSuite(chunker), solutionPath: path, language: 'ts', harnessDir });
    const job = JSON.parse(readFileSync(prepared.env.AIS_JOB_FILE!, 'utf8'));
    // A debugger's breakpoints on the user file bind by this path; a source map would come too late.
    assert.equal(job.loadAs, path);
    assert.doesNotMatch(readFileSync(job.solutionPath, 'utf8'), /sourceMappingURL/);
    const results = runPrepared(prepared);
    assert.equal(results.length, loadHiddenSuite(chunker).cases.length);
    assert.ok(
      results.some((r) => r.status === 'failed'),
      'the broken stop condition is caught',
    );
    assert.ok(results.some((r) => r.status === 'passed'));
  });

  it("names the user's line when a debugged solution throws: the code runs under the user file name", () => {
    const source = readFileSync(referencePath(chunker, 'ts'), 'utf8');
    const lines = source.split('\n');
    const body = lines.findIndex((line) => /export function/.test(line)) + 1;
    lines.splice(body, 0, "  throw new Error('stop here');");
    const path = writeSolution('chunker-debug-throws.ts', lines.join('\n'));
    const prepared = prepareDebugRun({ problem: chunker, suite: loadHiddenSuite(chunker), solutionPath: path, language: 'ts', harnessDir });
    const errors = runPrepared(prepared).filter((result) => result.status === 'error');
    assert.ok(errors.length > 0);
    for (const result of errors) assert.equal(result.line, body + 1, result.message);
  });

  it('runs a Python solution as it is, with the job and the events in files', () => {
    const path = referencePath(chunker, 'py');
    const prepared = prepareDebugRun({ problem: chunker, suite: loadHiddenSuite(chunker), solutionPath: path, language: 'py', harnessDir });
    const job = JSON.parse(readFileSync(prepared.env.AIS_JOB_FILE!, 'utf8'));
    assert.equal(job.solutionPath, path, 'breakpoints bind in the user file itself');
    assert.match(prepared.program, /pyHarness\.py$/);
    const env = Object.entries({ ...process.env, ...prepared.env }).filter((entry): entry is [string, string] => entry[1] != null);
    // No bytecode cache beside the reference in content/.
    const child = spawnSync('python3', [prepared.program], {
      env: { ...Object.fromEntries(env), PYTHONDONTWRITEBYTECODE: '1' },
      encoding: 'utf8',
    });
    assert.equal(child.status, 0, child.stderr);
    const results = prepared.finish();
    assert.equal(results.length, loadHiddenSuite(chunker).cases.length);
    assert.ok(
      results.every((r) => r.status === 'passed'),
      JSON.stringify(results.filter((r) => r.status !== 'passed')),
    );
  });

  it('reports cases the session never reached', () => {
    const prepared = prepareDebugRun({
      problem: chunker,
      suite: loadHiddenSuite(chunker),
      solutionPath: referencePath(chunker, 'ts'),
      language: 'ts',
      harnessDir,
    });
    const results = prepared.finish();
    assert.ok(results.every((r) => r.status === 'error' && /debug session ended/.test(r.message!)));
  });
});

describe('hidden tests: a solution sees a minimal environment', () => {
  const secrets = { ANTHROPIC_API_KEY: 'sk-test-key', GITHUB_TOKEN: 'ghp-test', AWS_SECRET_ACCESS_KEY: 'aws-test', MY_SERVICE_SECRET: 'x' };
  const leaked = (text: string) => Object.keys(secrets).filter((name) => text.includes(name));
  const cosine = problems.find((p) => p.id === 'cosine-similarity')!;
  let saved: NodeJS.ProcessEnv;
  before(() => {
    saved = { ...process.env };
    Object.assign(process.env, secrets);
  });
  after(() => {
    for (const name of Object.keys(secrets)) if (!(name in saved)) delete process.env[name];
  });

  it('Python: os.environ has PATH and HOME but no *_KEY, *_TOKEN or *_SECRET', async () => {
    const reference = readFileSync(referencePath(cosine, 'py'), 'utf8');
    const path = writeSolution('env-probe.py', `import os\nprint("ENV:", sorted(os.environ))\n${reference}`);
    const result = await run(cosine, 'py', path);
    assert.match(result.output, /ENV:.*'PATH'/);
    assert.match(result.output, /'HOME'/);
    assert.deepEqual(leaked(result.output), []);
    assert.doesNotMatch(result.output, /_(KEY|TOKEN|SECRET)\b/);
    assert.equal(result.passed, result.total, 'the interpreter still runs the solution');
  });

  it('TypeScript: process.env has PATH but no *_KEY, *_TOKEN or *_SECRET', async () => {
    const reference = readFileSync(referencePath(cosine, 'ts'), 'utf8');
    const path = writeSolution('env-probe.ts', `console.log('ENV:', Object.keys(process.env).join(','));\n${reference}`);
    const result = await run(cosine, 'ts', path);
    assert.match(result.output, /ENV:.*\bPATH\b/);
    assert.deepEqual(leaked(result.output), []);
    assert.doesNotMatch(result.output, /_(KEY|TOKEN|SECRET)\b/);
    assert.equal(result.passed, result.total);
  });

  it('debug runs unset every other inherited variable', () => {
    const prepared = prepareDebugRun({
      problem: cosine,
      suite: loadHiddenSuite(cosine),
      solutionPath: referencePath(cosine, 'ts'),
      language: 'ts',
      harnessDir,
    });
    prepared.finish();
    for (const name of Object.keys(secrets)) assert.equal(prepared.env[name], null, name);
    assert.equal(prepared.env.PATH, process.env.PATH);
  });
});

describe('hidden tests: independent solutions written from the statement', () => {
  const solutionsRoot = join(repoRoot, 'test', 'fixtures', 'solutions');
  const extensions: Record<string, Language> = { '.ts': 'ts', '.js': 'js', '.py': 'py' };

  for (const problem of problems) {
    describe(problem.id, () => {
      const dir = join(solutionsRoot, problem.id);
      const files = existsSync(dir) ? readdirSync(dir).filter((file) => extname(file) in extensions) : [];

      it('has at least three besides the reference', () => {
        assert.ok(files.length >= 3, `${problem.id} has ${files.length} independent solutions in ${dir}`);
      });

      for (const file of files) {
        it(`${file} passes every case`, async () => {
          const result = await run(problem, extensions[extname(file)]!, join(dir, file));
          assert.equal(result.passed, result.total, summary(result));
        });
      }
    });
  }
});
