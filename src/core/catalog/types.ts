/** The question bank as the extension and the CLI see it, after loading and validation. */

export type ItemKind = 'coding' | 'design' | 'concept';
export type Difficulty = 'easy' | 'medium' | 'hard';
export type Language = 'ts' | 'js' | 'py';

export interface Category {
  id: string;
  title: string;
  kind: ItemKind;
  description: string;
}

/** What every item in the tree has, whatever its kind. */
export interface ItemSummary {
  id: string;
  kind: ItemKind;
  title: string;
  category: string;
  difficulty: Difficulty;
  summary: string;
  tags: string[];
}

export interface CodingProblem extends ItemSummary {
  kind: 'coding';
  /** Name of the function the user implements, per language family. */
  entry: { js: string; py: string };
  /** Names of the entry's arguments (or the driver's), in order, for messages about them. */
  params: string[];
  /** The statement allows the solution to modify its arguments: the harness does not check. */
  mutationAllowed?: boolean;
  /** Markdown statement: task, signature, rules, examples, constraints. */
  statement: string;
  /** Folder holding the problem's files, for starters, cases and references. */
  dir: string;
}

export interface DesignRubric {
  components: string[];
  failureModes: string[];
  evaluation: string[];
}

/** The prose that goes with a model answer's diagram. */
export interface DesignAnswer {
  /** Markdown walking through the diagram in the order an interviewer would hear it. */
  walkthrough: string;
  /** Back-of-the-envelope numbers (traffic, storage, tokens, cost). */
  estimates: string[];
  latencyBudget: { stage: string; ms: number }[];
  tradeoffs: { choice: string; rejected: string; why: string }[];
  deepDives: string[];
  failureModes: string[];
  evaluation: { offline: string[]; online: string[] };
  costLevers: string[];
  /** What a strong, a lean-hire and a no-hire answer look like. */
  levels: { strong: string; lean: string; noHire: string };
}

export interface DesignQuestion extends ItemSummary {
  kind: 'design';
  prompt: string;
  clarifyingQuestions: string[];
  requirements: { functional: string[]; nonFunctional: string[] };
  rubric: DesignRubric;
  /** A reference diagram (Mermaid), shown only after an attempt. */
  modelAnswer: string;
  answer: DesignAnswer;
}

export interface ConceptCard extends ItemSummary {
  kind: 'concept';
  question: string;
  /** What the interviewer is really probing for. */
  testing: string;
  strongAnswer: string;
  weakAnswers: string[];
  followUps: string[];
  /** A worked example answer (behavioral cards): a story told the way a strong candidate would. */
  exampleStory?: string;
}

export type CatalogItem = CodingProblem | DesignQuestion | ConceptCard;

export interface CategoryWithItems extends Category {
  items: CatalogItem[];
}

/** A content file that failed to load; the rest of the bank still loads. */
export interface ContentError {
  /** Path relative to the content root, with forward slashes. */
  file: string;
  /** JSON pointer to the offending field, or '' for the whole file. */
  field: string;
  message: string;
}

export interface Catalog {
  categories: CategoryWithItems[];
  errors: ContentError[];
  /** Looks an item up by id across all kinds. */
  find(id: string): CatalogItem | undefined;
}
