import { strict as assert } from 'node:assert';
import { compareValues } from '../../src/core/runner/compare';

describe('runner: comparators', () => {
  it('exact compares deeply and strictly', () => {
    assert.equal(compareValues({ kind: 'exact' }, [1, { a: 'x' }], [1, { a: 'x' }], []).pass, true);
    assert.equal(compareValues({ kind: 'exact' }, [1, 2], [2, 1], []).pass, false);
    assert.equal(compareValues({ kind: 'exact' }, 1, '1', []).pass, false);
  });

  it('approx uses a relative tolerance through arrays and objects', () => {
    const approx = { kind: 'approx' } as const;
    assert.equal(compareValues(approx, 1, 1 + 1e-12, []).pass, true);
    assert.equal(compareValues(approx, 1, 1 + 1e-6, []).pass, false);
    assert.equal(compareValues(approx, [{ score: 0.1 + 0.2 }], [{ score: 0.3 }], []).pass, true);
    assert.equal(compareValues(approx, { a: 1 }, { a: 1, b: 2 }, []).pass, false);
    assert.equal(compareValues(approx, 0, 1e-13, []).pass, true, 'absolute tolerance near zero');
    assert.equal(compareValues({ kind: 'approx', relTol: 0.1 }, 100, 109, []).pass, true);
  });

  it('unordered ignores order but not multiplicity', () => {
    const unordered = { kind: 'unordered' } as const;
    assert.equal(compareValues(unordered, ['a', 'b', { x: 1, y: 2 }], [{ y: 2, x: 1 }, 'b', 'a'], []).pass, true);
    assert.equal(compareValues(unordered, ['a', 'a', 'b'], ['a', 'b', 'b'], []).pass, false);
    assert.equal(compareValues(unordered, ['a'], 'a', []).pass, false);
  });

  it('property checkers judge answers with several right forms (expected first, then actual)', () => {
    const splits = { kind: 'property', name: 'splits-text' } as const;
    const args = ['One two. Three four.', 12];
    assert.equal(compareValues(splits, ['One two.', 'Three four.'], ['One two.', 'Three four.'], args).pass, true);
    assert.match(compareValues(splits, ['One two.', 'Three four.'], ['One two. Three', 'four.'], args).reason!, /longer than 12/);
    assert.match(compareValues(splits, ['One two.', 'Three four.'], ['One two.'], args).reason!, /do not reproduce/);
    assert.match(
      compareValues(splits, ['One two.', 'Three four.'], ['One', 'two.', 'Three four.'], args).reason!,
      /3 chunks where 2 suffice/,
    );
    assert.throws(() => compareValues({ kind: 'property', name: 'nope' }, 1, 1, []), /unknown property checker/);
  });
});
