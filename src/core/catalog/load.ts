import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ErrorObject } from 'ajv';
import { schemaValidator, type Validator } from '../schemaValidator';
import { cardDeckSchema, categoriesSchema, designSchema, problemSchema } from './schemas';
import type {
  Catalog,
  CatalogItem,
  Category,
  CategoryWithItems,
  CodingProblem,
  ConceptCard,
  ContentError,
  DesignQuestion,
  ItemSummary,
} from './types';

type ProblemFile = Omit<CodingProblem, 'kind' | 'statement' | 'dir'>;
type DesignFile = Omit<DesignQuestion, 'kind'>;
type CardFile = Omit<ConceptCard, 'kind' | 'category' | 'summary'>;
interface CardDeckFile {
  category: string;
  cards: CardFile[];
}

const validators = {
  categories: schemaValidator<{ categories: Category[] }>(categoriesSchema),
  problem: schemaValidator<ProblemFile>(problemSchema),
  design: schemaValidator<DesignFile>(designSchema),
  cards: schemaValidator<CardDeckFile>(cardDeckSchema),
};

/** Thrown inside the loader for one file; turned into a ContentError, never escapes. */
class FileProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function describeSchemaError(error: ErrorObject): { field: string; message: string } {
  const field =
    error.keyword === 'required'
      ? `${error.instancePath}/${String(error.params.missingProperty)}`
      : error.keyword === 'additionalProperties'
        ? `${error.instancePath}/${String(error.params.additionalProperty)}`
        : error.instancePath;
  const message =
    error.keyword === 'required'
      ? 'is required'
      : error.keyword === 'additionalProperties'
        ? 'is not a known field'
        : error.keyword === 'enum'
          ? `must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`
          : (error.message ?? 'is invalid');
  return { field: field || '/', message };
}

/**
 * Loads and validates the question bank under root. Never throws for bad content: each
 * broken file becomes a ContentError naming the file and field, and everything else loads.
 */
export function loadCatalog(root: string): Catalog {
  const errors: ContentError[] = [];
  const rel = (path: string) => relative(root, path).split(sep).join('/');

  function readJson<T>(path: string, validate: Validator<T>): T | undefined {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      const reason = error instanceof SyntaxError ? `is not valid JSON: ${error.message}` : 'cannot be read';
      errors.push({ file: rel(path), field: '', message: `${rel(path)} ${reason}` });
      return undefined;
    }
    if (validate(data)) return data;
    for (const schemaError of validate.errors ?? []) {
      const { field, message } = describeSchemaError(schemaError);
      errors.push({ file: rel(path), field, message: `${rel(path)}: field ${field} ${message}` });
    }
    return undefined;
  }

  /** Runs one file's loader, recording its problem instead of aborting the whole load. */
  function guarded<T>(path: string, load: () => T): T | undefined {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      errors.push({ file: rel(path), field: error.field, message: `${rel(path)}: ${error.message}` });
      return undefined;
    }
  }

  const listDir = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

  const categoriesFile = join(root, 'categories.json');
  const categories = readJson(categoriesFile, validators.categories)?.categories ?? [];
  const byCategory = new Map<string, CategoryWithItems>(categories.map((category) => [category.id, { ...category, items: [] }]));
  const byId = new Map<string, CatalogItem>();

  function add(path: string, item: CatalogItem) {
    guarded(path, () => {
      const category = byCategory.get(item.category);
      if (!category) {
        throw new FileProblem('/category', `field /category names unknown category "${item.category}"`);
      }
      if (category.kind !== item.kind) {
        throw new FileProblem('/category', `category "${item.category}" holds ${category.kind} items, not ${item.kind}`);
      }
      if (byId.has(item.id)) {
        throw new FileProblem('/id', `id "${item.id}" is already used by another item`);
      }
      byId.set(item.id, item);
      category.items.push(item);
    });
  }

  const problemsDir = join(root, 'problems');
  for (const name of listDir(problemsDir)) {
    const dir = join(problemsDir, name);
    const metaPath = join(dir, 'problem.json');
    const meta = readJson(metaPath, validators.problem);
    if (!meta) continue;
    const problem = guarded(metaPath, (): CodingProblem => {
      if (meta.id !== name) throw new FileProblem('/id', `field /id "${meta.id}" must match its folder "${name}"`);
      const statementPath = join(dir, 'statement.md');
      if (!existsSync(statementPath)) throw new FileProblem('', 'has no statement.md beside it');
      return { ...meta, kind: 'coding', statement: readFileSync(statementPath, 'utf8'), dir };
    });
    if (problem) add(metaPath, problem);
  }

  const designsDir = join(root, 'designs');
  for (const name of listDir(designsDir).filter((file) => file.endsWith('.json'))) {
    const path = join(designsDir, name);
    const design = readJson(path, validators.design);
    if (design) add(path, { ...design, kind: 'design' });
  }

  const cardsDir = join(root, 'cards');
  for (const name of listDir(cardsDir).filter((file) => file.endsWith('.json'))) {
    const path = join(cardsDir, name);
    const deck = readJson(path, validators.cards);
    for (const card of deck?.cards ?? []) {
      add(path, { ...card, kind: 'concept', category: deck!.category, summary: card.question });
    }
  }

  const difficultyRank: Record<ItemSummary['difficulty'], number> = { easy: 0, medium: 1, hard: 2 };
  for (const category of byCategory.values()) {
    category.items.sort((a, b) => difficultyRank[a.difficulty] - difficultyRank[b.difficulty] || a.title.localeCompare(b.title));
  }

  return {
    categories: [...byCategory.values()],
    errors,
    find: (id) => byId.get(id),
  };
}
