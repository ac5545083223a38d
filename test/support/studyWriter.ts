// One "VS Code window" for the concurrent-writers test: a long-lived StudyStore on a shared
// file that interleaves card grades and hidden-test runs, as the features record them.
// Usage: node out-test/support/studyWriter.js <study.json> <writer name> <rounds>
import { review } from '../../src/core/cards/scheduler';
import { withReview } from '../../src/core/progress/history';
import { recordRun } from '../../src/core/progress/problemProgress';
import { StudyStore } from '../../src/core/progress/studyStore';

const [path, writer, rounds] = process.argv.slice(2) as [string, string, string];
const store = new StudyStore(path);
const pause = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 3));

async function main(): Promise<void> {
  for (let round = 0; round < Number(rounds); round++) {
    const card = `${writer}-card-${round}`;
    const now = new Date();
    store.update((data) => withReview(data, card, review(data.cards[card], 'good', now), 'good', now));
    await pause();
    store.update((data) => ({
      ...data,
      problems: recordRun(data.problems, `${writer}-problem`, { at: round, language: 'py', passed: round, total: Number(rounds) }),
    }));
    await pause();
  }
}

void main();
