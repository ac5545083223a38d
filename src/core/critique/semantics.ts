// The diagram read like an interviewer reads it: every label, edge label, self-loop, note and
// group title becomes evidence about the node it describes, with negations ("no fallback",
// "TODO: retries", "human review: later") kept apart from what is really there, and every node
// gets roles (model, guard, human, queue, ...) and a place in the flow (between the user and
// the model, between the model and what it reaches, or nowhere anything routes to).
import { CONCERNS, CONFIDENCE_GATE, FIELD_CHECKS, PERSONAL_DATA_SCRUB, ROLES } from './concerns';
import type { DiagramEdge, DiagramModel } from './diagram';
import { identifierWords, mentions, words, type Phrases } from './text';

/** One clause of a label: the words that count, and the words a negation or "later" takes back. */
export interface Clause {
  text: string;
  words: string[];
  negated: string[];
}

export type EvidenceSource = 'label' | 'note' | 'edge' | 'loop' | 'group';

export interface Evidence {
  source: EvidenceSource;
  /** Nodes it speaks about: the node, the node a note annotates, an edge's two ends, a group's members; none for a free note. */
  nodes: string[];
  /** How a reader finds it on the page. */
  where: string;
  clause: Clause;
  edge?: DiagramEdge;
}

/** Marks that strike a part out: "Manager approval ❌". */
const STRUCK = '❌|✗|✘|🚫|⛔';
/** Words that make a whole clause a plan rather than a part of the design ("on the backlog"; a queue's backlog is a metric). */
const NOT_YET = new RegExp(
  String.raw`\b(todo|to-do|tbd|tbc|later|not yet|not \w+ yet|not started|planned|future|someday|eventually|wip|coming soon|not implemented|not built|out of scope|nice to have|wish ?list|phase 2|in v\d|(in|on) (the )?backlog|backlog item|maybe|not decided|undecided|open question|for now|skip(ped)? (for|in|until) \w+|post[- ]mvp|after (the )?mvp|not in (the )?mvp|roadmap|stretch goal|deferred|parked|icebox|would be nice|to be added|next quarter)\b|\?\?|\?\s*(no|none)\b|${STRUCK}`,
);
const RETRY_LATER = /\b(re)?try( again)? later\b/;
/** A clause made only of such words ("(later)", "TBD", ": none", "n/a") takes back its neighbour. */
const ONLY_NOT_YET = new RegExp(
  String.raw`^(?:\s|[:.!?-]|${STRUCK}|todo|to-do|tbd|tbc|later|not yet|not started|planned|future|someday|eventually|wip|coming soon|phase 2|(?:on|in) (?:the )?backlog|maybe|for now|yet|soon|next|q\d|v\d|sprint|release|none|n\/a|removed|disabled|out of scope|wish ?list|skip(?:ped)? (?:for|in|until) \w+|post[- ]mvp|after (?:the )?mvp|roadmap|stretch goal|deferred|parked|icebox|to be added|next quarter)*$`,
);
/** "retries: none", "cache disabled" ("removed pages" are deleted documents, so "removed" only counts alone: "cache: removed"). */
const NOTHING = /\b(none|disabled|n\/a|skipped)\b/;
/** A negation takes back what follows it in the clause. */
const NEGATION = /\b(no|not|without|w\/o|lacks?|lacking|missing|never)\b/;
/** "no PII in logs", "never store raw prompts" state a privacy rule: nothing is taken back. */
const PRIVACY_RULE =
  /\b(no|never|without)\s+(raw\s+)?(pii|personal data|prompts?|secrets?|card numbers?|customer data|user data|data)\b.*\b(in|stored?|logged|logs?|retained|leaves?|sent|kept|persisted|echo|echoed|exposed|leaks?|leaked|shown|returned|output)\b/;
const CLAUSE_BREAK = /([,;()[\]{}|]|\s\+\s|\s-\s|:\s)/;
/** Separators after which the rest of a line is the value of what came before ("evals: vibes for now"). */
const TOPIC_BREAK = /^(:\s|\s-\s)$/;
/** Separators that join the parts of one topic ("retries + timeouts"). */
const SOFT_BREAK = /^(:\s|\s-\s|\s\+\s)$/;
/** Every phrase that shows some concern handled: a plan that names none of them is about the topic before it. */
const CONCERN_WORDS = Object.values(CONCERNS).flatMap((concern) => concern.recognisers);

const isPlan = (lower: string) => (NOT_YET.test(lower) || NOTHING.test(lower)) && !RETRY_LATER.test(lower);

function clause(text: string, takenBack: boolean): Clause {
  const lower = text.toLowerCase();
  if (takenBack || isPlan(lower)) return { text, words: [], negated: words(text) };
  const negation = NEGATION.exec(lower);
  if (!negation || PRIVACY_RULE.test(lower)) return { text, words: words(text), negated: [] };
  return { text, words: words(text.slice(0, negation.index)), negated: words(text.slice(negation.index)) };
}

/**
 * Splits label lines into clauses. A clause that is only "later"/"TBD"/"none" takes back the one
 * before it (or the whole line, when first); after a colon or a dash it takes back everything
 * before it on the line ("retries + timeouts: phase 2"), and so does a plan that names no concern
 * of its own ("evals: manual spot checks for now"; "LLM: fallback TBD" keeps the LLM).
 */
export function clauses(lines: string[]): Clause[] {
  const result: Clause[] = [];
  for (const line of lines) {
    const pieces = line.split(CLAUSE_BREAK);
    const parts: { text: string; after: string }[] = [];
    let separator = '';
    pieces.forEach((piece, index) => {
      if (index % 2) {
        // Between two parts the strongest break counts: ") - " is a bracket.
        separator = separator && !SOFT_BREAK.test(separator) ? separator : piece;
        return;
      }
      const text = piece.trim();
      if (text) parts.push({ text, after: separator });
      if (text) separator = '';
    });
    const cueOnly = parts.map((part) => ONLY_NOT_YET.test(part.text.toLowerCase()));
    // The topic a plan is the value of ("X: none", "X + Y - skip for beta") is taken back, back to the last comma or bracket.
    const topic = new Set<number>();
    parts.forEach((part, index) => {
      if (!index || !TOPIC_BREAK.test(part.after)) return;
      const lower = part.text.toLowerCase();
      // "X: not enforced" takes X back; "Output check: no PII echo" states a rule of X.
      const aboutTopic = (isPlan(lower) || /^not\b/.test(lower)) && !mentions(words(part.text), CONCERN_WORDS);
      if (!cueOnly[index] && !aboutTopic) return;
      for (let before = index - 1; before >= 0; before--) {
        topic.add(before);
        if (!SOFT_BREAK.test(parts[before]!.after)) break;
      }
    });
    parts.forEach((part, index) => {
      if (cueOnly[index]) return;
      // "TODO: retries + timeouts" takes back the whole line; "cache (later)" the clause before.
      const takenBack = cueOnly[0] || topic.has(index) || (index + 1 < parts.length && cueOnly[index + 1]);
      result.push(clause(part.text, takenBack));
    });
  }
  return result;
}

export interface NodeFacts {
  id: string;
  label: string;
  /** Words that count: its label, its id (unless the label takes something back), its notes and self-loops. */
  words: string[];
  /** Words its label or notes take back. */
  negated: string[];
  /** Words of its own label and id only: what the box is, whatever notes say about it. */
  own: string[];
  /** A note attached to another node with an arrowless link: it describes that node and is no step of the flow. */
  note: boolean;
  /** No link at all: a free-standing box or note. */
  isolated: boolean;
  /** Mermaid's shape ('diamond' for a decision, 'cylinder' for a store). */
  shape?: string;
}

const EVAL_OR_MONITOR = [
  'eval',
  'evaluation',
  'golden',
  'judge',
  'feedback',
  'monitoring',
  'dashboard',
  'trace',
  'tracing',
  'log',
  'metrics',
  'alert',
].map((word) => [word]);
const NOT_A_MODEL = [
  'embedding',
  'embed',
  'encoder',
  'reranker',
  'rerank',
  'cross encoder',
  'classifier',
  'ocr',
  'tesseract',
  'textract',
  'embedder',
].map(words);
const ABOUT_MODELS = [
  ...ROLES.gateway,
  ...CONCERNS['cost-control'].recognisers,
  ...CONCERNS['rate-limiting'].recognisers,
  ...CONCERNS.caching.recognisers,
];
/** An eval harness "with an LLM judge" runs a model, but serves nobody. */
const NOT_SERVING = ['eval', 'evaluation', 'golden', 'benchmark', 'test set', 'dataset', 'feedback', 'dashboard'].map(words);
/** What a retrieval filter narrows by: such a filter is access control or search, not a guard. */
const SCOPE_FILTERS = new Set(['acl', 'permission', 'access', 'metadata', 'tenant', 'date', 'entitlement', 'security', 'rbac']);
/** A box that runs the tools of the model before it ("Tool executor"): its targets are that model's tools. */
const TOOL_EXECUTOR = ['tool'].map(words);
/** A guard that says which side it checks, whatever else its box is. */
const INPUT_OR_OUTPUT = ['input', 'output'].map(words);
const FILTER = ['filter'].map(words);
const RETRIEVER = ['retriever', 'retrieval', 'search', 'rerank', 'reranker'].map(words);
/** A retrieval step acts for the user it names ("retriever runs as the signed-in user"); a "search portal" is the user's client. */
const RETRIEVAL_STEP = ['retriever', 'retrieval', 'rerank', 'reranker'].map(words);
const NAMED_INDEX = ['search index', 'vector index', 'keyword index', 'code index', 'vector store', 'vector db'].map(words);
// A "reviewer LLM" or "moderator model" is a model; these words make it a person.
const HUMAN_WORDS = ['human', 'person', 'people', 'staff', 'live', 'team', 'manual', 'ops', 'clerk'].map(words);

const AGENT_FRAMEWORK = [
  'tool calling',
  'function calling',
  'tool use',
  'tools',
  'react',
  'react loop',
  'langgraph',
  'langchain',
  'crewai',
  'autogen',
].map(words);
/** What an agent works with: tools, APIs, search, a sandbox. */
const TOOL = [
  'tool',
  'api',
  'search',
  'lookup',
  'web',
  'browser',
  'sandbox',
  'crm',
  'calendar',
  'database',
  'sql',
  'mcp',
  'plugin',
  'retriever',
  'index',
  'vector',
].map(words);

/** Edge labels that say what flows is a decision, a number or a deletion, not text a model reads or writes. */
const CONTROL = [
  'ship',
  'roll back',
  'rollback',
  'promote',
  'variant',
  'gate',
  'deploy',
  'release',
  'metric',
  'latency',
  'cost',
  'score',
  'delete',
  'deletion',
  'tombstone',
  'erase',
  'forget',
  'opt out',
  'config',
  'version',
  'threshold',
  'count',
  'hashed',
  'alert',
  'health',
  'error rate',
  'stat',
  'usage',
  'progress',
  'budget',
  'cap',
].map(words);
const CONTENT = [
  'text',
  'prompt',
  'answer',
  'question',
  'message',
  'reply',
  'query',
  'transcript',
  'content',
  'draft',
  'selection',
  'output',
  'response',
  'input',
  'document',
  'chunk',
  'suggestion',
  'completion',
].map(words);
/**
 * Document-level access written as a filter: "only docs where the user is on the matter team", "drop
 * results the caller cannot open". A filter verb that the clause keeps (not one it negates), what is
 * filtered, whose access, and what decides it must all be said.
 */
const ACCESS_FILTER_VERB = [
  'only',
  'drop',
  'filter',
  'filtered',
  'exclude',
  'hide',
  'remove',
  'keep',
  'restrict',
  'restricted',
  'trim',
  'trimmed',
].map(words);
const FILTERED_ITEMS = ['doc', 'document', 'result', 'chunk', 'row', 'file', 'record', 'page', 'hit', 'passage', 'source'].map(words);
const READER = ['user', 'caller', 'requester', 'asker', 'employee', 'member', 'lawyer', 'associate', 'analyst', 'customer', 'reader'].map(
  words,
);
const ACCESS_BASIS = [
  'can',
  'cannot',
  'may',
  'allowed',
  'permitted',
  'entitled',
  'access',
  'open',
  'see',
  'read',
  'view',
  'member',
  'belong',
  'own',
  'shared',
  'matter',
  'team',
  'group',
  'role',
  'clearance',
].map(words);
export function restrictsToReader(part: Clause): boolean {
  const all = [...part.words, ...part.negated];
  return mentions(part.words, ACCESS_FILTER_VERB) && mentions(all, FILTERED_ITEMS) && mentions(all, READER) && mentions(all, ACCESS_BASIS);
}

const carriesContent = (parts: Clause[]) => {
  const said = parts.flatMap((part) => part.words);
  return !mentions(said, CONTROL) || mentions(said, CONTENT);
};

/** Roles of the nodes and their places in the flow, computed once per diagram. */
export class DiagramSemantics {
  readonly facts = new Map<string, NodeFacts>();
  readonly evidence: Evidence[] = [];
  /** Flow edges: links between steps (no notes, no self-loops). */
  readonly next = new Map<string, Set<string>>();
  readonly solidNext = new Map<string, Set<string>>();
  readonly previous = new Map<string, Set<string>>();
  /** Flow edges that can carry user text or model output: release control, metrics and deletions carry none. */
  readonly contentNext = new Map<string, Set<string>>();
  readonly contentSolidNext = new Map<string, Set<string>>();
  readonly moderationSystem: boolean;

  readonly users: string[];
  readonly models: string[];
  readonly agents: string[];
  readonly humans: string[];
  readonly indexes: string[];
  /** Indexes that the serving path reads. */
  readonly readIndexes: string[];

  constructor(
    readonly model: DiagramModel,
    moderation?: boolean,
  ) {
    const linked = new Map<string, DiagramEdge[]>();
    for (const node of model.nodes) linked.set(node.id, []);
    for (const edge of model.edges) {
      linked.get(edge.from)?.push(edge);
      if (edge.to !== edge.from) linked.get(edge.to)?.push(edge);
    }
    const hasArrow = (id: string) => (linked.get(id) ?? []).some((edge) => !edge.arrowless);
    // A note: joined only by arrowless links to nodes that take part in the flow.
    const noteOf = new Map<string, string[]>();
    if (model.kind === 'flowchart') {
      for (const node of model.nodes) {
        const links = linked.get(node.id)!;
        if (!links.length || links.some((edge) => !edge.arrowless || edge.from === edge.to)) continue;
        const others = links.map((edge) => (edge.from === node.id ? edge.to : edge.from));
        if (others.every(hasArrow)) noteOf.set(node.id, others);
      }
    }

    for (const node of model.nodes) {
      const own = clauses(node.lines.length ? node.lines : [node.label]);
      const isolated = linked.get(node.id)!.length === 0;
      const annotated = noteOf.get(node.id);
      for (const part of own) {
        this.evidence.push({
          source: annotated ? 'note' : 'label',
          nodes: annotated ?? (isolated ? [] : [node.id]),
          where: annotated
            ? `the note \`${node.id}\` "${node.label}" on ${annotated.map((id) => `\`${id}\``).join(', ')}`
            : `\`${node.id}\` ${node.label}`,
          clause: part,
        });
      }
      const takesBack = own.some((part) => part.negated.length);
      this.facts.set(node.id, {
        id: node.id,
        label: node.label,
        words: [...own.flatMap((part) => part.words), ...(takesBack ? [] : identifierWords(node.id))],
        own: [...own.flatMap((part) => part.words), ...(takesBack ? [] : identifierWords(node.id))],
        negated: own.flatMap((part) => part.negated),
        note: Boolean(annotated),
        isolated,
        ...(node.shape ? { shape: node.shape } : {}),
      });
    }
    for (const [noteId, targets] of noteOf)
      for (const target of targets) {
        const facts = this.facts.get(target)!;
        facts.words.push(...this.facts.get(noteId)!.words);
        facts.negated.push(...this.facts.get(noteId)!.negated);
      }

    // An edge to or from a subgraph reaches or leaves every step inside it.
    const groupMembers = new Map(model.groups.map((group) => [group.id, group.nodes]));
    const expand = (id: string, seen = new Set<string>()): string[] => {
      const members = groupMembers.get(id);
      if (!members?.length || seen.has(id)) return [id];
      seen.add(id);
      return members.flatMap((member) => expand(member, seen));
    };
    for (const id of groupMembers.keys()) {
      const facts = this.facts.get(id);
      if (facts) facts.note = true;
    }
    for (const node of model.nodes) this.next.set(node.id, new Set());
    for (const edge of model.edges) {
      const loop = edge.from === edge.to;
      const parts = clauses(edge.lines.length ? edge.lines : edge.label ? [edge.label] : []);
      for (const part of parts)
        this.evidence.push({
          source: loop ? 'loop' : 'edge',
          nodes: loop ? [edge.from] : [edge.from, edge.to],
          where: loop ? `the self-loop on \`${edge.from}\` "${edge.label}"` : `the edge \`${edge.from}\` -> \`${edge.to}\` "${edge.label}"`,
          clause: part,
          edge,
        });
      if (loop) {
        this.facts.get(edge.from)?.words.push(...parts.flatMap((part) => part.words));
        continue;
      }
      if (noteOf.has(edge.from) || noteOf.has(edge.to)) continue;
      const content = carriesContent(parts);
      const maps = [this.next, this.previous];
      if (!edge.dotted) maps.push(this.solidNext);
      if (content) maps.push(this.contentNext);
      if (content && !edge.dotted) maps.push(this.contentSolidNext);
      for (const from of expand(edge.from))
        for (const to of expand(edge.to)) {
          for (const map of maps) {
            const [a, b] = map === this.previous ? [to, from] : [from, to];
            this.link(map, a, b);
            if (edge.bidirectional || edge.arrowless) this.link(map, b, a);
          }
        }
    }
    for (const group of model.groups) {
      const members = group.nodes.filter((id) => this.facts.has(id));
      for (const part of clauses([group.title]))
        this.evidence.push({ source: 'group', nodes: members, where: `the group "${group.title}"`, clause: part });
    }

    const said = (phrases: Phrases, keep: (item: Evidence) => boolean = () => true) =>
      this.evidence.some((item) => mentions(item.clause.words, phrases) && keep(item));
    const posted = this.anyNode((id) => this.has(id, ROLES.content));
    // A verdict is a branch: an edge label or a decision ("remove PII" in a step is no verdict on a post).
    const branch = (item: Evidence) => item.source === 'edge' || item.nodes.some((id) => this.facts.get(id)?.shape === 'diamond');
    // Verdicts on posts plus the rules they break, an appeal or a notice to the author: moderation, named or not.
    const judgedPosts =
      said(ROLES.moderationVerdict, branch) &&
      [ROLES.moderationRules, ROLES.moderationAppeal, ROLES.moderationNotice].some((kind) => said(kind));
    this.moderationSystem = moderation ?? (posted && (this.anyNode((id) => this.has(id, ROLES.moderation)) || judgedPosts));
    const steps = model.nodes.map((node) => node.id).filter((id) => !this.facts.get(id)!.note);
    const isHuman = (id: string) => {
      const person =
        this.has(id, ROLES.human) ||
        this.has(id, ROLES.approval) ||
        (this.has(id, ROLES.personRole) && (this.has(id, ROLES.personAct) || this.has(id, ROLES.approval)));
      // "Supervisor agent", "Critic agent - GPT-4o" are models; "human agent" is a person.
      return person && (this.has(id, HUMAN_WORDS) || (!this.has(id, ROLES.agent) && !this.looksLikeModel(id)));
    };
    this.humans = steps.filter(isHuman);
    // An agent is a model that acts: "agent" or "planner" on a box that neither is a model, names an
    // agent framework, loops, nor works with models or tools is a person or a job ("Support agent in
    // the helpdesk", "Run planner: fan out examples").
    const selfLoops = new Set(model.edges.filter((edge) => edge.from === edge.to).map((edge) => edge.from));
    const agentWord = (id: string) => this.has(id, ROLES.agent) && !this.humans.includes(id);
    const acts = (id: string) =>
      this.looksLikeModel(id) ||
      this.has(id, AGENT_FRAMEWORK) ||
      selfLoops.has(id) ||
      [...(this.next.get(id) ?? []), ...(this.previous.get(id) ?? [])].some(
        (other) => other !== id && (this.looksLikeModel(other) || agentWord(other)),
      ) ||
      // Tools are what it calls, not the API in front of it.
      [...(this.next.get(id) ?? [])].some((other) => other !== id && (this.has(other, TOOL) || this.has(other, ROLES.sideEffect)));
    // A model that calls several tools, one of which acts (books, pays, sends, writes), is an agent
    // whatever its box is called ("Trip asisstant - GPT-4o"); a shared tool executor counts as its tools.
    const toolsOf = (id: string) => {
      const near = [...(this.next.get(id) ?? [])].filter((other) => other !== id && !this.looksLikeModel(other));
      const viaExecutor = near.filter((other) => this.has(other, TOOL_EXECUTOR)).flatMap((other) => [...(this.next.get(other) ?? [])]);
      return [...new Set([...near, ...viaExecutor])].filter(
        (other) => other !== id && !this.isGuard(other) && (this.has(other, TOOL) || this.has(other, ROLES.sideEffect)),
      );
    };
    const actsThroughTools = (id: string) => {
      if (!this.looksLikeModel(id) || this.humans.includes(id) || this.isGuard(id)) return false;
      const tools = toolsOf(id);
      return tools.length >= 2 && tools.some((tool) => this.has(tool, ROLES.sideEffect) && !this.has(tool, ROLES.readOnly));
    };
    this.agents = steps.filter((id) => (agentWord(id) && acts(id)) || actsThroughTools(id));
    const guardish = new Set(steps.filter((id) => this.isGuard(id) || this.has(id, ROLES.fallback) || this.scrubsPersonalData(id)));
    this.models = steps.filter(
      (id) =>
        !guardish.has(id) &&
        !this.humans.includes(id) &&
        (this.looksLikeModel(id) || this.agents.includes(id)) &&
        !this.has(id, NOT_A_MODEL) &&
        // "Router", "Budget enforcer: downgrade to a cheaper model", "LLM traces" mention models without being one.
        !(this.has(id, ABOUT_MODELS) && !this.namesAModel(id)) &&
        !this.has(id, ROLES.monitor) &&
        !this.has(id, NOT_SERVING),
    );
    // "per-user hybrid search" is scoped to users, not one of them.
    const namesAUser = (id: string) =>
      mentions(
        this.facts.get(id)!.words.filter((_, index, all) => all[index - 1] !== 'per'),
        ROLES.user,
      );
    // "Lakera Guard on user messages" and "Retriever runs as the signed-in user" name users they act for; they are steps.
    this.users = steps.filter(
      (id) =>
        namesAUser(id) &&
        !this.models.includes(id) &&
        !guardish.has(id) &&
        !this.has(id, RETRIEVAL_STEP) &&
        // "Memory store partitioned by user" holds data about users; it sends nothing.
        this.facts.get(id)!.shape !== 'cylinder' &&
        !this.has(id, ROLES.index) &&
        !this.has(id, EVAL_OR_MONITOR) &&
        // "Access filter: docs the user may open", "User message sanitiser" check what users send or read; they send nothing.
        !this.isCheck(id) &&
        (this.next.get(id)!.size > 0 || this.facts.get(id)!.isolated) &&
        !(this.humans.includes(id) && this.previous.has(id)),
    );
    // "Hybrid search over BM25" is a retriever; "Product search index" or a search store drawn as a cylinder is the index.
    this.indexes = steps.filter(
      (id) =>
        this.has(id, ROLES.index) && (!this.has(id, RETRIEVER) || this.has(id, NAMED_INDEX) || this.facts.get(id)!.shape === 'cylinder'),
    );
    // An index matters for freshness when the serving path reads it: it, or the retriever beside it, leads to a model or a user.
    // Or the request path reaches it: "user -> query service -> hybrid search -> index".
    const served = new Set([...this.models, ...this.agents, ...this.users]);
    const requested = this.reachable(this.users);
    this.readIndexes = this.indexes.filter(
      (id) =>
        requested.has(id) ||
        [id, ...(this.next.get(id) ?? []), ...(this.previous.get(id) ?? [])].some(
          (reader) => served.has(reader) || [...this.reachable([reader])].some((reached) => reached !== id && served.has(reached)),
        ),
    );
  }

  private link(map: Map<string, Set<string>>, from: string, to: string): void {
    if (!map.has(from)) map.set(from, new Set());
    map.get(from)!.add(to);
  }

  private anyNode(test: (id: string) => boolean): boolean {
    return [...this.facts.keys()].some(test);
  }

  /** Whether a node's own words (label, notes, self-loops) say it. */
  has(id: string, phrases: Phrases): boolean {
    const facts = this.facts.get(id);
    return Boolean(facts) && mentions(facts!.words, phrases);
  }

  /** Whether a node's label or notes mention it only to take it back ("no fallback"). */
  takesBack(id: string, phrases: Phrases): boolean {
    const facts = this.facts.get(id);
    return Boolean(facts) && mentions(facts!.negated, phrases);
  }

  namesAModel(id: string): boolean {
    return this.facts.get(id)!.words.some((word) => /^(gpt|claude|llama|gemini|mistral|sonnet|haiku|opus|o[134]$)/.test(word));
  }

  private looksLikeModel(id: string): boolean {
    return this.namesAModel(id) || this.has(id, ROLES.llm);
  }

  /** A check on a model's input or output; in a moderation system the classifier is the product, not a guard. */
  isGuard(id: string): boolean {
    // What the box itself is: a "budget guard" note on an agent does not make the agent a guardrail.
    const own = this.facts.get(id)?.own ?? [];
    const is = (phrases: Phrases) => mentions(own, phrases);
    const explicit = is(INPUT_OR_OUTPUT);
    if (this.moderationSystem && !explicit && (this.looksLikeModel(id) || is(ROLES.moderation))) return false;
    if (is(ROLES.inputGuard) || this.checksOutput(id)) return true;
    // An "ACL filter" or "metadata filter" narrows what is retrieved; it checks no text.
    return mentions(
      own.filter((word, index) => !(word === 'filter' && SCOPE_FILTERS.has(own[index - 1] ?? ''))),
      ROLES.guard,
    );
  }

  /**
   * A step that strips personal data before anything reads it ("strip emails/phone numbers before
   * any model call"): what the box does, whatever it mentions. A privacy step, not a check of input.
   */
  scrubsPersonalData(id: string): boolean {
    return PERSONAL_DATA_SCRUB.test((this.facts.get(id)?.own ?? []).join(' '));
  }

  /**
   * A check of what a model wrote, by name ("citation verifier", notes included) or by what it does:
   * a confidence threshold that drops what falls under it, or a decision on extracted fields
   * ("Totals match line items? Vendor exists?"). Where it sits decides whether it checks anything.
   */
  checksOutput(id: string): boolean {
    const facts = this.facts.get(id);
    if (!facts) return false;
    if (this.has(id, ROLES.outputGuard)) return true;
    const label = facts.negated.length ? '' : facts.label.toLowerCase();
    if (CONFIDENCE_GATE.test(label)) return true;
    return facts.shape === 'diamond' && mentions(facts.own, FIELD_CHECKS) && !this.looksLikeModel(id);
  }

  /** A check of any kind: a guard on input or output, or a filter on what a reader may see ("ACL filter", "drop docs the user cannot open"). */
  isCheck(id: string): boolean {
    const facts = this.facts.get(id);
    if (!facts) return false;
    return (
      this.isGuard(id) ||
      this.checksOutput(id) ||
      this.scrubsPersonalData(id) ||
      mentions(facts.own, FILTER) ||
      restrictsToReader({ text: facts.label, words: facts.own, negated: facts.negated })
    );
  }

  /** Non-negated evidence that mentions any phrase, optionally only where `keep` holds. */
  hits(phrases: Phrases, keep: (evidence: Evidence) => boolean = () => true): Evidence[] {
    return this.evidence.filter((item) => mentions(item.clause.words, phrases) && keep(item));
  }

  /** Evidence that mentions a phrase only to take it back. */
  takenBack(phrases: Phrases): Evidence[] {
    return this.evidence.filter((item) => mentions(item.clause.negated, phrases) && !mentions(item.clause.words, phrases));
  }

  private adjacency(solidOnly: boolean, contentOnly: boolean): Map<string, Set<string>> {
    if (contentOnly) return solidOnly ? this.contentSolidNext : this.contentNext;
    return solidOnly ? this.solidNext : this.next;
  }

  /** Whether other nodes lead into `id` and every such edge's label `says` it ("metrics only", "copy, async", "caller confirms"). */
  everyWayInSays(id: string, says: (label: string) => boolean): boolean {
    const into = this.model.edges.filter((edge) => edge.to === id && edge.from !== id);
    return into.length > 0 && into.every((edge) => says(edge.label));
  }

  /** Nodes reachable from `starts` (not including them unless reached again); `contentOnly` follows only edges that carry text. */
  reachable(starts: Iterable<string>, solidOnly = false, blocked: Set<string> = new Set(), contentOnly = false): Set<string> {
    const adjacency = this.adjacency(solidOnly, contentOnly);
    const seen = new Set<string>();
    const queue = [...starts];
    while (queue.length) {
      for (const neighbour of adjacency.get(queue.shift()!) ?? []) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        if (!blocked.has(neighbour)) queue.push(neighbour);
      }
    }
    return seen;
  }

  /** Nodes from which some target is reachable. */
  reaching(targets: Iterable<string>, solidOnly = false): Set<string> {
    const wanted = new Set(targets);
    const result = new Set<string>();
    for (const id of this.facts.keys()) {
      const reached = this.reachable([id], solidOnly);
      if ([...wanted].some((target) => reached.has(target))) result.add(id);
    }
    return result;
  }

  /** Nodes on some path from `from` to `to` (ends excluded). */
  between(from: string[], to: string[], solidOnly = false): Set<string> {
    const forward = this.reachable(from, solidOnly);
    const targets = new Set(to);
    const backward = new Set<string>();
    const queue = [...to];
    while (queue.length) {
      const id = queue.shift()!;
      for (const [source, targetsOf] of solidOnly ? this.solidNext : this.next) {
        if (targetsOf.has(id) && !backward.has(source)) {
          backward.add(source);
          queue.push(source);
        }
      }
    }
    return new Set([...forward].filter((id) => backward.has(id) && !targets.has(id) && !from.includes(id)));
  }

  /** A shortest path from any start to `target`, for explanations: the same walk as `reachable`, so it avoids what that avoids. */
  pathTo(starts: string[], target: string, solidOnly = false, blocked: Set<string> = new Set(), contentOnly = false): string[] {
    const adjacency = this.adjacency(solidOnly, contentOnly);
    const parent = new Map<string, string | null>(starts.map((id) => [id, null]));
    const queue = [...starts];
    while (queue.length) {
      const id = queue.shift()!;
      if (id === target) break;
      if (blocked.has(id) && !starts.includes(id)) continue;
      for (const neighbour of adjacency.get(id) ?? [])
        if (!parent.has(neighbour)) {
          parent.set(neighbour, id);
          queue.push(neighbour);
        }
    }
    if (!parent.has(target)) return [];
    const path: string[] = [];
    for (let id: string | null = target; id !== null; id = parent.get(id) ?? null) path.unshift(id);
    return path;
  }

  /** Something in the flow routes to it (an edge in from another step). */
  routedTo(id: string): boolean {
    return (this.previous.get(id)?.size ?? 0) > 0;
  }

  describe(id: string): string {
    return `\`${id}\` ${this.facts.get(id)?.label ?? id}`;
  }
}
