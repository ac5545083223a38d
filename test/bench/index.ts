// `npm run bench`: speed as ratios against baselines measured in the same run, never as
// absolute times. Each row runs every hidden case of a problem against its reference and
// divides the median wall time by the median of a bare interpreter start (`node -e 0`,
// `python3 -c 0`), since starting the interpreter is the floor for any out-of-process run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadCatalog } from '../../src/core/catalog/load';
import type { CodingProblem, Language } from '../../src/core/catalog/types';
import { loadHiddenSuite, referencePath } from '../../src/core/problems/problemFiles';
import { runHiddenTests } from '../../src/core/runner/runSolution';
import { contentRoot, repoRoot } from '../support/paths';
import { benchCanvasRender } from './canvasRender';
import { benchCritique } from './critique';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const TARGET_RATIO = 2.0;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function timeMedian(task: () => unknown): Promise<number> {
  await task(); // warm the file cache
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const bareStart: Record<Language, () => unknown> = {
  ts: () => spawnSync(process.execPath, ['-e', '0']),
  js: () => spawnSync(process.execPath, ['-e', '0']),
  py: () => spawnSync('python3', ['-c', '0']),
};

async function main(): Promise<void> {
  const catalog = loadCatalog(contentRoot);
  const harnessDir = join(repoRoot, 'dist', 'harness');
  const rows: string[] = [];
  let worst = 0;
  for (const language of ['ts', 'py'] as const) {
    const baseline = await timeMedian(bareStart[language]);
    for (const id of ['cosine-similarity', 'bm25']) {
      const problem = catalog.find(id) as CodingProblem;
      const suite = loadHiddenSuite(problem);
      const solutionPath = referencePath(problem, language);
      const runTime = await timeMedian(async () => {
        const result = await runHiddenTests({ problem, suite, solutionPath, language, harnessDir });
        if (result.failed) throw new Error(`${id} (${language}) reference failed: the benchmark would be meaningless`);
      });
      const ratio = runTime / baseline;
      worst = Math.max(worst, ratio);
      rows.push(
        `${`${id} (${language}, ${suite.cases.length} cases)`.padEnd(34)} ${ratio.toFixed(2).padStart(6)}x   ` +
          `(median ${runTime.toFixed(1)} ms vs bare start ${baseline.toFixed(1)} ms)`,
      );
    }
  }
  console.log(`Hidden-test runs as a ratio over a bare interpreter start (median of ${ROUNDS}; target <= ${TARGET_RATIO}):`);
  for (const row of rows) console.log(`  ${row}`);
  console.log(`worst ratio ${worst.toFixed(2)}x: ${worst <= TARGET_RATIO ? 'within' : 'OVER'} the ${TARGET_RATIO}x target`);

  const CANVAS_TARGET = 1.3;
  const canvas = await benchCanvasRender(ROUNDS);
  console.log(
    `\nDesign canvas, 40-node flowchart: webview render path / bare mermaid.render = ${canvas.ratio.toFixed(2)}x ` +
      `(median ${canvas.canvasMs.toFixed(1)} ms vs ${canvas.bareMs.toFixed(1)} ms; target <= ${CANVAS_TARGET}): ` +
      `${canvas.ratio <= CANVAS_TARGET ? 'within' : 'OVER'} target`,
  );

  const CRITIQUE_TARGET = 1.0;
  const critique = await benchCritique(ROUNDS);
  console.log(
    `\nOffline critique, 40-node design: critique / Mermaid parse = ${critique.ratio.toFixed(2)}x ` +
      `(median ${critique.critiqueMs.toFixed(1)} ms vs ${critique.parseMs.toFixed(1)} ms; target <= ${CRITIQUE_TARGET}): ` +
      `${critique.ratio <= CRITIQUE_TARGET ? 'within' : 'OVER'} target`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
