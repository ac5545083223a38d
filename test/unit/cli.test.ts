import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cliPath } from '../support/paths';

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
