import type { DesignQuestion } from '../catalog/types';
import { CONCERN_IDS, CONCERNS, PERSONAL_DATA_SCRUB, ROLES, type ConcernId, type Severity, type SystemKind } from './concerns';
import type { DiagramEdge, DiagramModel } from './diagram';
import { DiagramSemantics, restrictsToReader, type Evidence } from './semantics';
import { mentions, phrases, words } from './text';

export interface Finding {
  /** Stable id: the concern, and the check that raised it. */
  id: string;
  concern: ConcernId;
  severity: Severity;
  title: string;
  /** Why it matters in production and what to add. */
  detail: string;
  /** Diagram node ids the finding is about (may be empty). */
  nodes: string[];
  /** Why it is flagged: the path, nodes or labels the critic looked at. */
  evidence: string;
}

/** A covered concern and what on the page covers it. */
export interface CoveredEvidence {
  concern: ConcernId;
  /** Node ids whose labels, notes or edges satisfy it (may be empty for an edge or group label). */
  nodes: string[];
  /** e.g. "covered by `inj` Input guardrails on the path user -> agent". */
  evidence: string;
}

export interface Critique {
  kinds: SystemKind[];
  findings: Finding[];
  /** Relevant concerns the diagram handles. */
  covered: ConcernId[];
  /** What covers each concern in `covered`, in the same order. */
  coveredBy: CoveredEvidence[];
  /** Concerns a reviewer expects for this kind of system (and question). */
  relevant: ConcernId[];
  /** covered / relevant, 0..1. */
  coverage: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const QUESTION_KINDS: Record<string, SystemKind> = {
  agents: 'agent',
  'multi-agent': 'agent',
  'tool-use': 'agent',
  rag: 'rag',
  search: 'rag',
  pipeline: 'pipeline',
  extraction: 'pipeline',
  moderation: 'pipeline',
  gateway: 'gateway',
  routing: 'gateway',
  chatbot: 'chat',
};

/** An edge that only fires when the first call fails. */
const FAILURE = phrases(
  'error',
  'fail',
  'failure',
  'failed',
  '5xx',
  '429',
  '500',
  '503',
  'timeout',
  // "down" alone is also a verdict ("take down"): the call or the provider is down.
  'is down',
  'goes down',
  'model down',
  'provider down',
  'api down',
  'llm down',
  'when down',
  'if down',
  'outage',
  'unavailable',
  'overloaded',
  'rate limited',
  'degraded',
);
/** What scores a model rather than serving for it. */
const EVALUATORS = phrases(
  'judge',
  'grader',
  'grade',
  'evaluator',
  'scorer',
  'score',
  'eval',
  'evaluation',
  'golden',
  'test set',
  'benchmark',
  'regression',
);
/** Where a failed call can be answered from instead. */
/** A guard that names the one side it checks. */
const INPUT = phrases('input');
const OUTPUT = phrases('output');
const CACHED_ANSWER = phrases('cache', 'cached', 'canned', 'static answer', 'default answer', 'stock answer');
/** A judge or grader that scores live answers is online evaluation, not an offline set. */
const COPY = /\b(copy|copies|async|mirror|mirrored|tee|shadow|sample|sampled|logs?)\b/;
const LIVE = phrases('sample', 'sampled', 'sampling', 'prod', 'production', 'live', 'traffic', 'shadow', 'online');
const EVAL_SETS = phrases('eval', 'evaluation', 'golden', 'test set', 'benchmark', 'labelled', 'labeled', 'offline', 'replay', 'simulated');
const OFFLINE_MARKERS = phrases(
  'golden',
  'test set',
  'labelled',
  'labeled',
  'offline',
  'replay',
  'replayed',
  'simulated',
  'benchmark',
  'held out',
  'before launch',
  'before release',
  'before rollout',
  'last week',
  'last month',
  'ci',
);
/** A person reviewing live answers grades them: online evaluation. */
const REVIEWED = phrases('review', 'reviewed', 'graded', 'grade', 'rated');
const JUDGE = phrases('judge', 'grader', 'llm as judge', 'score', 'scored', 'scoring');
/** A cache of sessions or static files does not save model calls. */
const NOT_MODEL_CACHE = /\b(session|sessions|static|assets?|cdn|cookies?|auth tokens?|images?|login)\b/;
const MODEL_CACHE = /\b(respons|answer|embedding|result|prompt|page|completion|quer|semantic|llm|retriev|search|token)/;
const LOOP_LIMIT =
  /\b(max|maximum|most|up to|upto|cap|capped|limit|limited|hard|budget|stop after|after|within)\b(?: [a-z]+){0,2} \d+ (step|iteration|iter|turn|round|hop|loop|cycle|tool call|call|action|revision|replan)\b|\b\d+ (?:[a-z]+ )?(step|iteration|turn|round|hop|tool call) (max|limit|cap|budget|per task|per run|per turn|per report)\b/;
const RATE =
  /\b\d+ (rpm|tpm|qps|rps)\b|\b\d+ (req|request|call|message|msg|rewrite|query|token) (per )?(s|sec|second|min|minute|hour|day|user)\b/;
/** "60/min per user", "200 req/s", "10k tokens/min": a count per unit of time, written as a fraction (not a price: "$40/day"). */
const RATE_FRACTION =
  /(?<![$€£\d.,])\d[\d,.]*k?\s*(?:req|reqs|requests?|calls?|msgs?|messages?|queries|tokens?|rpm)?\s*\/\s*(?:s|sec|second|min|minute|h|hr|hour|day)\b/i;
/** A cap on tokens or money, per whatever it is counted against: "token ceiling per conversation", "spend caps per team". */
const COST_CAP =
  /\b(max|maximum|cap|capped|limit|limited|ceiling|up to|at most)\b(?: [a-z]+){0,2} \d[\d,.]*k? (?:output |input )?token\b|\b(token|spend|spending|cost|usage|dollar|usd|credit|budget)s? (?:[a-z0-9]+ ){0,2}(ceiling|cap|capped|limit|limited|quota|allowance|alarm|alert|hard stop)\b/;
/** A money figure ("$ per 1k docs", "alarm at $40", "€0.02/doc"): cost control when it is capped, alarmed or watched on a monitor. */
const MONEY = /[$€£]|\b\d+(\.\d+)? ?(usd|eur|gbp|dollars?|cents?)\b/i;
const MONEY_LIMIT = phrases(
  'alarm',
  'alert',
  'cap',
  'ceiling',
  'budget',
  'hard stop',
  'page',
  'paging',
  'per day',
  'per month',
  'daily',
  'monthly',
);
/** A count of test items run on a schedule or as a gate: "300 Q&A pairs, run nightly", "500 queries in CI". */
const TEST_ITEMS =
  /\b\d[\d,.]*k? (?:[a-z]+ ){0,2}(q a pair|qa pair|pair|question|querie|query|prompt|test case|case|conversation|ticket|example|transcript|scenario)\b/;
const RUN_OFFLINE = phrases(
  'nightly',
  'weekly',
  'ci',
  'pre deploy',
  'before deploy',
  'release gate',
  'gate',
  'every pr',
  'each pr',
  'per pr',
  'regression',
  'before release',
  'eval',
  'test',
);
/** What people do with live output, as a rate: "accept / dismiss rate per rule", "resolution rate", "undo ratio" (a reject rate is often the model's own verdicts). */
const ONLINE_RATE =
  /\b(accept|accepted|acceptance|copy|regenerate|regeneration|abandon|abandonment|containment|deflection|conversion|dismiss|dismissed|dismissal|resolve|resolved|resolution|override|edit|adoption|undo|apply|applied|click|thumb|upvote|downvote)(?: [a-z]+){0,3} (rate|ratio|share)\b/;
/** A smaller model is cost control where requests are routed to it; behind a timeout it is a fallback. */
const SMALL_MODEL = phrases('smaller model', 'small model', 'smaller llm', 'lighter model', 'mini model', 'distilled model');
/** The small tier of a model family: a router that sends some requests here and others to a bigger model routes by cost. */
const SMALL_TIER = phrases('haiku', 'mini', 'flash', 'nano', 'lite', 'small', 'smaller', '8b', '7b', '3b', 'instant', 'distilled');
const THUMBS = /👍|👎|⭐/;
/**
 * A limit written with symbols or units: "≤ 30 posts/min per user", "5 req/s/tenant", "max 2k tok/min". A
 * count per unit of time is a limit when a bound (≤, max, cap) or whom it is counted against says so.
 */
const PER_TIME = String.raw`\d[\d,.]*\s*k?\s*[a-z]+(?:\s[a-z]+)?\s*(?:\/|\bper\s+|\ba\s+)(?:s|sec|second|min|minute|h|hr|hour|day)\b`;
const PRINCIPAL = String.raw`(?:\/|\bper\s+|\beach\s+)(?:user|tenant|team|key|api key|ip|org|account|customer|client|seat|workspace|project|member)\b`;
const RATE_TEXT = new RegExp(
  String.raw`(?:≤|⩽|<=|<|\bup to\b|\bat most\b|\bmax(?:imum)?\b|\bcap(?:ped)?\b|\blimit(?:ed)?\b|\bno more than\b)\s*${PER_TIME}|${PER_TIME}\s*${PRINCIPAL}`,
);
/** Offline retrieval metrics: "nDCG@10 and MRR on judged queries", "recall@20 nightly". */
const RETRIEVAL_METRIC = /\b(ndcg|mrr|map|recall|precision|hit rate|hit)\s*@\s*(k|\d+)\b|\b(ndcg|mrr)\b/;
/** Who a throttle is counted against: "per-repository concurrency cap", "limit of 5 jobs per tenant". */
const THROTTLED_UNIT =
  '(user|tenant|team|key|api key|ip|org|organisation|organization|customer|account|repo|repository|project|workspace|client)';
const PER_UNIT_THROTTLE = new RegExp(
  `\\bper ${THROTTLED_UNIT} (?:[a-z]+ ){0,2}(cap|limit|quota|concurrency|throttle)\\b|\\b(cap|limit|limited|capped|quota|max|maximum)\\b(?: [a-z0-9]+){0,4} per ${THROTTLED_UNIT}\\b`,
);
/** A budget or cap per unit of agent work bounds the loop: "token budget per PR", "max 8 tool calls per turn". */
const PER_TASK_BUDGET =
  /\b(token|cost|step|time|call|tool call|spend|dollar|usd)s? (budget|cap|limit)s? per (task|run|pr|pull request|request|job|ticket|turn|conversation|session|report|trip|query|case|review)\b/;
/**
 * Access checked as the person asking: "warehouse under the user's own role", "retriever runs as the
 * signed-in user". SSO alone says who logged in, not what they may read, so it is not enough.
 */
const ACTS_AS_USER = new RegExp(
  [
    String.raw`\b(under|with|using|via)\b(?: [a-z]+){0,2} (user|caller|requester|asker|analyst|employee|customer|member)(?: s)?(?: own)? (role|permission|credential|identity|token|right|scope|grant|entitlement)\b`,
    String.raw`\b(run|execute|executed|query|search|searche|call|fetch|retrieve)\b(?: [a-z]+){0,2} (as|on behalf of) (?:the )?(?:requesting |calling |signed in |logged in |asking )?(user|caller|requester|analyst|employee)\b`,
  ].join('|'),
);
const METRIC_AS_DATA =
  /\bmetric (definition|description|catalog|layer|dictionary|glossary)\b|\b(table|column|schema|dimension) and metric\b/;
/** Where online signals are kept to evaluate with. */
const EVAL_TARGETS = phrases('eval', 'evals', 'evaluation', 'golden', 'dataset', 'datasets', 'accuracy', 'test set', 'benchmark');
const TRAINING = phrases('retrain', 'retraining', 'training', 'fine tune', 'fine tuning');
/** Verdicts on live cases. */
const LIVE_VERDICTS = phrases(
  'appeal',
  'flag',
  'flagged',
  'reported',
  'report',
  'correction',
  'corrected',
  'confirmed error',
  'dispute',
  'complaint',
);
const DELETES = phrases('delete', 'deletes', 'deleted', 'deletion', 'deletions', 'tombstone', 'removal', 'removed document');
const LIVE_WRITE = phrases('write', 'writes', 'written', 'writer', 'write path', 'insert', 'inserts', 'append', 'appends', 'save', 'saves');
const INGESTION = phrases(
  'ingestion',
  'ingest',
  'indexer',
  'indexing',
  'embed worker',
  'embedding worker',
  'ingest worker',
  'chunk and embed',
  'connector',
  'connectors',
);

interface Gap {
  check: string;
  nodes: string[];
  evidence: string;
}
interface Assessment {
  covered?: { nodes: string[]; evidence: string };
  gap?: Gap;
}

const quote = (items: Evidence[]) =>
  [...new Set(items.map((item) => (item.source === 'label' ? item.where : `${item.where}`)))].slice(0, 3).join('; ');

/** Runs the rubric critic over the diagram's semantics: roles in the right place, filtered by relevance. */
export function critiqueDiagram(model: DiagramModel, question?: DesignQuestion): Critique {
  const tags = new Set(question?.tags ?? []);
  const semantics = new DiagramSemantics(model, tags.has('moderation') ? true : undefined);
  const steps = model.nodes.map((node) => node.id).filter((id) => !semantics.facts.get(id)!.note);
  const wired = (id: string) => !semantics.facts.get(id)!.isolated;
  /** Evidence drawn into the flow: not a free-standing box. */
  const placed = (item: Evidence) => item.nodes.some(wired);
  /** Evidence on an edge, or on a step something routes to: a limiter that nothing passes through limits nothing. */
  const routed = (item: Evidence) => item.source === 'edge' || item.nodes.some((id) => semantics.routedTo(id));
  const { users, agents, humans } = semantics;
  // A check fed only by a copy ("-.->|copy, async|") sees the answer after it has gone out.
  const copyOnly = (id: string) => semantics.everyWayInSays(id, (label) => COPY.test(label.toLowerCase()));
  const guards = new Set(steps.filter((id) => semantics.isGuard(id) && !copyOnly(id)));
  const actors = [...new Set([...semantics.models, ...agents])].filter((id) => !guards.has(id));
  // An orchestrator in front of the model routes input; the model is what must not read it unchecked.
  const namedModels = actors.filter((id) => semantics.namesAModel(id) || semantics.has(id, ROLES.llm));
  const readers = namedModels.length ? namedModels : actors;
  const inputOnly = (id: string) => semantics.has(id, INPUT) && !semantics.has(id, OUTPUT);
  const outputOnly = (id: string) => semantics.has(id, OUTPUT) && !semantics.has(id, INPUT);

  const kinds = inferKinds(semantics, steps, question);
  const support =
    tags.has('support') ||
    (!kinds.includes('gateway') && steps.some((id) => semantics.has(id, ROLES.support) && !semantics.facts.get(id)!.isolated));
  // "single node", "single node for now" (the hedge says a change is planned, not made), or redundancy the page takes back ("no replicas", "HA: later").
  const explicitSingle = [
    ...semantics.hits(ROLES.singleInstance),
    ...semantics.takenBack(ROLES.singleInstance).filter((item) => /\bfor now\b/i.test(item.clause.text)),
    ...semantics.takenBack(ROLES.redundancy),
  ];
  // What the page itself says is not done yet ("no cache yet", "TODO: human review") matters to this design, whatever its kind.
  const admitted = (id: ConcernId) => semantics.takenBack(CONCERNS[id].recognisers).length > 0;

  const rubricWords = question
    ? words([...question.rubric.components, ...question.rubric.failureModes, ...question.rubric.evaluation].join(' . '))
    : [];
  const relevant = CONCERN_IDS.filter(
    (id) =>
      CONCERNS[id].relevantTo.some((kind) => kinds.includes(kind)) ||
      (question && mentions(rubricWords, CONCERNS[id].recognisers)) ||
      (id === 'human-in-the-loop' && (support || semantics.moderationSystem)) ||
      (id === 'single-point-of-failure' && explicitSingle.length > 0) ||
      admitted(id),
  )
    // Freshness is about an index the serving path reads; a pipeline, a KV cache or a dataset has none.
    .filter((id) => id !== 'index-freshness' || semantics.readIndexes.length > 0 || admitted(id));

  const coveredBy = (items: Evidence[], suffix = ''): Assessment['covered'] => ({
    nodes: [...new Set(items.flatMap((item) => item.nodes))],
    evidence: `covered by ${quote(items)}${suffix}`,
  });
  const byWords = (concern: ConcernId, keep?: (item: Evidence) => boolean, extra: Evidence[] = []): Assessment => {
    const found = [...semantics.hits(CONCERNS[concern].recognisers, keep), ...extra];
    return found.length ? { covered: coveredBy(found) } : {};
  };
  const flowNodes = (ids: Iterable<string>) => [...ids].map((id) => semantics.describe(id)).join(', ');
  const pathText = (path: string[]) => path.map((id) => `\`${id}\``).join(' -> ');

  const requestPath = semantics.reachable(users);
  const offlineKept = (item: Evidence) =>
    // Scoring sampled production traffic is online evaluation, unless it replays it before a launch.
    !(mentions(item.clause.words, LIVE) && !mentions(item.clause.words, OFFLINE_MARKERS)) &&
    // A judge model in the serving flow (a moderation "policy judge") decides cases; it evaluates nothing.
    !(item.nodes.length > 0 && item.nodes.every((id) => actors.includes(id)) && !mentions(item.clause.words, EVAL_SETS));

  const assess: Record<ConcernId, () => Assessment> = {
    fallback: () => {
      // A judge, grader or test set feeds a model to score it: its edge into the model is no failover.
      const evaluates = (id: string) => semantics.has(id, EVALUATORS);
      // The step that calls a model (not a check after it, whose "fail" is a verdict) and can answer some other way.
      const callsModelBesides = (id: string, other: string) =>
        !guards.has(id) && [...(semantics.next.get(id) ?? [])].some((next) => next !== other && semantics.models.includes(next));
      const failover = semantics.evidence.filter(
        (item) =>
          item.source === 'edge' &&
          item.edge !== undefined &&
          item.edge.from !== item.edge.to &&
          // A model fails over to another model, or hands the case to a degraded path or a person.
          !evaluates(item.edge.from) &&
          ((mentions(item.clause.words, FAILURE) &&
            (isModelish(semantics, item.edge.from) || semantics.has(item.edge.from, ROLES.gateway)) &&
            !semantics.has(item.edge.to, ROLES.monitor)) ||
            // The model's caller, when the call fails, answers from a cache or another model.
            (mentions(item.clause.words, FAILURE) &&
              callsModelBesides(item.edge.from, item.edge.to) &&
              (isModelish(semantics, item.edge.to) || semantics.has(item.edge.to, CACHED_ANSWER))) ||
            (mentions(item.clause.words, CONCERNS.fallback.recognisers) && isModelish(semantics, item.edge.to))),
      );
      const dottedToModel = model.edges
        .filter(
          (edge) =>
            edge.dotted &&
            semantics.models.includes(edge.from) &&
            !evaluates(edge.from) &&
            !mentions(words(edge.label), EVALUATORS) &&
            isModelish(semantics, edge.to) &&
            edge.from !== edge.to,
        )
        .map((edge): Evidence => ({
          source: 'edge',
          nodes: [edge.from, edge.to],
          where: `the dotted edge \`${edge.from}\` -> \`${edge.to}\` to a second model`,
          clause: { text: '', words: [], negated: [] },
          edge,
        }));
      return byWords('fallback', placed, [...failover, ...dottedToModel]);
    },
    'retries-timeouts': () => byWords('retries-timeouts'),
    'rate-limiting': () =>
      byWords(
        'rate-limiting',
        routed,
        semantics.evidence.filter(
          (item) =>
            routed(item) &&
            (RATE.test(item.clause.words.join(' ')) ||
              PER_UNIT_THROTTLE.test(item.clause.words.join(' ')) ||
              RATE_FRACTION.test(item.clause.text) ||
              (item.clause.words.length > 0 && RATE_TEXT.test(item.clause.text.toLowerCase()))),
        ),
      ),
    caching: () =>
      byWords(
        'caching',
        (item) =>
          placed(item) && (!NOT_MODEL_CACHE.test(item.clause.text.toLowerCase()) || MODEL_CACHE.test(item.clause.text.toLowerCase())),
      ),
    'input-guardrails': () => {
      const candidates = [...guards].filter(
        (id) => wired(id) && (semantics.has(id, ROLES.inputGuard) || (semantics.has(id, ROLES.guard) && !outputOnly(id))),
      );
      if (!candidates.length) return {};
      const blocked = new Set(candidates);
      for (const user of users) {
        const reached = [...semantics.reachable([user], true, blocked, true)].filter((id) => readers.includes(id));
        if (reached.length) {
          const path = semantics.pathTo([user], reached[0]!, true, blocked, true);
          return {
            gap: {
              check: 'unguarded-path',
              nodes: [user, ...reached],
              evidence: `Input from ${semantics.describe(user)} reaches ${semantics.describe(reached[0]!)} along ${pathText(path)} without passing an input guardrail (${flowNodes(candidates)} is not on that path).`,
            },
          };
        }
      }
      const onPath = users.length && readers.length ? semantics.between(users, readers, true) : new Set(candidates);
      const inPlace = candidates.filter((id) => onPath.has(id));
      if (!inPlace.length)
        return {
          gap: {
            check: 'misplaced',
            nodes: candidates,
            evidence: `${flowNodes(candidates)} is not between the user and the model, so it checks nothing the model reads.`,
          },
        };
      const first = inPlace[0]!;
      const route = users.length ? pathText(semantics.pathTo(users, first, true)) : '';
      return {
        covered: {
          nodes: inPlace,
          evidence: `covered by ${flowNodes(inPlace)}${route ? ` on the path ${route} -> ... -> ${pathText(readers.slice(0, 1))}` : ''}`,
        },
      };
    },
    'output-guardrails': () => {
      const candidates = [...guards].filter(
        (id) => wired(id) && (semantics.checksOutput(id) || (semantics.has(id, ROLES.guard) && !inputOnly(id))),
      );
      // "Every cite is re-fetched and compared before display", written in a note on the model, is a check of its output.
      const notedChecks = semantics
        .hits(ROLES.outputGuard, (item) => item.source === 'note' || item.source === 'loop')
        .flatMap((item) => item.nodes)
        .filter(wired);
      candidates.push(...notedChecks.filter((id) => !candidates.includes(id)));
      const actions = actionNodes(semantics, steps);
      const exposed = [...users, ...actions].filter((id) => !humans.includes(id));
      const checkpoints = new Set([...candidates, ...humans]);
      // A tool that a check or a person also feeds is reached through a shared tool layer, not around the check.
      const afterCheck = semantics.reachable(checkpoints);
      // Output that reaches the user is delivered: the walk stops there, not back through the client into the request path.
      const stops = new Set([...checkpoints, ...users]);
      for (const actor of readers) {
        if (checkpoints.has(actor)) continue;
        const reached = [...semantics.reachable([actor], false, stops, true)].filter(
          (id) => users.includes(id) || (exposed.includes(id) && (!afterCheck.has(id) || semantics.next.get(actor)?.has(id))),
        );
        if (reached.length) {
          const path = semantics.pathTo([actor], reached[0]!, false, stops, true);
          return {
            gap: {
              check: 'unchecked-output',
              nodes: [actor, ...reached],
              evidence: `Output of ${semantics.describe(actor)} reaches ${semantics.describe(reached[0]!)} along ${pathText(path)} without an output check${candidates.length ? ` (${flowNodes(candidates)} is not on that path)` : ''}.`,
            },
          };
        }
      }
      // Where the output goes: users and tools, or else the ends of the flow (a report, a record), as the
      // output walks until the user has it; never a check, a log, or the verdict of a check.
      const delivered = new Set(users);
      const downstream = semantics.reachable(actors, false, delivered);
      const ends = [...downstream].filter(
        (id) =>
          !semantics.next.get(id)?.size &&
          !semantics.has(id, ROLES.monitor) &&
          !semantics.has(id, ROLES.checkResult) &&
          !semantics.isCheck(id) &&
          // An index is what the model reads from, not where its answers go.
          !semantics.indexes.includes(id) &&
          !actors.includes(id),
      );
      const outputs = [...new Set([...[...exposed, ...humans].filter((id) => downstream.has(id) && !semantics.isCheck(id)), ...ends])];
      // A check covers the output when a model's output reaches it before any person has it and it passes the output on
      // to where it goes: a filter that feeds the model, a check on an answer already delivered, or one whose verdict is only logged, does not.
      // An orchestrator relays output; a model (a new answer) or the user ends the walk.
      const outputStops = new Set([...readers, ...delivered]);
      const onPath = semantics.between(actors, outputs);
      const placements = candidates.flatMap((check) => {
        const reachedFromCheck = semantics.reachable([check], false, outputStops);
        // Output handed back to a client that is not drawn as a user ("Editor sidebar") goes out through the loop the check sits on.
        const destination = outputs.find((id) => reachedFromCheck.has(id)) ?? (onPath.has(check) ? check : undefined);
        // Agents that write (a crew's writer) produce output too; the walk from them still ends at a model.
        const actor = [...new Set([...readers, ...actors])].find(
          (id) => id !== check && semantics.reachable([id], false, outputStops).has(check),
        );
        if (!destination || !actor) return [];
        const path = [
          ...semantics.pathTo([actor], check, false, outputStops),
          ...semantics.pathTo([check], destination, false, outputStops).slice(1),
        ];
        return [{ check, path }];
      });
      const noted = notedChecks.filter((id) => !placements.some((placement) => placement.check === id));
      // Responses not drawn back to anyone (no output, or no model with an edge out): where a check sits cannot be judged, so a check is a check.
      const unjudged = !outputs.length || !actors.length || readers.every((id) => !semantics.contentNext.get(id)?.size);
      const inPlace = unjudged ? candidates : [...placements.map((placement) => placement.check), ...noted];
      const edgeChecks = semantics.hits(
        ROLES.outputGuard,
        (item) => item.source === 'edge' && item.edge !== undefined && onPath.has(item.edge.from) && onPath.has(item.edge.to),
      );
      if (inPlace.length) {
        const described = [
          ...placements.slice(0, 2).map((placement) => `${semantics.describe(placement.check)} on the path ${pathText(placement.path)}`),
          ...(noted.length ? [`${flowNodes(noted)}, whose notes check the output`] : []),
        ];
        return {
          covered: {
            nodes: inPlace,
            evidence: unjudged ? `covered by ${flowNodes(inPlace)}, checking the model's output` : `covered by ${described.join('; ')}`,
          },
        };
      }
      if (edgeChecks.length) return { covered: coveredBy(edgeChecks) };
      if (candidates.length) {
        const why = (check: string) => {
          const after = semantics.reachable([check]);
          if (actors.some((id) => after.has(id)) && !outputs.some((id) => semantics.reachable([check], false, outputStops).has(id)))
            return 'it checks what the model reads';
          if (!actors.some((id) => semantics.reachable([id], false, outputStops).has(check)))
            return 'it sees the output only after it was delivered, or never';
          return 'its verdict goes nowhere the output goes';
        };
        return {
          gap: {
            check: 'misplaced',
            nodes: candidates,
            evidence: `${candidates
              .slice(0, 3)
              .map((id) => `${semantics.describe(id)} (${why(id)})`)
              .join(', ')} does not sit between the model and what its output reaches, so it checks a copy, or nothing.`,
          },
        };
      }
      return {};
    },
    'human-in-the-loop': () => {
      const inFlow = humans.filter((id) => semantics.routedTo(id) && !users.includes(id));
      const drawnAside = humans.filter((id) => !inFlow.includes(id) && !users.includes(id) && !semantics.routedTo(id));
      const humanWords = [...ROLES.human, ...ROLES.approval];
      // "data team verifies", "engineers resolve or dismiss" on an edge or a note: a person acts in the flow.
      const personActs = (item: Evidence) => mentions(item.clause.words, ROLES.personRole) && mentions(item.clause.words, ROLES.personAct);
      const said = [
        ...semantics.hits(humanWords, (item) => (item.source === 'edge' || item.source === 'note') && placed(item)),
        ...semantics.evidence.filter((item) => (item.source === 'edge' || item.source === 'note') && placed(item) && personActs(item)),
      ];
      if (kinds.includes('agent')) {
        const gap = unapprovedAction(semantics, steps, actors);
        if (gap) return { gap };
      }
      if (inFlow.length) return { covered: { nodes: inFlow, evidence: `covered by ${flowNodes(inFlow)}, which the flow routes to` } };
      if (said.length) return { covered: coveredBy(said) };
      if (drawnAside.length)
        return {
          gap: {
            check: 'unreachable',
            nodes: drawnAside,
            evidence: `${flowNodes(drawnAside)} is drawn, but nothing routes to it, so no case ever reaches a person.`,
          },
        };
      return {};
    },
    'evaluation-offline': () =>
      byWords(
        'evaluation-offline',
        offlineKept,
        // A set of test items run on a schedule or as a gate, said on it or on the edge it runs along; retrieval metrics on judged queries.
        semantics.evidence.filter(
          (item) =>
            (TEST_ITEMS.test(item.clause.words.join(' ')) &&
              offlineKept(item) &&
              !item.nodes.some((id) => requestPath.has(id)) &&
              (mentions(item.clause.words, RUN_OFFLINE) ||
                semantics.model.edges.some(
                  (edge) => item.nodes.includes(edge.from) && edge.from !== edge.to && mentions(words(edge.label), RUN_OFFLINE),
                ))) ||
            (item.clause.words.length > 0 && RETRIEVAL_METRIC.test(item.clause.text.toLowerCase()) && offlineKept(item)),
        ),
      ),
    'evaluation-online': () =>
      byWords('evaluation-online', undefined, [
        ...semantics.evidence.filter(
          (item) =>
            mentions(item.clause.words, LIVE) &&
            (mentions(item.clause.words, JUDGE) ||
              mentions(item.clause.words, REVIEWED) ||
              mentions(item.clause.words, CONCERNS['evaluation-offline'].recognisers)) &&
            !mentions(item.clause.words, OFFLINE_MARKERS),
        ),
        ...semantics.evidence.filter((item) => ONLINE_RATE.test(item.clause.words.join(' ')) || THUMBS.test(item.clause.text)),
        ...liveSignalsIntoEvals(semantics),
      ]),
    observability: () =>
      byWords('observability', (item) => {
        // "table and metric descriptions" in a semantic layer are data the model reads, not monitoring.
        const text = item.clause.words.join(' ');
        if (!METRIC_AS_DATA.test(text)) return true;
        return mentions(
          item.clause.words.filter((word) => word !== 'metric'),
          CONCERNS.observability.recognisers,
        );
      }),
    'retrieval-quality': () => byWords('retrieval-quality', placed),
    'index-freshness': () => indexFreshness(semantics),
    'async-queue': () => {
      const monitorOnly = (id: string) => semantics.has(id, ROLES.monitor) || semantics.has(id, CONCERNS.observability.recognisers);
      // A topic that everything reaches along "audit events" or "metrics only" edges carries telemetry, whatever it is called.
      const fedTelemetry = (id: string) => semantics.everyWayInSays(id, (label) => mentions(words(label), ROLES.monitor));
      const carriesWork = (item: Evidence) => {
        if (!placed(item)) return false;
        if (mentions(item.clause.words, ROLES.monitor)) return false;
        if (item.source === 'edge') return !mentions(words(item.edge?.label ?? ''), ROLES.monitor);
        return item.nodes.some((id) => {
          if (fedTelemetry(id)) return false;
          const after = [...(semantics.next.get(id) ?? [])].filter((next) => next !== id);
          return after.length ? after.some((next) => !monitorOnly(next)) : !monitorOnly(id);
        });
      };
      const found = semantics.hits(CONCERNS['async-queue'].recognisers, (item) => item.source !== 'group');
      const working = found.filter(carriesWork);
      if (working.length) return { covered: coveredBy(working) };
      const logsOnly = found.filter((item) => placed(item) && item.source !== 'edge');
      if (logsOnly.length)
        return {
          gap: {
            check: 'telemetry-only',
            nodes: [...new Set(logsOnly.flatMap((item) => item.nodes))],
            evidence: `${quote(logsOnly)} only carries logs or telemetry; the real work still runs inline.`,
          },
        };
      return {};
    },
    'cost-control': () => {
      const onMonitor = (item: Evidence) => item.nodes.some((id) => semantics.has(id, ROLES.monitor));
      // A router that sends some requests to a small tier and others to a bigger model.
      const routesToSeveralModels = (id: string) => {
        if (semantics.models.includes(id)) return false;
        const targets = new Set(
          model.edges.filter((edge) => edge.from === id && !edge.dotted && semantics.models.includes(edge.to)).map((edge) => edge.to),
        );
        return targets.size >= 2 && [...targets].some((target) => !semantics.has(target, SMALL_TIER));
      };
      const routedToSmall = model.edges
        .filter(
          (edge) =>
            edge.from !== edge.to &&
            !edge.dotted &&
            !mentions(words(edge.label), FAILURE) &&
            (semantics.has(edge.to, SMALL_MODEL) || (semantics.has(edge.to, SMALL_TIER) && routesToSeveralModels(edge.from))),
        )
        .map((edge): Evidence => ({
          source: 'edge',
          nodes: [edge.from, edge.to],
          where: `the edge \`${edge.from}\` -> \`${edge.to}\`, routing requests to a smaller model`,
          clause: { text: edge.label, words: words(edge.label), negated: [] },
          edge,
        }));
      return byWords(
        'cost-control',
        undefined,
        semantics.evidence
          .filter(
            (item) =>
              COST_CAP.test(item.clause.words.join(' ')) ||
              // "refunds over $100 need approval" is a threshold on money moved, not on money spent.
              (MONEY.test(item.clause.text) &&
                !mentions(item.clause.words, ROLES.sideEffect) &&
                !item.nodes.some((id) => semantics.has(id, ROLES.sideEffect)) &&
                (mentions(item.clause.words, MONEY_LIMIT) || onMonitor(item))),
          )
          .concat(routedToSmall),
      );
    },
    'data-privacy': () =>
      byWords(
        'data-privacy',
        undefined,
        semantics.evidence.filter(
          (item) =>
            ACTS_AS_USER.test(item.clause.words.join(' ')) ||
            PERSONAL_DATA_SCRUB.test(item.clause.words.join(' ')) ||
            restrictsToReader(item.clause),
        ),
      ),
    'agent-loop-limits': () =>
      byWords(
        'agent-loop-limits',
        undefined,
        semantics.evidence.filter(
          (item) => LOOP_LIMIT.test(item.clause.words.join(' ')) || PER_TASK_BUDGET.test(item.clause.words.join(' ')),
        ),
      ),
    'single-point-of-failure': () => {
      if (explicitSingle.length)
        return {
          gap: {
            check: 'single-instance',
            nodes: [...new Set(explicitSingle.flatMap((item) => item.nodes))],
            evidence: `${quote(explicitSingle)} is labelled as a single instance.`,
          },
        };
      return byWords('single-point-of-failure');
    },
  };

  const findings: Finding[] = [];
  const covered: ConcernId[] = [];
  const coveredEvidence: CoveredEvidence[] = [];
  const nodeHints: Partial<Record<ConcernId, string[]>> = {
    'agent-loop-limits': agents,
    'single-point-of-failure': steps.filter((id) => semantics.has(id, ROLES.gateway)),
    'retrieval-quality': semantics.indexes,
    'rate-limiting': steps.filter((id) => semantics.has(id, ROLES.gateway)),
    fallback: semantics.models,
  };
  for (const concern of relevant) {
    const definition = CONCERNS[concern];
    const result = assess[concern]();
    if (result.covered && !result.gap) {
      covered.push(concern);
      coveredEvidence.push({ concern, ...result.covered });
      continue;
    }
    const gap = result.gap ?? { check: 'missing', nodes: nodeHints[concern] ?? [], evidence: nothingFound(semantics, concern) };
    findings.push({
      id: `${concern}/${gap.check}`,
      concern,
      severity: definition.severity,
      title: definition.title,
      detail: gap.check === 'missing' ? definition.detail : `${gap.evidence} ${definition.detail}`,
      nodes: [...new Set(gap.nodes)],
      evidence: gap.evidence,
    });
  }
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.concern.localeCompare(b.concern));
  return {
    kinds,
    findings,
    covered,
    coveredBy: coveredEvidence,
    relevant,
    coverage: relevant.length ? covered.length / relevant.length : 1,
  };
}

/**
 * Online evaluation drawn as a flow: what people decide about live cases (a moderator's label, a
 * lawyer's flag, a reviewer's correction) or sampled production traces feeding an eval set.
 */
function liveSignalsIntoEvals(semantics: DiagramSemantics): Evidence[] {
  const people = new Set(semantics.humans);
  const isEval = (id: string) => semantics.has(id, EVAL_TARGETS) && !semantics.has(id, TRAINING);
  const liveSource = (id: string) =>
    people.has(id) || semantics.has(id, LIVE_VERDICTS) || (semantics.has(id, LIVE) && semantics.has(id, ROLES.monitor));
  const models = new Set(semantics.models);
  // Straight into an eval, or through one store of labels or corrections on the way.
  const feeds = (edge: DiagramEdge) =>
    isEval(edge.to) ||
    (!models.has(edge.to) && [...(semantics.next.get(edge.to) ?? [])].some((next) => next !== edge.from && isEval(next)));
  return semantics.model.edges
    .filter((edge) => edge.from !== edge.to && liveSource(edge.from) && feeds(edge))
    .map((edge): Evidence => ({
      source: 'edge',
      nodes: [edge.from, edge.to],
      where: `the edge ${semantics.describe(edge.from)} -> ${semantics.describe(edge.to)}, live outcomes feeding evaluation`,
      clause: { text: edge.label, words: words(edge.label), negated: [] },
      edge,
    }));
}

/** A model or provider an edge can fail over to; a tracing sink that mentions "LLM traces" is not one. */
function isModelish(semantics: DiagramSemantics, id: string): boolean {
  if (semantics.namesAModel(id) || semantics.has(id, ROLES.fallback)) return true;
  return (
    (semantics.has(id, ROLES.provider) || semantics.has(id, ROLES.llm)) &&
    !semantics.has(id, ROLES.monitor) &&
    !semantics.has(id, ROLES.gateway)
  );
}

/** Why a concern counts as missing: what was read, and any mention that takes it back. */
function nothingFound(semantics: DiagramSemantics, concern: ConcernId): string {
  const recognisers = CONCERNS[concern].recognisers;
  const takenBack = semantics.takenBack(recognisers);
  const aside = semantics.hits(recognisers, (item) => item.source === 'label' && item.nodes.length === 0);
  const parts = [
    `No node, edge label, note or group title among the ${semantics.facts.size} nodes and ${semantics.model.edges.length} edges addresses it.`,
  ];
  if (takenBack.length)
    parts.push(
      `The diagram notes it as not done: ${takenBack
        .slice(0, 2)
        .map((item) => `${item.where} says "${item.clause.text}"`)
        .join('; ')}: a plan, not part of the design.`,
    );
  if (aside.length) parts.push(`${quote(aside)} is drawn apart from the flow, connected to nothing.`);
  return parts.join(' ');
}

/** Steps with side effects: payments, bookings, messages, writes; a request that still goes to a person first is not one. */
function actionNodes(semantics: DiagramSemantics, steps: string[]): string[] {
  const people = new Set(semantics.humans);
  return steps.filter(
    (id) =>
      semantics.has(id, ROLES.sideEffect) &&
      ![...semantics.reachable([id])].some((next) => people.has(next)) &&
      !semantics.has(id, ROLES.readOnly) &&
      !semantics.models.includes(id) &&
      !semantics.humans.includes(id) &&
      // "Refund amount validator", "ERP write validator" check the action; they are not it.
      !semantics.isCheck(id) &&
      !semantics.has(id, ROLES.approval),
  );
}

/**
 * An agent that can reach a side effect with no approval on any path, or through an edge drawn
 * straight past the approval. A path through a shared tool layer that an approval also feeds is
 * how dispatchers are drawn, not a bypass.
 */
function unapprovedAction(semantics: DiagramSemantics, steps: string[], actors: string[]): Gap | undefined {
  // An action every way into which says a person approves it ("caller confirms the slot") has its approval on the edge.
  const approvedOnEdge = (id: string) => semantics.everyWayInSays(id, (label) => mentions(words(label), ROLES.approval));
  const actions = actionNodes(semantics, steps).filter((id) => !approvedOnEdge(id));
  const approvals = new Set(semantics.humans);
  // A gate that routes some cases to a person ("amount > $100?" -> manager) is part of the approval step.
  for (const id of steps)
    if (!actors.includes(id) && [...(semantics.next.get(id) ?? [])].some((next) => approvals.has(next))) approvals.add(id);
  const afterApproval = semantics.reachable(approvals);
  for (const actor of actors) {
    if (approvals.has(actor)) continue;
    const reached = [...semantics.reachable([actor], false, approvals)].filter((id) => actions.includes(id));
    const bypassed = reached.filter((id) => !afterApproval.has(id) || semantics.next.get(actor)?.has(id));
    if (bypassed.length)
      return {
        check: 'unapproved-action',
        nodes: [actor, ...bypassed],
        evidence: `${semantics.describe(actor)} can trigger ${semantics.describe(bypassed[0]!)} along ${semantics
          .pathTo([actor], bypassed[0]!)
          .map((id) => `\`${id}\``)
          .join(' -> ')} with no approval step on that path.`,
      };
  }
  return undefined;
}

/** Loads that run once: an index they fill is current only on the day it was built. */
const ONE_TIME = phrases(
  'one time',
  'one off',
  'once',
  'initial',
  'backfill',
  'bootstrap',
  'seed',
  'first load',
  'bulk load',
  'migration',
  'one shot',
  'ad hoc',
  'by hand',
);
/** "every 15 min": a schedule; "every PDF once" is no schedule. */
const EVERY_INTERVAL = /\bevery \d+ ?(s|sec|second|min|minute|h|hr|hour|day|week)\b/;
/** What makes an update recur: a schedule or a change event. */
const RECURRING = phrases(
  'nightly',
  'hourly',
  'daily',
  'weekly',
  'every minute',
  'every hour',
  'every day',
  'every night',
  'every week',
  'cron',
  'scheduled',
  'schedule',
  'periodic',
  'webhook',
  'change feed',
  'change event',
  'cdc',
  'change data capture',
  'incremental',
  'delta',
  'on change',
  'on update',
  'on publish',
  'event driven',
  'stream',
  'streaming',
  'continuous',
  'poll',
  'polling',
  'watcher',
  'subscription',
  'real time',
);

/** Every index needs something upstream that re-reads its sources when they change; a one-off export does not. */
function indexFreshness(semantics: DiagramSemantics): Assessment {
  const freshWords = CONCERNS['index-freshness'].recognisers;
  const fresh: Evidence[] = [];
  const stale: string[] = [];
  // Freshness the page admits to lacking, with no index drawn that the serving path reads: nothing to credit.
  if (!semantics.readIndexes.length) return {};
  // A store the live path writes ("write guardrail -> memory store") is current by construction.
  const live = semantics.reachable(semantics.users);
  // "Initial crawl - one time", a backfill, a crawler in a "Bootstrap" group: a sync or crawl that runs once keeps nothing fresh.
  const groupTitles = (id: string) => semantics.model.groups.filter((group) => group.nodes.includes(id)).map((group) => group.title);
  const said = (item: Evidence) =>
    item.edge
      ? words(item.edge.label)
      : [
          ...item.clause.words,
          ...item.nodes.flatMap((id) => [...(semantics.facts.get(id)?.words ?? []), ...words(groupTitles(id).join(' . '))]),
        ];
  const recurs = (item: Evidence) =>
    !mentions(said(item), ONE_TIME) || mentions(said(item), RECURRING) || EVERY_INTERVAL.test(said(item).join(' '));
  for (const index of semantics.readIndexes) {
    const upstream = new Set([index, ...ancestors(semantics, index)]);
    const about = (item: Evidence) =>
      item.edge
        ? upstream.has(item.edge.to)
        : item.source === 'group'
          ? item.nodes.some((id) => upstream.has(id))
          : item.nodes.some((id) => upstream.has(id));
    // A schedule or job that someone runs by hand ("re-index weekly (manual)") keeps nothing fresh.
    const byHand = (item: Evidence) => item.nodes.some((id) => upstream.has(id) && semantics.has(id, ROLES.manualRun));
    const changeDriven = semantics.hits(freshWords, (item) => about(item) && !byHand(item) && recurs(item));
    const oneOff = [...upstream].some((id) => semantics.has(id, ROLES.oneOff) || semantics.has(id, ROLES.manualRun));
    const ingestion = oneOff ? [] : semantics.hits(INGESTION, (item) => about(item) && recurs(item));
    const liveWrites = semantics.hits(LIVE_WRITE, (item) => about(item) && item.nodes.some((id) => live.has(id)));
    // Deletes said to go unhandled ("delete handling: none") leave deleted documents in the index, however often it is rebuilt.
    const deletesDropped = semantics.takenBack(DELETES).some(about) && !semantics.hits(DELETES, about).length;
    if (!deletesDropped && (changeDriven.length || ingestion.length || liveWrites.length))
      fresh.push(...changeDriven, ...ingestion, ...liveWrites);
    else stale.push(index);
  }
  if (stale.length)
    return {
      gap: {
        check: 'no-update-path',
        nodes: stale,
        evidence: `Nothing upstream of ${stale.map((id) => semantics.describe(id)).join(', ')} re-reads the sources when documents change (no sync, webhook, schedule or ingestion path${[...semantics.facts.keys()].some((id) => semantics.has(id, ROLES.oneOff) || semantics.has(id, ROLES.manualRun)) ? '; a one-off export, script or manual run fills it' : ''}${semantics.takenBack(DELETES).length ? '; deletes are said to go unhandled' : ''}).`,
      },
    };
  return {
    covered: { nodes: [...new Set(fresh.flatMap((item) => item.nodes))], evidence: `covered by ${quote(fresh)} upstream of the index` },
  };
}

function ancestors(semantics: DiagramSemantics, id: string): Set<string> {
  const seen = new Set<string>();
  const queue = [id];
  while (queue.length)
    for (const source of semantics.previous.get(queue.shift()!) ?? [])
      if (!seen.has(source)) {
        seen.add(source);
        queue.push(source);
      }
  seen.delete(id);
  return seen;
}

function inferKinds(semantics: DiagramSemantics, steps: string[], question: DesignQuestion | undefined): SystemKind[] {
  const kinds = new Set<SystemKind>();
  for (const tag of question?.tags ?? []) if (QUESTION_KINDS[tag]) kinds.add(QUESTION_KINDS[tag]!);
  if (semantics.agents.length) kinds.add('agent');
  if (semantics.indexes.length) kinds.add('rag');
  // Ingestion into an index is part of RAG, not a pipeline product of its own.
  const ingestionOnly = new Set(semantics.indexes.flatMap((index) => [...ancestors(semantics, index)]));
  const served = semantics.reachable(semantics.users);
  for (const id of ingestionOnly) if (served.has(id)) ingestionOnly.delete(id);
  if (semantics.moderationSystem || steps.some((id) => semantics.has(id, ROLES.pipeline) && !ingestionOnly.has(id))) kinds.add('pipeline');
  const providers = steps.filter((id) => semantics.models.includes(id) || semantics.has(id, ROLES.provider));
  if (steps.some((id) => semantics.has(id, ROLES.gateway)) && providers.length >= 2) kinds.add('gateway');
  // A hub that several client services (not people) call and that fronts a model provider is a gateway, even with one provider.
  const isProvider = (id: string) => providers.includes(id) || semantics.namesAModel(id);
  const hub = (id: string) => {
    if (!semantics.has(id, ROLES.gateway) || semantics.has(id, ROLES.loadBalancer) || isProvider(id)) return false;
    const clients = [...(semantics.previous.get(id) ?? [])].filter(
      (other) => other !== id && !isProvider(other) && !semantics.users.includes(other) && !semantics.has(other, ROLES.monitor),
    );
    return clients.length >= 2 && [...(semantics.next.get(id) ?? [])].some(isProvider);
  };
  if (steps.some(hub)) kinds.add('gateway');
  // Teams calling a shared gateway are its clients, not chat users.
  if (kinds.size === 0 || (semantics.users.length && !kinds.has('gateway'))) kinds.add('chat');
  return [...kinds];
}
