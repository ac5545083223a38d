import { readFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadCatalog } from '../core/catalog/load';
import { toListing } from '../core/catalog/listing';
import type { Catalog, CodingProblem, Language } from '../core/catalog/types';
import { LANGUAGES, languageOf, loadHiddenSuite, scaffoldProblem } from '../core/problems/problemFiles';
import { runHiddenTests, UnreadableSolutionError } from '../core/runner/runSolution';
import type { CaseResult } from '../core/runner/types';
import { formatInput } from '../core/runner/failureInput';
import { loadCritic } from '../core/critique/loadCritic';
import { DEFAULT_CLAUDE_MODEL } from '../core/llm/endpoint';

const USAGE = `Usage: ai-interview-studio <command> [options]

Commands:
  list [--json]                               List the question bank by category.
  scaffold <problem> --lang ts|js|py --out <dir>
                                              Write a problem's starter file into <dir>.
  test <problem> <file> [--json] [--lang ts|js|py] [--python <path>]
                                              Run the hidden tests against a solution.
                                              Exit 0 when all pass, 1 when any does not.
  critique <diagram.mmd> [--question <design>] [--offline] [--json] [--model <id>]
                                              Review a design diagram for missing failure
                                              modes and evaluation. With ANTHROPIC_API_KEY
                                              set (and no --offline), Claude adds an
                                              interviewer's review. Exit 1 on a Mermaid
                                              syntax error.

Options:
  --content <dir>   Use another question bank (default: the one shipped beside this CLI).
  -h, --help        Show this help.`;

/** Exit codes: 0 success, 1 the checked thing failed, 2 usage or input error. */
export class UsageError extends Error {}

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

type Command = (args: string[], io: Io) => number | Promise<number>;

const defaultContentRoot = resolve(__dirname, '..', 'content');
const harnessDir = join(__dirname, 'harness');

function parse<T extends ParseArgsConfig['options']>(args: string[], options: T) {
  try {
    return parseArgs({ args, options: { ...options, content: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function openCatalog(contentRoot: string | undefined, io: Io): Catalog {
  const catalog = loadCatalog(contentRoot ? resolve(contentRoot) : defaultContentRoot);
  for (const error of catalog.errors) io.err(`warning: ${error.message}`);
  return catalog;
}

function codingProblem(catalog: Catalog, id: string | undefined): CodingProblem {
  if (!id) throw new UsageError('missing <problem> id (see `list`)');
  const item = catalog.find(id);
  if (!item) throw new UsageError(`unknown problem "${id}" (see \`list\`)`);
  if (item.kind !== 'coding') throw new UsageError(`"${id}" is a ${item.kind} question, not a coding problem`);
  return item;
}

function parseLanguage(value: string | undefined, file?: string): Language {
  const language = value ?? (file ? languageOf(file) : undefined);
  if (language === 'ts' || language === 'js' || language === 'py') return language;
  throw new UsageError(
    value ? `--lang must be ts, js or py, not "${value}"` : `cannot tell the language of "${file}": use --lang ts|js|py`,
  );
}

const statusMark: Record<CaseResult['status'], string> = { passed: 'PASS', failed: 'FAIL', error: 'ERROR', timeout: 'TIMEOUT' };

function describeCase(result: CaseResult): string {
  const lines = [`${statusMark[result.status].padEnd(7)} ${result.name} (${Math.round(result.durationMs)} ms)`];
  if (result.message) lines.push(`        ${result.message}${result.line ? ` (line ${result.line})` : ''}`);
  if ('expected' in result) lines.push(`        expected: ${JSON.stringify(result.expected)?.slice(0, 300)}`);
  if ('actual' in result) lines.push(`        actual:   ${JSON.stringify(result.actual)?.slice(0, 300)}`);
  if (result.input)
    lines.push(
      '        input:',
      ...formatInput(result.input)
        .split('\n')
        .map((line) => `          ${line}`),
    );
  return lines.join('\n');
}

const commands: Record<string, Command> = {
  list(args, io) {
    const { values, positionals } = parse(args, { json: { type: 'boolean' } });
    if (positionals.length) throw new UsageError(`list takes no arguments, got "${positionals[0]}"`);
    const listing = toListing(openCatalog(values.content, io));
    if (values.json) {
      io.out(JSON.stringify(listing, null, 2));
      return 0;
    }
    for (const category of listing.categories) {
      io.out(`${category.title} (${category.id})`);
      for (const item of category.items) io.out(`  ${item.id.padEnd(32)} ${item.kind.padEnd(8)} ${item.difficulty}`);
    }
    return 0;
  },

  scaffold(args, io) {
    const { values, positionals } = parse(args, { lang: { type: 'string' }, out: { type: 'string' } });
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
    if (!values.out) throw new UsageError('missing --out <dir>');
    const problem = codingProblem(openCatalog(values.content, io), positionals[0]);
    const language = parseLanguage(values.lang ?? 'ts');
    const { path, created } = scaffoldProblem(problem, language, resolve(values.out));
    if (!created) io.err(`${path} already exists; left as it is.`);
    io.out(path);
    return 0;
  },

  async test(args, io) {
    const { values, positionals } = parse(args, { json: { type: 'boolean' }, lang: { type: 'string' }, python: { type: 'string' } });
    if (positionals.length !== 2) throw new UsageError('usage: test <problem> <file>');
    const problem = codingProblem(openCatalog(values.content, io), positionals[0]);
    const file = resolve(positionals[1]!);
    const language = parseLanguage(values.lang, file);
    let result;
    try {
      result = await runHiddenTests({
        problem,
        suite: loadHiddenSuite(problem),
        solutionPath: file,
        language,
        harnessDir,
        ...(values.python ? { pythonPath: values.python } : {}),
        ...(values.json ? {} : { onCaseResult: (caseResult: CaseResult) => io.out(describeCase(caseResult)) }),
      });
    } catch (error) {
      if (error instanceof UnreadableSolutionError) throw new UsageError(error.message);
      throw error;
    }
    if (values.json) {
      const { output: _output, ...report } = result;
      io.out(JSON.stringify(report, null, 2));
    } else {
      io.out(`\n${problem.title} (${LANGUAGES[language].label}): ${result.passed} passed, ${result.failed} failed`);
    }
    return result.failed === 0 ? 0 : 1;
  },

  async critique(args, io) {
    const { values, positionals } = parse(args, {
      question: { type: 'string' },
      offline: { type: 'boolean' },
      json: { type: 'boolean' },
      model: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('usage: critique <diagram.mmd>');
    const catalog = openCatalog(values.content, io);
    let question;
    if (values.question) {
      question = catalog.find(values.question);
      if (question?.kind !== 'design') throw new UsageError(`unknown design question "${values.question}" (see \`list\`)`);
    }
    let source: string;
    try {
      source = readFileSync(resolve(positionals[0]!), 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${positionals[0]}: ${(error as Error).message}`);
    }
    const critic = loadCritic(__dirname);
    const outcome = await critic.critiqueSource(source, question);
    if ('error' in outcome) {
      if (values.json) io.out(JSON.stringify(outcome, null, 2));
      else
        io.err(
          `${positionals[0]}${outcome.error.line ? `:${outcome.error.line}` : ''}: ${outcome.error.message}\n  Mermaid said: ${outcome.error.parserMessage}`,
        );
      return 1;
    }
    const { relevant, ...report } = outcome.report;
    // The LLM review adds to the offline one; if it fails, the offline findings still stand.
    const apiKey = process.env.ANTHROPIC_API_KEY;
    let llm: Awaited<ReturnType<typeof critic.llmCritique>> | undefined;
    let llmError: string | undefined;
    if (!values.offline && apiKey) {
      try {
        llm = await critic.llmCritique(source, outcome.model, question, outcome.report.findings, {
          model: critic.anthropicModel({ apiKey, model: values.model ?? process.env.AIS_CRITIC_MODEL ?? DEFAULT_CLAUDE_MODEL }),
        });
      } catch (error) {
        llmError = error instanceof Error ? error.message : String(error);
        io.err(`warning: ${llmError}`);
      }
    }
    if (values.json) {
      io.out(JSON.stringify({ ...report, ...(llm ? { llm } : {}), ...(llmError ? { llmError } : {}) }, null, 2));
      return 0;
    }
    const critique = outcome.report;
    io.out(
      `${positionals[0]}: ${critique.kinds.join(' + ')} system; covers ${critique.covered.length} of ${relevant.length} expected concerns.\n`,
    );
    for (const finding of critique.findings) {
      io.out(`[${finding.severity}] ${finding.title}${finding.nodes.length ? ` (${finding.nodes.join(', ')})` : ''}`);
      io.out(`        Why: ${finding.evidence}`);
      io.out(`        ${finding.detail}`);
    }
    if (critique.coveredBy.length) io.out(`\nCovered:`);
    for (const covered of critique.coveredBy) io.out(`  ${covered.concern}: ${covered.evidence}`);
    if (llm) {
      io.out(
        `\nInterviewer review (${llm.usage.inputTokens} + ${llm.usage.outputTokens} tokens${llm.costUsd === null ? '' : `, about $${llm.costUsd.toFixed(4)}`}):`,
      );
      for (const finding of llm.findings)
        io.out(
          `[${finding.severity}] ${finding.title}${finding.nodes.length ? ` (${finding.nodes.join(', ')})` : ''}\n        ${finding.detail}`,
        );
      for (const followUp of llm.followUpQuestions) io.out(`  ? ${followUp}`);
    }
    return 0;
  },
};

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help') {
    (name ? io.out : io.err)(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return await command(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}\n\n${USAGE}`);
    return 2;
  }
}

if (require.main === module) {
  // A reader that stops early (`| head`) closes the pipe: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  main(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  }).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
