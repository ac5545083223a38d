import { strict as assert } from 'node:assert';
import { caseInput, failureText, formatInput, shortenValue } from '../../src/core/runner/failureInput';

describe('failure input: what a failed case shows so it can be reproduced', () => {
  it('keeps short values as they are', () => {
    assert.deepEqual(shortenValue({ id: 'a', embedding: [1, 0] }), { id: 'a', embedding: [1, 0] });
    assert.equal(shortenValue(3), 3);
  });

  it('cuts long lists, nested ones too, and says how many items are left out', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ id: `d${i}`, embedding: Array.from({ length: 12 }, () => i) }));
    const shortened = shortenValue(items) as unknown[];
    assert.equal(shortened.length, 9);
    assert.equal(shortened[8], '… 12 more items');
    assert.deepEqual((shortened[0] as { embedding: unknown[] }).embedding.slice(-2), [0, '… 4 more items']);
  });

  it('cuts long strings and objects with many keys', () => {
    assert.equal(shortenValue('x'.repeat(250)), `${'x'.repeat(200)}… 50 more characters`);
    const wide = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, i]));
    assert.deepEqual(Object.keys(shortenValue(wide) as object).slice(-2), ['k7', '…']);
  });

  it('names arguments by the problem params, and numbers any extra', () => {
    assert.deepEqual(caseInput(['query'], ['q', 2]), { query: 'q', 'argument 2': 2 });
  });

  it('puts the input under the reason, one argument per line', () => {
    const input = caseInput(['query', 'docs', 'k'], ['cat', ['a cat', 'a dog'], 1]);
    assert.equal(formatInput(input), 'query = "cat"\ndocs = ["a cat","a dog"]\nk = 1');
    assert.equal(
      failureText({ message: 'the returned value differs from the expected one', input }, 'wrong answer'),
      'the returned value differs from the expected one\n\nInput:\nquery = "cat"\ndocs = ["a cat","a dog"]\nk = 1',
    );
    assert.equal(failureText({}, 'timeout'), 'timeout');
  });
});
