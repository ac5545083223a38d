import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliPath, contentRoot } from '../support/paths';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli (built dist/cli.js)', () => {
  it('list --json prints the catalog listing', () => {
    const { code, stdout, stderr } = cli('list', '--json');
    assert.equal(code, 0, stderr);
    const listing = JSON.parse(stdout);
    assert.ok(listing.categories.length >= 4);
    for (const category of listing.categories) {
      assert.equal(typeof category.id, 'string');
      assert.equal(typeof category.title, 'string');
      for (const item of category.items) {
        assert.deepEqual(Object.keys(item).sort(), ['difficulty', 'id', 'kind', 'title']);
        assert.ok(['coding', 'design', 'concept'].includes(item.kind));
        assert.ok(['easy', 'medium', 'hard'].includes(item.difficulty));
      }
    }
    const kinds = new Set(listing.categories.flatMap((c: any) => c.items.map((i: any) => i.kind)));
    assert.deepEqual([...kinds].sort(), ['coding', 'concept', 'design']);
  });

  it('list prints a readable table without --json', () => {
    const { code, stdout } = cli('list');
    assert.equal(code, 0);
    assert.match(stdout, /^Retrieval & ranking \(retrieval\)$/m);
    assert.match(stdout, /^ {2}cosine-similarity +coding +easy$/m);
  });

  it('stops quietly when the reader closes the pipe early (`| head -1`)', async () => {
    const child = spawn(process.execPath, [cliPath, 'list'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Closed before the CLI has started, so its first write meets a closed pipe.
    child.once('spawn', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });

  it('rejects an unknown command with usage on stderr and exit 2', () => {
    const { code, stdout, stderr } = cli('frobnicate');
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /unknown command "frobnicate"/);
    assert.match(stderr, /Usage: ai-interview-studio/);
  });

  it('rejects an unknown option with exit 2', () => {
    const { code, stderr } = cli('list', '--jsn');
    assert.equal(code, 2);
    assert.match(stderr, /Unknown option '--jsn'/);
  });

  it('prints usage with exit 2 when no command is given, and 0 for --help', () => {
    assert.equal(cli().code, 2);
    const help = cli('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Commands:/);
  });
});

describe('cli scaffold and test', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'ais-cli-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('scaffolds a starter with the problem header, and never overwrites it', () => {
    const first = cli('scaffold', 'chunker', '--lang', 'py', '--out', dir);
    assert.equal(first.code, 0, first.stderr);
    const path = first.stdout.trim();
    assert.equal(path, join(dir, 'chunker.py'));
    assert.match(readFileSync(path, 'utf8'), /^# ai-interview-studio problem: chunker\n/);
    writeFileSync(path, '# my attempt\n');
    const second = cli('scaffold', 'chunker', '--lang', 'py', '--out', dir);
    assert.equal(second.code, 0);
    assert.match(second.stderr, /already exists; left as it is/);
    assert.equal(readFileSync(path, 'utf8'), '# my attempt\n');
  });

  it('test --json reports every case and exits 0 when all pass', () => {
    const { code, stdout, stderr } = cli(
      'test',
      'reciprocal-rank-fusion',
      join(contentRoot, 'problems/reciprocal-rank-fusion/reference.py'),
      '--json',
    );
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout);
    assert.equal(report.problem, 'reciprocal-rank-fusion');
    assert.equal(report.language, 'py');
    assert.equal(report.passed, report.total);
    assert.equal(report.failed, 0);
    assert.equal(typeof report.durationMs, 'number');
    for (const c of report.cases) {
      assert.equal(c.status, 'passed');
      assert.equal(typeof c.name, 'string');
      assert.equal(typeof c.durationMs, 'number');
    }
  });

  it('test --json gives each failed case its input, named by the problem params', () => {
    const wrong = join(dir, 'wrong_topk.py');
    writeFileSync(wrong, 'def top_k_similar(query, items, k):\n    return [item["id"] for item in items][: max(k, 0)]\n');
    const { code, stdout } = cli('test', 'top-k-similar', wrong, '--json');
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    const failed = report.cases.find((c: { name: string }) => c.name === 'statement example, k = 2');
    assert.equal(failed.status, 'failed');
    assert.deepEqual(failed.input, {
      query: [1, 0],
      items: [
        { id: 'a', embedding: [0, 1] },
        { id: 'b', embedding: [1, 0] },
        { id: 'c', embedding: [1, 1] },
      ],
      k: 2,
    });
    for (const c of report.cases) assert.equal('input' in c, c.status !== 'passed', c.name);
  });

  it('test exits 1 with failures listed for a starter', () => {
    const scaffolded = cli('scaffold', 'cosine-similarity', '--lang', 'ts', '--out', dir).stdout.trim();
    const { code, stdout } = cli('test', 'cosine-similarity', scaffolded);
    assert.equal(code, 1);
    assert.match(stdout, /^ERROR +orthogonal unit vectors/m);
    assert.match(stdout, /Cosine similarity \(TypeScript\): \d+ passed, \d+ failed$/m);
  });

  it('test exits 2 for an unknown problem, an unreadable file or an unknown language', () => {
    assert.equal(cli('test', 'no-such-problem', 'x.ts').code, 2);
    const unreadable = cli('test', 'bm25', join(dir, 'missing.ts'));
    assert.equal(unreadable.code, 2);
    assert.match(unreadable.stderr, /cannot read/);
    const unknown = cli('test', 'bm25', join(dir, 'solution.rb'));
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /use --lang/);
  });
});
