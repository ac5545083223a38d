import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../support/paths';

/**
 * `npm run package` on a fresh copy of the checkout (tracked and new files, nothing ignored,
 * so no dist/ or dist-vsix/), then the CLI run from the unpacked VSIX. The copy shares
 * node_modules, as `npm ci` would have filled it.
 */
describe('the VSIX, built from a clean checkout', function () {
  this.timeout(300_000);
  let work: string;
  let vsix: string;
  let cli: string;

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'ais-vsix-'));
    const clone = join(work, 'clone');
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot })
      .toString()
      .split('\0')
      .filter((file) => file && existsSync(join(repoRoot, file)));
    for (const file of files) {
      mkdirSync(dirname(join(clone, file)), { recursive: true });
      copyFileSync(join(repoRoot, file), join(clone, file));
    }
    symlinkSync(join(repoRoot, 'node_modules'), join(clone, 'node_modules'), 'dir');
    assert.ok(!existsSync(join(clone, 'dist-vsix')), 'the copy starts without dist-vsix/');
    execFileSync('npm', ['run', 'package', '--silent'], { cwd: clone, stdio: ['ignore', 'ignore', 'inherit'] });
    vsix = join(clone, 'dist-vsix', 'ai-interview-studio.vsix');
    const unpacked = join(work, 'unpacked');
    execFileSync('python3', ['-m', 'zipfile', '-e', vsix, unpacked]);
    cli = join(unpacked, 'extension', 'dist', 'cli.js');
    console.log(`      VSIX: ${(statSync(vsix).size / 1024 / 1024).toFixed(2)} MiB`);
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: work });

  it('lists the question bank', () => {
    const { status, stdout, stderr } = run('list', '--json');
    assert.equal(status, 0, stderr);
    const ids = JSON.parse(stdout).categories.flatMap((category: { items: { id: string }[] }) => category.items.map((item) => item.id));
    assert.ok(ids.includes('bm25') && ids.includes('rag-support-chatbot'), String(ids));
  });

  it('runs the hidden tests of a Python solution', () => {
    const solution = join(work, 'bm25.py');
    writeFileSync(solution, readFileSync(join(repoRoot, 'content', 'problems', 'bm25', 'reference.py')));
    const { status, stdout, stderr } = run('test', 'bm25', solution, '--json');
    assert.equal(status, 0, stderr);
    const result = JSON.parse(stdout);
    assert.ok(result.total >= 10);
    assert.equal(result.passed, result.total);
  });

  it('critiques a diagram offline with the bundled Mermaid', () => {
    const { status, stdout, stderr } = run(
      'critique',
      join(repoRoot, 'test', 'fixtures', 'diagrams', '01-rag-bare.mmd'),
      '--offline',
      '--json',
    );
    assert.equal(status, 0, stderr);
    const report = JSON.parse(stdout);
    assert.ok(report.findings.length > 0);
    assert.ok(report.findings.every((finding: { concern: string }) => typeof finding.concern === 'string'));
  });

  it('ships only what runs: no sources, tests or node_modules', () => {
    const listing = execFileSync('python3', ['-m', 'zipfile', '-l', vsix]).toString();
    assert.doesNotMatch(listing, /extension\/(src|test|node_modules|out-test)\//);
    assert.match(listing, /extension\/dist\/harness\/pyHarness\.py/);
  });
});
