// `npm run eval:critic [-- --llm] [-- --verbose]`: scores the offline critic (and, with --llm and
// ANTHROPIC_API_KEY set, the LLM critic) on every labelled diagram set present: recall of
// labelled-missing concerns, false-alarm rate on labelled-present ones, duplicated findings, and
// precision/recall per concern. Diagrams are reviewed without their question, as the dev set's
// score.sh does, so the kind of system must come from the diagram.
import { parseDiagram, type DiagramModel } from '../../src/core/critique/diagram';
import { llmCritique } from '../../src/core/critique/llmCritic';
import { critiqueDiagram, type Finding } from '../../src/core/critique/offlineCritic';
import type { ConcernId } from '../../src/core/critique/concerns';
import { anthropicModel } from '../../src/core/llm/anthropicModel';
import { DEFAULT_CLAUDE_MODEL } from '../../src/core/llm/endpoint';
import { judge, labelledSets, score, type Judged, type LabelledDiagram, type SetScore } from '../support/criticSets';

type Critic = (diagram: LabelledDiagram, model: DiagramModel) => Promise<ConcernId[]>;

const offline: Critic = async (_diagram, model) => critiqueDiagram(model).findings.map((finding) => finding.concern);

function llmCritic(apiKey: string, modelId: string): Critic {
  const provider = anthropicModel({ apiKey, model: modelId });
  return async (diagram, model) => {
    const offlineFindings: Finding[] = critiqueDiagram(model).findings;
    const review = await llmCritique(diagram.source, model, undefined, offlineFindings, { model: provider });
    return review.findings.map((finding) => finding.concern);
  };
}

const pct = (value: number) => value.toFixed(3);

function printScore(label: string, result: SetScore, verbose: boolean): void {
  console.log(
    `  ${label.padEnd(12)} recall ${pct(result.recall)} (${result.found}/${result.missing})   ` +
      `false alarms ${pct(result.falseAlarmRate)} (${result.falseAlarms}/${result.present})   ` +
      `duplicated findings ${result.duplicates.length}   over ${result.diagrams} diagrams`,
  );
  if (verbose) for (const line of [...result.mistakes, ...result.duplicates]) console.log(`      ${line}`);
}

function printPerConcern(result: SetScore): void {
  console.log(`  ${'concern'.padEnd(26)} precision  recall   (flagged-missing / flagged-present / labelled-missing)`);
  for (const row of result.perConcern) {
    const flagged = row.truePositives + row.falsePositives;
    if (!flagged && !row.missing) continue;
    const precision = flagged ? pct(row.truePositives / flagged) : '  -  ';
    const recall = row.missing ? pct(row.truePositives / row.missing) : '  -  ';
    console.log(
      `  ${row.concern.padEnd(26)} ${precision.padStart(9)}  ${recall.padStart(6)}   (${row.truePositives} / ${row.falsePositives} / ${row.missing})`,
    );
  }
}

async function evaluate(name: string, critic: Critic, verbose: boolean): Promise<void> {
  console.log(`\n${name}`);
  const all: Judged[] = [];
  for (const set of labelledSets()) {
    const judged: Judged[] = [];
    for (const diagram of set.diagrams) {
      const model = await parseDiagram(diagram.source);
      judged.push(judge(diagram, await critic(diagram, model)));
    }
    all.push(...judged);
    printScore(set.name, score(judged), verbose);
  }
  const overall = score(all);
  printScore('overall', overall, false);
  printPerConcern(overall);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const sets = labelledSets();
  console.log(`Labelled sets: ${sets.map((set) => `${set.name} (${set.diagrams.length}, ${set.dir})`).join('; ')}`);
  if (!sets.some((set) => set.name === 'dev set'))
    console.log('  (no shared/critic-devset found beside the checkout; set CRITIC_DEVSET to score it)');
  console.log('Scores on sets written inside the team measure consistency with their labels, not quality on unseen designs.');
  await evaluate('Offline critic', offline, verbose);
  if (args.includes('--llm')) {
    const apiKey = process.env.ANTHROPIC_API_KEY;
    if (!apiKey) {
      console.error('\n--llm: ANTHROPIC_API_KEY is not set, so the LLM critic was not scored.');
      process.exitCode = 2;
      return;
    }
    const modelId = process.env.AIS_CRITIC_MODEL ?? DEFAULT_CLAUDE_MODEL;
    await evaluate(`LLM critic (${modelId})`, llmCritic(apiKey, modelId), verbose);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
