import { strict as assert } from 'node:assert';
import { mentions, phrases, type Phrases } from '../../src/core/critique/text';

/** Optimal string alignment distance, written plainly: the rule `mentions` must keep however it is sped up. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const sameWord = (word: string, wanted: string) =>
  word === wanted ||
  (word.length >= 6 && wanted.length >= 6 && word.slice(1) !== wanted && wanted.slice(1) !== word && distance(word, wanted) <= 1);

/** Every phrase tried at every position: the definition, slow on purpose. */
const naiveMentions = (text: string[], candidates: Phrases) =>
  candidates.some((phrase) =>
    text.some((_, start) => phrase.every((wanted, offset) => start + offset < text.length && sameWord(text[start + offset]!, wanted))),
  );

describe('critique text: phrase matching', () => {
  const guards = phrases('guardrail', 'output check', 'llm guard', 'pii');

  it('finds a phrase as consecutive words, with one typo in words of six letters or more', () => {
    assert.equal(mentions(['the', 'output', 'check', 'here'], guards), true);
    assert.equal(mentions(['output', 'then', 'check'], guards), false, 'words apart are no phrase');
    assert.equal(mentions(['guardrial'], guards), true, 'a swapped pair is one typo');
    assert.equal(mentions(['outptu', 'check'], guards), true, 'a typo in the first word of a phrase');
    assert.equal(mentions(['llm', 'guards'], guards), false, 'short words need the exact word');
    assert.equal(mentions(['pi'], guards), false);
    assert.equal(mentions(['output'], guards), false, 'a phrase longer than what is left of the text');
    assert.equal(mentions([], guards), false);
    assert.equal(mentions(['anything'], []), false);
  });

  it('reads a letter in front as another word, not a typo ("synchronous" is no "asynchronous")', () => {
    assert.equal(mentions(['synchronous'], phrases('asynchronous')), false);
    assert.equal(mentions(['asynchronous'], phrases('synchronous')), false);
  });

  it('answers as trying every phrase at every position would, also when a list is asked again', () => {
    const vocabulary = ['retry', 'fallback', 'fallbak', 'guardrail', 'guardrial', 'semantic', 'semantc', 'cache', 'monitor', 'moniter'];
    const more = ['human', 'review', 'reviewer', 'approval', 'aproval', 'output', 'outptu', 'queue', 'a', 'synchronous', 'asynchronous'];
    const pool = [...vocabulary, ...more];
    let seed = 12345;
    const pick = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % n;
    const lists: Phrases[] = Array.from({ length: 40 }, () =>
      Array.from({ length: pick(6) }, () => Array.from({ length: pick(4) }, () => pool[pick(pool.length)]!)),
    );
    for (let round = 0; round < 5000; round++) {
      const text = Array.from({ length: pick(8) }, () => pool[pick(pool.length)]!);
      const list = lists[pick(lists.length)]!;
      assert.equal(mentions(text, list), naiveMentions(text, list), JSON.stringify({ text, list }));
    }
  });
});
