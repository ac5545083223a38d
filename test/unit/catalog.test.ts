import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../../src/core/catalog/load';
import { contentRoot } from '../support/paths';

describe('catalog', () => {
  describe('shipped content', () => {
    const catalog = loadCatalog(contentRoot);

    it('loads every content file without a schema error', () => {
      assert.deepEqual(catalog.errors, []);
    });

    it('lists each category once in categories.json (the loader would silently keep the last)', () => {
      const ids = (
        JSON.parse(readFileSync(join(contentRoot, 'categories.json'), 'utf8')) as { categories: { id: string }[] }
      ).categories.map((category) => category.id);
      assert.deepEqual(
        ids.filter((id, index) => ids.indexOf(id) !== index),
        [],
      );
    });

    it('has categories of every kind, each with items', () => {
      const kinds = new Set(catalog.categories.map((category) => category.kind));
      assert.deepEqual([...kinds].sort(), ['coding', 'concept', 'design']);
      for (const category of catalog.categories) {
        assert.ok(category.items.length > 0, `category ${category.id} is empty`);
      }
    });

    it('finds items by id and keeps ids unique across kinds', () => {
      const ids = catalog.categories.flatMap((category) => category.items.map((item) => item.id));
      assert.equal(new Set(ids).size, ids.length);
      assert.equal(catalog.find('cosine-similarity')?.kind, 'coding');
      assert.equal(catalog.find('rag-support-chatbot')?.kind, 'design');
      assert.equal(catalog.find('no-such-item'), undefined);
    });

    it('orders items easy to hard within a category', () => {
      const rank = { easy: 0, medium: 1, hard: 2 };
      for (const category of catalog.categories) {
        const ranks = category.items.map((item) => rank[item.difficulty]);
        assert.deepEqual(
          ranks,
          [...ranks].sort((a, b) => a - b),
          category.id,
        );
      }
    });

    it('gives coding problems their markdown statement', () => {
      const problem = catalog.find('bm25');
      assert.ok(problem?.kind === 'coding');
      assert.match(problem.statement, /^# BM25 scoring/);
    });
  });

  describe('broken content', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'ais-content-'));
      cpSync(contentRoot, root, { recursive: true });
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    const edit = (file: string, change: (data: any) => void) => {
      const path = join(root, file);
      const data = JSON.parse(readFileSync(path, 'utf8'));
      change(data);
      writeFileSync(path, JSON.stringify(data));
    };
    const total = (catalog: ReturnType<typeof loadCatalog>) => catalog.categories.reduce((sum, category) => sum + category.items.length, 0);
    const healthyTotal = total(loadCatalog(contentRoot));

    it('names the file and field of a bad value, and loads the rest', () => {
      edit('problems/bm25/problem.json', (data) => (data.difficulty = 'impossible'));
      const catalog = loadCatalog(root);
      assert.deepEqual(
        catalog.errors.map(({ file, field }) => ({ file, field })),
        [{ file: 'problems/bm25/problem.json', field: '/difficulty' }],
      );
      assert.match(catalog.errors[0]!.message, /problems\/bm25\/problem\.json: field \/difficulty must be one of easy, medium, hard/);
      assert.equal(catalog.find('bm25'), undefined);
      assert.equal(total(catalog), healthyTotal - 1);
    });

    it('reports a missing required field inside a card deck', () => {
      edit('cards/rag.json', (data) => delete data.cards[1].strongAnswer);
      const catalog = loadCatalog(root);
      assert.deepEqual(
        catalog.errors.map(({ file, field }) => ({ file, field })),
        [{ file: 'cards/rag.json', field: '/cards/1/strongAnswer' }],
      );
      assert.match(catalog.errors[0]!.message, /is required/);
      assert.ok(catalog.find('tokens-and-context-window'), 'other decks still load');
    });

    it('reports invalid JSON with the parser message', () => {
      writeFileSync(join(root, 'designs/llm-inference-gateway.json'), '{ "id": "llm-inference-gateway", ');
      const catalog = loadCatalog(root);
      assert.equal(catalog.errors.length, 1);
      assert.equal(catalog.errors[0]!.file, 'designs/llm-inference-gateway.json');
      assert.match(catalog.errors[0]!.message, /is not valid JSON/);
      assert.ok(catalog.find('rag-support-chatbot'));
    });

    it('rejects unknown categories, duplicate ids and unknown fields', () => {
      edit('designs/refund-support-agent.json', (data) => (data.category = 'nowhere'));
      edit('designs/llm-inference-gateway.json', (data) => (data.id = 'rag-support-chatbot'));
      edit('problems/chunker/problem.json', (data) => (data.sumary = 'typo'));
      const catalog = loadCatalog(root);
      const found = catalog.errors.map(({ file, field }) => `${file} ${field}`).sort();
      // The first file to claim an id keeps it; files load in name order.
      assert.deepEqual(found, [
        'designs/rag-support-chatbot.json /id',
        'designs/refund-support-agent.json /category',
        'problems/chunker/problem.json /sumary',
      ]);
    });

    it('requires the whole model-answer write-up and names the missing or bad field', () => {
      edit('designs/refund-support-agent.json', (data) => (data.answer = { walkthrough: 'Start at the customer.' }));
      edit('designs/llm-inference-gateway.json', (data) => (data.answer.latencyBudget[0].ms = '5'));
      edit('designs/rag-support-chatbot.json', (data) => delete data.answer);
      const catalog = loadCatalog(root);
      const found = catalog.errors.map(({ file, field }) => `${file} ${field}`);
      for (const expected of [
        'designs/refund-support-agent.json /answer/estimates',
        'designs/refund-support-agent.json /answer/levels',
        'designs/llm-inference-gateway.json /answer/latencyBudget/0/ms',
        'designs/rag-support-chatbot.json /answer',
      ])
        assert.ok(found.includes(expected), `${expected} in ${found.join(', ')}`);
      assert.equal(catalog.find('refund-support-agent'), undefined);
      assert.ok(catalog.find('enterprise-search'));
    });

    it('reports a problem folder without a statement', () => {
      rmSync(join(root, 'problems/chunker/statement.md'));
      const catalog = loadCatalog(root);
      assert.equal(catalog.errors.length, 1);
      assert.match(catalog.errors[0]!.message, /problems\/chunker\/problem\.json: has no statement\.md/);
    });

    it('survives a missing categories file with an error instead of a throw', () => {
      rmSync(join(root, 'categories.json'));
      const catalog = loadCatalog(root);
      assert.equal(catalog.categories.length, 0);
      assert.ok(catalog.errors.some((error) => error.file === 'categories.json'));
    });
  });
});
