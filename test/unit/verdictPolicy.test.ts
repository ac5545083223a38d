import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadCatalog } from '../../src/core/catalog/load';
import type { CodingProblem } from '../../src/core/catalog/types';
import { loadHiddenSuite } from '../../src/core/problems/problemFiles';
import { contentRoot, repoRoot } from '../support/paths';

// The verdict policy (content/README.md), enforced where a machine can check it. The exact
// recomputation lives in test/support/verdict_audit.py: Python's fractions and decimal give
// exact rationals and 60-digit square roots and logarithms without a new dependency.
const problems = loadCatalog(contentRoot)
  .categories.flatMap((category) => category.items)
  .filter((item): item is CodingProblem => item.kind === 'coding');

interface AuditReport {
  problems: Record<string, { audited: number; findings: string[]; exact: boolean }>;
}

function audit(): AuditReport {
  const result = spawnSync('python3', [join(repoRoot, 'test', 'support', 'verdict_audit.py'), join(contentRoot, 'problems')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`verdict audit failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as AuditReport;
}

/** Problems whose verdicts turn on float values: approximate comparison, rankings, thresholds or clocks. */
function isFloatSensitive(problem: CodingProblem): boolean {
  const suite = loadHiddenSuite(problem);
  const approx = suite.compare.kind === 'approx' || suite.cases.some((testCase) => testCase.compare?.kind === 'approx');
  return approx || /\b(cosine|clock)\b/i.test(problem.statement);
}

/** Problems with an exact audit: it must pass even where no float is compared (a seeded sampler's draws against cumulative sums). */
const audited = new Set(
  JSON.parse(
    spawnSync(
      'python3',
      [
        '-c',
        'import json, sys; sys.path.insert(0, sys.argv[1]); import verdict_audit; print(json.dumps(list(verdict_audit.AUDITS)))',
        join(repoRoot, 'test', 'support'),
      ],
      { encoding: 'utf8' },
    ).stdout,
  ) as string[],
);

describe('verdict policy', function () {
  this.timeout(120_000);
  let report: AuditReport;
  before(() => (report = audit()));

  for (const problem of problems) {
    describe(problem.id, () => {
      if (isFloatSensitive(problem) || audited.has(problem.id)) {
        it('every float-sensitive case agrees with exact arithmetic under every usual formula', () => {
          const entry = report.problems[problem.id];
          assert.ok(entry?.exact, `${problem.id} compares floats but has no exact audit in verdict_audit.py`);
          assert.ok(entry.audited > 0);
          assert.deepEqual(entry.findings, []);
        });
      }

      it('the statement states the tolerance of every approximate comparison', () => {
        const suite = loadHiddenSuite(problem);
        if (suite.compare.kind === 'approx' || suite.cases.some((testCase) => testCase.compare?.kind === 'approx')) {
          assert.match(problem.statement, /tolerance of 1e-9/);
        }
      });

      it('ranking statements define ties exactly and say how the tests keep them exact', () => {
        if (/\bties?\b|equal scores/i.test(problem.statement)) {
          assert.match(problem.statement, /exact arithmetic|exactly/i);
        }
      });
    });
  }

  it('flags a ranking case whose scores tie in one formula only (the audit can fail)', () => {
    const result = spawnSync(
      'python3',
      [
        '-c',
        [
          'import sys; sys.path.insert(0, sys.argv[1]); import verdict_audit as v',
          'findings = []',
          'case = {"name": "t", "args": [[1, 1], [{"id": "a", "embedding": [3, 3]}, {"id": "b", "embedding": [1, 1]}], 2], "expected": ["a", "b"]}',
          'v.audit_top_k_similar(case, findings)',
          'print(len(findings) > 0)',
        ].join('\n'),
        join(repoRoot, 'test', 'support'),
      ],
      { encoding: 'utf8' },
    );
    assert.equal(result.stdout.trim(), 'True', result.stderr);
  });
});
