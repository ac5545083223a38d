# Exact-arithmetic audit of the hidden cases (see "Verdict policy" in content/README.md).
#
# For every case whose verdict depends on floating point, recompute the answer exactly
# (fractions.Fraction for rational values, 60-digit decimal.Decimal for square roots and
# logarithms) and check the policy: the expected value is the exact answer, ties are exact
# and come out identical under every usual way of computing the scores, distinct scores are
# far apart, and every threshold or boundary decision is either exact under every formula or
# far from the edge. Prints one JSON object: {"problems": {id: {"audited": n, "findings": [...]}}}.
import json
import math
import os
import re
import sys
from decimal import Decimal, getcontext
from fractions import Fraction
from itertools import permutations

getcontext().prec = 60

REL_TOL = 1e-9
# Distinct scores (and values next to a threshold or a boundary) must be at least this far
# apart, relatively: far beyond both the comparison tolerance and any rounding error.
GAP = 1e-6
# An expected float must match the exact value this closely (well inside the tolerance).
EXPECTED_REL = 1e-12
EXPECTED_ABS = 1e-15


def dec(value):
    value = Fraction(value)
    return Decimal(value.numerator) / Decimal(value.denominator)


def close(expected, exact, rel=EXPECTED_REL, abs_tol=EXPECTED_ABS):
    exact = Decimal(exact)
    return abs(Decimal(expected) - exact) <= max(Decimal(rel) * abs(exact), Decimal(abs_tol))


def far_apart(x, y):
    x, y = Decimal(x), Decimal(y)
    return abs(x - y) > Decimal(GAP) * max(abs(x), abs(y), Decimal(1e-300))


def code_units(text):
    """Sort key in UTF-16 code-unit order, the order the statements promise."""
    return text.encode("utf-16-be")


def is_bmp(text):
    return all(ord(char) < 0x10000 for char in text)


# ---------- cosine similarity, exactly and as the usual float formulas compute it ----------


_integer_vectors = {}


def integer_vector(vector):
    """The vector scaled by a power of two to integers (exact): the scale cancels in a cosine."""
    key = tuple(vector)
    if key not in _integer_vectors:
        fractions = [Fraction(x) for x in vector]
        scale = max((f.denominator for f in fractions), default=1)
        ints = [int(f * scale) for f in fractions]
        _integer_vectors[key] = (ints, sum(x * x for x in ints))
    return _integer_vectors[key]


class ExactCosine:
    """cos = sign * sqrt(square) with square = dot^2 / (a2 * b2), compared exactly."""

    def __init__(self, a, b):
        (ia, a2), (ib, b2) = integer_vector(a), integer_vector(b)
        dot = sum(x * y for x, y in zip(ia, ib))
        if a2 == 0 or b2 == 0 or dot == 0:
            self.sign, self.square = 0, Fraction(0)
        else:
            self.sign, self.square = (1 if dot > 0 else -1), Fraction(dot * dot, a2 * b2)

    def key(self):
        return (self.sign, self.sign * self.square)

    def __eq__(self, other):
        return self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def decimal(self):
        return self.sign * dec(self.square).sqrt()

    def equals(self, value):
        value = Fraction(value)
        return self.sign == (value > 0) - (value < 0) and self.square == value * value

    def at_least(self, threshold):
        """cos >= threshold, decided exactly."""
        t = Fraction(threshold)
        if t >= 0:
            return self.sign > 0 and self.square >= t * t or (t == 0 and self.sign >= 0)
        return self.sign >= 0 or self.square <= t * t


def _forward(values):
    total = 0.0
    for value in values:
        total += value
    return total


def cosine_formulas(a, b):
    """The float cosine as several correct solutions compute it."""
    def guard(norm_a, norm_b, fn):
        return 0.0 if norm_a == 0 or norm_b == 0 else fn()

    dot = _forward(x * y for x, y in zip(a, b))
    a2, b2 = _forward(x * x for x in a), _forward(y * y for y in b)
    results = {
        "dot/(|a|*|b|)": guard(a2, b2, lambda: dot / (math.sqrt(a2) * math.sqrt(b2))),
        "dot/sqrt(a2*b2)": guard(a2, b2, lambda: dot / math.sqrt(a2 * b2)),
        "fsum": guard(a2, b2, lambda: math.fsum(x * y for x, y in zip(a, b))
                      / math.sqrt(math.fsum(x * x for x in a) * math.fsum(y * y for y in b))),
        "reversed sums": guard(a2, b2, lambda: _forward(x * y for x, y in zip(reversed(a), reversed(b)))
                               / (math.sqrt(_forward(x * x for x in reversed(a))) * math.sqrt(_forward(y * y for y in reversed(b))))),
    }
    if a2 and b2:
        na, nb = math.sqrt(a2), math.sqrt(b2)
        results["unit vectors"] = _forward((x / na) * (y / nb) for x, y in zip(a, b))
        ha, hb = math.hypot(*a), math.hypot(*b)
        results["hypot"] = dot / (ha * hb)
    else:
        results["unit vectors"] = results["hypot"] = 0.0
    return results


def check_ranking(findings, name, exact_scores, order_key, expected_ids, limit, float_scores):
    """exact_scores: id -> exact comparable score; float_scores: id -> {formula: float}.

    Checks the expected ids are the exact ranking (ties by id), that within every exact tie
    each formula gives identical floats, and that neighbours which are not tied (down to one
    past the cut) are far apart."""
    ranked = sorted(exact_scores, key=order_key)
    if ranked[:limit] != list(expected_ids):
        findings.append(f"{name}: expected {list(expected_ids)[:12]} but the exact ranking is {ranked[:limit][:12]}")
        return
    window = ranked[:limit + 1]
    for left, right in zip(window, window[1:]):
        if exact_scores[left] == exact_scores[right]:
            for formula, value in float_scores[left].items():
                if float_scores[right][formula] != value:
                    findings.append(f"{name}: {left} and {right} tie exactly, but {formula} gives "
                                    f"{value!r} and {float_scores[right][formula]!r}")
        elif not far_apart(_as_decimal(exact_scores[left]), _as_decimal(exact_scores[right])):
            findings.append(f"{name}: {left} and {right} differ by less than {GAP} relatively without tying")


def _as_decimal(score):
    return score.decimal() if isinstance(score, ExactCosine) else dec(score) if isinstance(score, Fraction) else score


# ---------------------------------- per-problem audits ----------------------------------


def audit_cosine_similarity(case, findings):
    a, b = case["args"]
    exact = ExactCosine(a, b).decimal()
    if not close(case["expected"], exact):
        findings.append(f"{case['name']}: expected {case['expected']!r}, exact {exact:.20g}")
    for formula, value in cosine_formulas(a, b).items():
        if not close(value, Decimal(case["expected"]), REL_TOL, 1e-12):
            findings.append(f"{case['name']}: the {formula} formula gives {value!r}, outside the tolerance")
    for value in a + b:
        if value != 0 and not 1e-30 <= abs(value) <= 1e30:
            findings.append(f"{case['name']}: {value!r} is outside the stated range")
            break


def audit_top_k_similar(case, findings):
    query, items, k = case["args"]
    if k <= 0:
        return
    exact = {item["id"]: ExactCosine(query, item["embedding"]) for item in items}
    floats = {item["id"]: cosine_formulas(query, item["embedding"]) for item in items}
    check_ranking(findings, case["name"], exact, lambda i: (-exact[i].sign, -exact[i].sign * exact[i].square, code_units(i)),
                  case["expected"], k, floats)


def audit_semantic_dedup(case, findings):
    items, threshold = case["args"]
    kept = []
    for item in items:
        duplicate = False
        for other in kept:
            cos = ExactCosine(item["embedding"], other["embedding"])
            is_dup = cos.at_least(threshold)
            # Equality is decided by every formula alike; anything else must be far away.
            if cos.equals(threshold):
                for formula, value in cosine_formulas(item["embedding"], other["embedding"]).items():
                    if (value >= threshold) != is_dup:
                        findings.append(f"{case['name']}: {item['id']} vs {other['id']} is exactly at the threshold, "
                                        f"but {formula} gives {value!r}")
            elif abs(math.sqrt(float(cos.square)) * cos.sign - threshold) < 1e-4 and not far_apart(cos.decimal(), dec(threshold)):
                findings.append(f"{case['name']}: {item['id']} vs {other['id']} is within {GAP} of the threshold")
            duplicate = duplicate or is_dup
        if not duplicate:
            kept.append(item)
    if [item["id"] for item in kept] != case["expected"]:
        findings.append(f"{case['name']}: expected {case['expected']}, exact {[item['id'] for item in kept]}")


def audit_reciprocal_rank_fusion(case, findings):
    rankings = case["args"][0]
    k = case["args"][1] if len(case["args"]) > 1 else 60
    terms = {}
    for ranking in rankings:
        seen = set()
        for rank, item in enumerate(ranking, start=1):
            if item not in seen:
                seen.add(item)
                terms.setdefault(item, []).append(rank)
    exact = {item: sum(Fraction(1, k + rank) for rank in ranks) for item, ranks in terms.items()}

    def float_sums(ranks):
        values = [1 / (k + rank) for rank in ranks]
        orders = permutations(values) if len(values) <= 5 else [values, values[::-1], sorted(values)]
        sums = {f"order {i}": _forward(order) for i, order in enumerate(orders)}
        sums["fsum"] = math.fsum(values)
        return sums

    floats = {item: float_sums(ranks) for item, ranks in terms.items()}
    # Within one id, every order of addition must agree too, or a tie could split.
    ids = [entry["id"] for entry in case["expected"]]
    if len(ids) != len(exact):
        findings.append(f"{case['name']}: expected {len(ids)} ids, {len(exact)} appear")
    check_ranking(findings, case["name"], exact, lambda i: (-exact[i], code_units(i)), ids, len(ids), floats)
    for entry in case["expected"]:
        if entry["id"] in exact and not close(entry["score"], dec(exact[entry["id"]])):
            findings.append(f"{case['name']}: score of {entry['id']} is {entry['score']!r}, exact {dec(exact[entry['id']]):.20g}")


def _tokens(text):
    out, word = [], []
    for char in text.lower():
        if "a" <= char <= "z" or "0" <= char <= "9":
            word.append(char)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out


def _counts(tokens):
    counts = {}
    for token in tokens:
        counts[token] = counts.get(token, 0) + 1
    return counts


def audit_tfidf_search(case, findings):
    query, docs, k = case["args"]
    if k <= 0 or not docs:
        return
    n = len(docs)
    doc_counts = [_counts(_tokens(doc)) for doc in docs]
    df = {}
    for counts in doc_counts:
        for term in counts:
            df[term] = df.get(term, 0) + 1
    exact_idfs, float_idfs = {}, {}

    def exact_idf(term):
        if term not in exact_idfs:
            exact_idfs[term] = (Decimal(1 + n) / Decimal(1 + df.get(term, 0))).ln() + 1
        return exact_idfs[term]

    def float_idf(term):
        if term not in float_idfs:
            float_idfs[term] = math.log((1 + n) / (1 + df.get(term, 0))) + 1
        return float_idfs[term]

    query_counts = _counts(_tokens(query))

    def exact_score(counts):
        q = {t: c * exact_idf(t) for t, c in query_counts.items()}
        if not q or not any(t in counts for t in q):
            return Decimal(0)
        d = {t: c * exact_idf(t) for t, c in counts.items()}
        qn, dn = sum(w * w for w in q.values()).sqrt(), sum((w * w for w in d.values()), Decimal(0)).sqrt()
        return Decimal(0) if qn == 0 or dn == 0 else sum(w * d.get(t, 0) for t, w in q.items()) / (qn * dn)

    def float_scores(counts):
        q = {t: c * float_idf(t) for t, c in query_counts.items()}
        d = {t: c * float_idf(t) for t, c in counts.items()}
        results = {}
        for label, order in (("insertion", list), ("sorted", sorted), ("reversed", lambda keys: list(keys)[::-1])):
            qn = math.sqrt(_forward(q[t] ** 2 for t in order(q)))
            dn = math.sqrt(_forward(d[t] ** 2 for t in order(d)))
            dot = _forward(q[t] * d.get(t, 0) for t in order(q))
            results[label] = 0.0 if qn == 0 or dn == 0 else dot / (qn * dn)
        return results

    # Scores agreeing to 40 digits are exact ties (equal multisets of weights).
    exact = {i: exact_score(counts).quantize(Decimal("1e-40")) for i, counts in enumerate(doc_counts)}
    positive = [i for i in exact if exact[i] > 0]
    floats = {i: float_scores(doc_counts[i]) for i in positive}
    check_ranking(findings, case["name"], {i: exact[i] for i in positive}, lambda i: (-exact[i], i), case["expected"], k, floats)


def audit_token_bucket(case, findings):
    spec = case["args"][0]
    capacity, rate = Fraction(spec["capacity"]), Fraction(spec["refill"])
    last = Fraction(spec.get("start", 0))
    readings = [last]
    tokens = capacity
    results = []
    for op in spec["ops"]:
        if op[0] == "at":
            now = Fraction(op[1])
            readings.append(now)
            if now > last:
                tokens, last = min(capacity, tokens + (now - last) * rate), now
        elif op[0] == "acquire":
            cost = Fraction(op[1]) if len(op) > 1 else Fraction(1)
            if cost <= 0:
                return
            if tokens == cost:
                dyadic = all((value * 64).denominator == 1 for value in readings + [cost, capacity])
                power_of_two = rate == 0 or (rate.numerator & (rate.numerator - 1) == 0
                                             and rate.denominator & (rate.denominator - 1) == 0)
                if not (dyadic and power_of_two):
                    findings.append(f"{case['name']}: request {len(results)} is exactly on a boundary "
                                    "without dyadic clock readings and a power-of-two rate")
            elif not far_apart(dec(tokens), dec(cost)):
                findings.append(f"{case['name']}: request {len(results)} is within {GAP} of a boundary")
            ok = cost <= tokens
            tokens -= cost if ok else 0
            results.append(ok)
        elif op[0] == "available":
            results.append(tokens)
    for i, (want, got) in enumerate(zip(case["expected"], results)):
        same = want == got if isinstance(got, bool) else not isinstance(want, bool) and close(want, dec(got))
        if not same:
            findings.append(f"{case['name']}: result {i} expected {want!r}, exact {got}")
            return


def audit_retry_with_backoff(case, findings):
    spec = case["args"][0]
    options, outcomes, randoms = spec["options"], spec["outcomes"], list(spec["randoms"])
    sleeps = []
    for attempt in range(1, options["maxAttempts"] + 1):
        outcome = outcomes[min(attempt, len(outcomes)) - 1]
        if outcome.startswith("ok:") or outcome == "fail:fatal" or attempt == options["maxAttempts"]:
            break
        if outcome.startswith("fail:after="):
            sleeps.append(Fraction(outcome[len("fail:after="):]))
        else:
            cap = min(Fraction(options["maxDelayMs"]), Fraction(options["baseDelayMs"]) * 2 ** (attempt - 1))
            sleeps.append(Fraction(randoms.pop(0) if randoms else 0.5) * cap)
    got = case["expected"]["sleeps"]
    if len(got) != len(sleeps) or not all(close(g, dec(s)) for g, s in zip(got, sleeps)):
        findings.append(f"{case['name']}: expected sleeps {got}, exact {[float(s) for s in sleeps]}")


def audit_lru_cache_ttl(case, findings):
    spec = case["args"][0]
    times = [op[1] for op in spec["ops"] if op[0] == "at"] + [spec["ttl"]]
    if not all(isinstance(t, int) or float(t).is_integer() for t in times):
        findings.append(f"{case['name']}: times must be integer milliseconds")


def audit_sliding_window_limiter(case, findings):
    spec = case["args"][0]
    times = [op[1] for op in spec["ops"] if op[0] == "at"] + [spec["window"], spec.get("start", 0)]
    if not all(isinstance(t, int) for t in times):
        findings.append(f"{case['name']}: clock readings and the window must be integer milliseconds")


def audit_circuit_breaker(case, findings):
    options, ops = case["args"]
    readings = [op[1] for op in ops if op[0] == "at"]
    if not all(isinstance(v, int) for v in readings + list(options.values())):
        findings.append(f"{case['name']}: times and options must be integers")
    if readings != sorted(readings):
        findings.append(f"{case['name']}: the clock goes backwards, which the statement rules out")


def audit_concurrent_batch_runner(case, findings):
    items, options, schedule = case["args"]
    durations = [job["ms"] for job in schedule.values()]
    if not all(isinstance(v, int) for v in durations + [options["timeoutMs"]]):
        findings.append(f"{case['name']}: durations and timeoutMs must be integer milliseconds")
    # The statement promises that no call settles exactly at its deadline.
    if options["timeoutMs"] in durations:
        findings.append(f"{case['name']}: a call settles exactly at its deadline")
    if len(set(items)) != len(items) or set(items) != set(schedule):
        findings.append(f"{case['name']}: items must be distinct and each needs a schedule entry")


def audit_bm25(case, findings):
    query, docs = case["args"][:2]
    k1 = Decimal(repr(case["args"][2])) if len(case["args"]) > 2 else Decimal("1.5")
    b = Decimal(repr(case["args"][3])) if len(case["args"]) > 3 else Decimal("0.75")
    tokenised = [_tokens(doc) for doc in docs]
    n = len(docs)
    if n == 0:
        return
    avgdl = Decimal(sum(len(t) for t in tokenised)) / n
    counts = [_counts(t) for t in tokenised]
    df = {}
    for c in counts:
        for term in c:
            df[term] = df.get(term, 0) + 1
    for index, (c, toks) in enumerate(zip(counts, tokenised)):
        score = Decimal(0)
        if avgdl > 0:
            for term in _tokens(query):
                f = c.get(term, 0)
                if f:
                    nt = df[term]
                    idf = (1 + (Decimal(n - nt) + Decimal("0.5")) / (Decimal(nt) + Decimal("0.5"))).ln()
                    score += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * len(toks) / avgdl))
        if not close(case["expected"][index], score):
            findings.append(f"{case['name']}: score {index} expected {case['expected'][index]!r}, exact {score:.20g}")
            return


def audit_retrieval_metrics(case, findings):
    retrieved, relevant, k = case["args"]
    if k < 1:
        return
    relevant_set, seen, hits, first, dcg = set(relevant), set(), 0, 0, Decimal(0)
    log2 = lambda x: Decimal(x).ln() / Decimal(2).ln()  # noqa: E731
    for rank, item in enumerate(retrieved[:k], start=1):
        if item in relevant_set and item not in seen:
            hits += 1
            first = first or rank
            dcg += 1 / log2(rank + 1)
        seen.add(item)
    ideal = sum((1 / log2(rank + 1) for rank in range(1, min(k, len(relevant_set)) + 1)), Decimal(0))
    exact = {
        "precisionAtK": Decimal(hits) / k,
        "recallAtK": Decimal(hits) / len(relevant_set) if relevant_set else Decimal(0),
        "reciprocalRank": Decimal(1) / first if first else Decimal(0),
        "ndcgAtK": dcg / ideal if ideal else Decimal(0),
    }
    for key, value in exact.items():
        if not close(case["expected"][key], value):
            findings.append(f"{case['name']}: {key} expected {case['expected'][key]!r}, exact {value:.20g}")


def audit_pass_at_k(case, findings):
    tasks, k = case["args"]
    exact = [1 - Fraction(math.comb(t["n"] - t["c"], k), math.comb(t["n"], k)) for t in tasks]
    for i, (t, value) in enumerate(zip(tasks, exact)):
        product = 1.0
        for j in range(t["n"] - t["c"] + 1, t["n"] + 1):
            product *= 1 - k / j
        floats = {"product": 1 - (product if t["n"] - t["c"] >= k else 0.0),
                  "big integers": 1 - math.comb(t["n"] - t["c"], k) / math.comb(t["n"], k)}
        if not close(case["expected"]["scores"][i], dec(value)):
            findings.append(f"{case['name']}: score {i} expected {case['expected']['scores'][i]!r}, exact {dec(value):.20g}")
        for formula, got in floats.items():
            if not close(got, dec(value), REL_TOL, 1e-12):
                findings.append(f"{case['name']}: the {formula} form gives {got!r} for task {i}, outside the tolerance")
    mean = sum(exact) / len(exact)
    if not close(case["expected"]["mean"], dec(mean)):
        findings.append(f"{case['name']}: mean expected {case['expected']['mean']!r}, exact {dec(mean):.20g}")
def exact_softmax(scaled):
    """Exact probabilities and log-probabilities (60 digits) of a list of Fractions."""
    top = max(scaled)
    shifted = [dec(z - top) for z in scaled]
    total = sum((value.exp() for value in shifted), Decimal(0))
    log_total = total.ln()
    return [value.exp() / total for value in shifted], [value - log_total for value in shifted]


def audit_stable_softmax(case, findings):
    logits = case["args"][0]
    temperature = Fraction(case["args"][1]) if len(case["args"]) > 1 else Fraction(1)
    if any(abs(x) > 1e6 for x in logits) or not Fraction(1, 1000) <= temperature <= 1000:
        findings.append(f"{case['name']}: a logit or the temperature is outside the stated range")
    expected = case["expected"]
    if not logits:
        if expected != {"probs": [], "logProbs": []}:
            findings.append(f"{case['name']}: an empty list must give empty results")
        return
    probs, logs = exact_softmax([Fraction(x) / temperature for x in logits])
    for key, exact in (("probs", probs), ("logProbs", logs)):
        for i, (want, value) in enumerate(zip(expected[key], exact)):
            if not close(want, value):
                findings.append(f"{case['name']}: {key}[{i}] expected {want!r}, exact {value:.20g}")
                return
    # The usual z - logsumexp(z) in doubles loses about two ulps of the largest |z| (the rounding of
    # z and of the sum's logarithm added to it): the tolerance must absorb that, or it fails a correct solution.
    slack = 2 * math.ulp(max(abs(float(Fraction(x) / temperature)) for x in logits))
    for i, value in enumerate(logs):
        if slack > max(1e-9 * abs(float(value)), 1e-12):
            findings.append(f"{case['name']}: logProbs[{i}] is within rounding of z - logsumexp(z) ({slack:.3g}) of the tolerance")
            return


def exact_attention_row(query, keys, values):
    """One attention output row in 60 digits: softmax(q.k / sqrt(d_k)) over the keys, times the values."""
    root = dec(len(query)).sqrt()
    scores = [dec(sum(Fraction(a) * Fraction(b) for a, b in zip(query, key))) / root for key in keys]
    top = max(scores)
    weights = [(score - top).exp() for score in scores]
    total = sum(weights, Decimal(0))
    return [sum((w * dec(value[c]) for w, value in zip(weights, values)), Decimal(0)) / total
            for c in range(len(values[0]))]


def audit_causal_attention(case, findings):
    q, k, v, causal = case["args"]
    # The statement promises entries that make every dot product exact: multiples of 1/8, |x| <= 100, d_k <= 16.
    entries = [x for matrix in (q, k, v) for row in matrix for x in row]
    if len(q[0]) > 16 or any((Fraction(x) * 8).denominator != 1 or abs(x) > 100 for x in entries):
        findings.append(f"{case['name']}: an entry or d_k is outside the promised range")
    for i, (query, want) in enumerate(zip(q, case["expected"])):
        visible = min(i + 1, len(k)) if causal else len(k)
        for c, (got, exact) in enumerate(zip(want, exact_attention_row(query, k[:visible], v[:visible]))):
            if not close(got, exact):
                findings.append(f"{case['name']}: out[{i}][{c}] expected {got!r}, exact {exact:.20g}")
                return


def _lcs_length(a, b):
    previous = [0] * (len(b) + 1)
    for token in a:
        current = [0] * (len(b) + 1)
        for j, other in enumerate(b, start=1):
            current[j] = previous[j - 1] + 1 if token == other else max(previous[j], current[j - 1])
        previous = current
    return previous[-1]


def audit_rouge_l(case, findings):
    candidate, reference, beta = case["args"]
    ascii_tokens = lambda text: [t.lower() for t in re.findall(r"[A-Za-z0-9]+", text)]  # noqa: E731
    cand, ref = ascii_tokens(candidate), ascii_tokens(reference)
    common = _lcs_length(cand, ref)
    exact = {"precision": Fraction(0), "recall": Fraction(0), "f": Fraction(0)}
    if common:
        p, r, b2 = Fraction(common, len(cand)), Fraction(common, len(ref)), Fraction(beta) ** 2
        exact = {"precision": p, "recall": r, "f": (1 + b2) * p * r / (r + b2 * p)}
    for key, value in exact.items():
        if not close(case["expected"][key], dec(value)):
            findings.append(f"{case['name']}: {key} expected {case['expected'][key]!r}, exact {dec(value):.20g}")


def mulberry32_numerators(seed, count):
    """The statement's generator as integers: each draw is numerator / 2^32, exactly."""
    state, out = seed & 0xFFFFFFFF, []
    for _ in range(count):
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = ((state ^ (state >> 15)) * (state | 1)) & 0xFFFFFFFF
        t ^= (t + ((t ^ (t >> 7)) * (t | 61))) & 0xFFFFFFFF
        out.append((t ^ (t >> 14)) & 0xFFFFFFFF)
    return out


def audit_top_p_sampling(case, findings):
    logits, temperature, top_k, top_p, seed, draws = case["args"]
    name = case["name"]
    order = sorted(range(len(logits)), key=lambda i: (-logits[i], i))
    t = Fraction(temperature)
    weights = {i: dec(Fraction(logits[i]) / t - Fraction(logits[order[0]]) / t).exp() for i in order}
    # Sorting by float probability must give the same order: distinct logits, distinct non-zero floats.
    floats = {i: math.exp(logits[i] / temperature - logits[order[0]] / temperature) for i in order}
    for left, right in zip(order, order[1:]):
        if logits[left] != logits[right] and not floats[left] > floats[right] > 0:
            findings.append(f"{name}: tokens {left} and {right} have different logits but not different float probabilities")
            return
    kept = order[:top_k] if top_k > 0 else order
    if top_p < 1:
        total = sum((weights[i] for i in kept), Decimal(0))
        cumulative, size = Decimal(0), 0
        for i in kept:
            cumulative += weights[i] / total
            size += 1
            if not far_apart(cumulative, dec(top_p)):
                findings.append(f"{name}: a cumulative sum of the top-p cut is within {GAP} of top_p")
            if cumulative >= dec(top_p):
                break
        kept = kept[:size]
    total = sum((weights[i] for i in kept), Decimal(0))
    cumulative, bounds = Decimal(0), []
    for i in kept:
        cumulative += weights[i] / total
        bounds.append(cumulative)
    chosen = []
    for draw, numerator in enumerate(mulberry32_numerators(seed, draws)):
        u = Decimal(numerator) / Decimal(2**32)
        if any(abs(u - bound) <= Decimal(GAP) for bound in bounds[:-1]):
            findings.append(f"{name}: draw {draw} is within {GAP} of a cumulative sum")
        chosen.append(next((i for i, bound in zip(kept, bounds) if u < bound), kept[-1]))
    if chosen != case["expected"]:
        findings.append(f"{name}: expected {case['expected'][:10]}, exact {chosen[:10]}")


def audit_tenant_semantic_cache(case, findings):
    """Replays the script exactly: integer clock, exact cosines, the stated tie and eviction rules."""
    script = case["args"][0]
    name, threshold, ttl = case["name"], script["threshold"], script["ttl"]
    clock, sequence, tenants, results = script.get("start", 0), 0, {}, []
    for value in [clock, ttl] + [op[1] for op in script["ops"] if op[0] == "at"]:
        if not isinstance(value, int):
            findings.append(f"{name}: times must be integer milliseconds, got {value!r}")

    def live(tenant):
        entries = [entry for entry in tenants.get(tenant, []) if clock - entry["at"] < ttl]
        tenants[tenant] = entries
        return entries

    for index, op in enumerate(script["ops"]):
        if op[0] == "at":
            if op[1] < clock:
                findings.append(f"{name}: the clock goes backwards at op {index}")
            clock = op[1]
        elif op[0] == "put":
            entries, sequence = live(op[1]), sequence + 1
            same = next((entry for entry in entries if entry["embedding"] == op[2]), None)
            if same:
                same.update(answer=op[3], at=clock, seq=sequence)
                continue
            if len(entries) >= script["max"]:
                entries.remove(min(entries, key=lambda entry: entry["seq"]))
            entries.append({"embedding": op[2], "answer": op[3], "at": clock, "seq": sequence})
        elif op[0] == "get":
            entries = live(op[1])
            if not entries:
                results.append(None)
                continue
            exact = {entry["seq"]: ExactCosine(op[2], entry["embedding"]) for entry in entries}
            floats = {entry["seq"]: cosine_formulas(op[2], entry["embedding"]) for entry in entries}
            ranked = sorted(exact, key=lambda seq: (exact[seq].key(), seq), reverse=True)
            best = ranked[0]
            # The best must beat the runner-up clearly, or tie with it exactly under every formula.
            check_ranking(findings, f"{name} (get at op {index})", exact, lambda seq: (tuple(-k for k in exact[seq].key()), -seq),
                          [best], 1, floats)
            hit = exact[best].at_least(threshold)
            if exact[best].equals(threshold):
                for formula, value in floats[best].items():
                    if (value >= threshold) != hit:
                        findings.append(f"{name}: get at op {index} is exactly at the threshold, but {formula} gives {value!r}")
            elif not far_apart(exact[best].decimal(), dec(threshold)):
                findings.append(f"{name}: get at op {index} is within {GAP} of the threshold")
            results.append(next(entry["answer"] for entry in entries if entry["seq"] == best) if hit else None)
        elif op[0] == "size":
            results.append(len(live(op[1])))
    if results != case["expected"]:
        findings.append(f"{name}: expected {case['expected']}, exact replay gives {results}")


def audit_ndcg_at_k(case, findings):
    queries, k = case["args"]
    log2 = lambda x: Decimal(x).ln() / Decimal(2).ln()  # noqa: E731
    scores = []
    for query in queries:
        grades = query["grades"]
        ideal = sorted(grades.values(), reverse=True)[:k]
        ideal_dcg = sum((Decimal(2 ** g - 1) / log2(rank + 1) for rank, g in enumerate(ideal, start=1)), Decimal(0))
        seen, dcg = set(), Decimal(0)
        for rank, doc in enumerate(query["ranking"][:k], start=1):
            if doc not in seen:
                dcg += Decimal(2 ** grades.get(doc, 0) - 1) / log2(rank + 1)
            seen.add(doc)
        scores.append(dcg / ideal_dcg if ideal_dcg else None)
    counted = [score for score in scores if score is not None]
    exact = {"scores": scores, "mean": sum(counted, Decimal(0)) / len(counted) if counted else None}
    pairs = list(zip(case["expected"]["scores"], scores)) + [(case["expected"]["mean"], exact["mean"])]
    if len(case["expected"]["scores"]) != len(scores):
        findings.append(f"{case['name']}: expected {len(case['expected']['scores'])} scores for {len(scores)} queries")
    for i, (want, value) in enumerate(pairs):
        if (want is None) != (value is None) or (value is not None and not close(want, value)):
            findings.append(f"{case['name']}: value {i} expected {want!r}, exact {value}")


def audit_expected_calibration_error(case, findings):
    confidences, correct, bins = case["args"]
    groups = {}
    for i, p in enumerate(confidences):
        exact_p = Fraction(p)
        bin_index = max(0, math.ceil(exact_p * bins) - 1)
        # The bin under the ways solutions usually compute it, all of which must agree.
        cumulative, edge = 0.0, []
        for _ in range(bins):
            cumulative += 1 / bins
            edge.append(cumulative)
        formulas = {
            "ceil(p * M) - 1": max(0, math.ceil(p * bins) - 1),
            "p <= (i + 1) / M": next((b for b in range(bins) if p <= (b + 1) / bins), None),
            "p <= (i + 1) * (1 / M)": next((b for b in range(bins) if p <= (b + 1) * (1 / bins)), None),
            "cumulative edges": next((b for b, e in enumerate(edge) if p <= e), None),
        }
        for formula, got in formulas.items():
            if got != bin_index:
                findings.append(f"{case['name']}: confidence {i} ({p!r}) lands in bin {got} by {formula}, exactly in {bin_index}")
        if (exact_p * bins).denominator != 1 and not far_apart(dec(exact_p * bins), round(exact_p * bins)):
            findings.append(f"{case['name']}: confidence {i} ({p!r}) is within {GAP} of a bin edge")
        groups.setdefault(bin_index, []).append((exact_p, correct[i]))
    exact = sum(abs(sum(int(c) for _, c in group) - sum(p for p, _ in group)) for group in groups.values()) / len(confidences)
    if not close(case["expected"], dec(exact)):
        findings.append(f"{case['name']}: expected {case['expected']!r}, exact {dec(exact):.20g}")


def audit_bootstrap_ci(case, findings):
    values, resamples, level, seed = case["args"]
    n, state, means = len(values), seed, []
    exact_values = [Fraction(v) for v in values]
    for v in exact_values:
        if (v * 64).denominator != 1 or abs(v) > 1000:
            findings.append(f"{case['name']}: value {v} is not a multiple of 1/64 within 1000")
            return
    sixty_fourths = [int(v * 64) for v in exact_values]  # integer sums stay exact and fast
    for _ in range(resamples):
        total = 0
        for _ in range(n):
            state = (state * 1664525 + 1013904223) % 4294967296
            total += sixty_fourths[state * n // 4294967296]
        means.append(Fraction(total, 64 * n))
    means.sort()
    j = resamples * (100 - level) // 200
    exact = {"mean": sum(exact_values) / n, "lower": means[j], "upper": means[resamples - 1 - j]}
    for key, value in exact.items():
        if not close(case["expected"][key], dec(value)):
            findings.append(f"{case['name']}: {key} expected {case['expected'][key]!r}, exact {dec(value):.20g}")


def audit_cohens_kappa(case, findings):
    judge, human, labels, weights = case["args"]
    k, n = len(labels), len(judge)
    index = {label: i for i, label in enumerate(labels)}
    weight = {"none": lambda i, j: Fraction(int(i != j)),
              "linear": lambda i, j: Fraction(abs(i - j), max(k - 1, 1)),
              "quadratic": lambda i, j: Fraction(i - j, max(k - 1, 1)) ** 2}[weights]
    judge_counts, human_counts = [0] * k, [0] * k
    observed = Fraction(0)
    for a, b in zip(judge, human):
        observed += weight(index[a], index[b]) / n
        judge_counts[index[a]] += 1
        human_counts[index[b]] += 1
    chance = sum(weight(i, j) * Fraction(judge_counts[i] * human_counts[j], n * n) for i in range(k) for j in range(k))
    if chance == 0:
        if case["expected"] is not None:
            findings.append(f"{case['name']}: kappa is undefined but {case['expected']!r} is expected")
    elif case["expected"] is None or not close(case["expected"], dec(1 - observed / chance)):
        findings.append(f"{case['name']}: expected {case['expected']!r}, exact {dec(1 - observed / chance):.20g}")


def audit_beam_search(case, findings):
    table, width, max_length, end, normalize = case["args"]
    name = case["name"]
    if any((Fraction(lp) * 64).denominator != 1 for options in table.values() for _, lp in options):
        findings.append(f"{name}: a log-probability is not a multiple of 1/64")
    live, finished = [([], Fraction(0))], []
    while live and len(live[0][0]) < max_length:
        candidates = [(tokens + [token], score + Fraction(lp)) for tokens, score in live for token, lp in table.get(" ".join(tokens), [])]
        selected = sorted(candidates, key=lambda c: (-c[1], c[0]))[:width]
        finished += [c for c in selected if c[0][-1] == end]
        live = [c for c in selected if c[0][-1] != end]
    finished += live
    rank = {tuple(t): s / len(t) if normalize else s for t, s in finished}
    finished.sort(key=lambda h: (-rank[tuple(h[0])], h[0]))
    for (left, _), (right, _) in zip(finished, finished[1:]):
        a, b = rank[tuple(left)], rank[tuple(right)]
        if a != b and not far_apart(dec(a), dec(b)):
            findings.append(f"{name}: ranking values of {left} and {right} differ by less than {GAP} without tying")
    if [{"tokens": t, "score": float(s)} for t, s in finished] != case["expected"]:
        findings.append(f"{name}: the expected hypotheses differ from the exact beam search")


def audit_kv_cache_decode(case, findings):
    weights, ops = case["args"]
    name = case["name"]
    exact = {key: [[Fraction(x) for x in row] for row in matrix] for key, matrix in weights.items()}
    entries = [x for matrix in weights.values() for row in matrix for x in row] + [x for op in ops if op[0] == "step" for x in op[1]]
    if len(weights["wq"]) > 8 or len(weights["wq"][0]) > 8 or any((Fraction(x) * 8).denominator != 1 or abs(x) > 16 for x in entries):
        findings.append(f"{name}: an entry or a dimension is outside the promised range")
    times = lambda x, m: [sum(x[r] * m[r][c] for r in range(len(x))) for c in range(len(m[0]))]  # noqa: E731
    root = dec(len(weights["wq"][0])).sqrt()
    keys, values, results = [], [], []
    for op in ops:
        if op[0] == "length":
            results.append(len(keys))
        elif op[0] == "truncate":
            if isinstance(op[1], int) and 0 <= op[1] <= len(keys):
                del keys[op[1]:], values[op[1]:]
                results.append(None)
            else:
                results.append("error")
        elif len(op[1]) != len(weights["wq"]):
            results.append("error")
        else:
            x = [Fraction(v) for v in op[1]]
            query = times(x, exact["wq"])
            keys.append(times(x, exact["wk"]))
            values.append(times(x, exact["wv"]))
            scores = [dec(sum(a * b for a, b in zip(query, key))) / root for key in keys]
            if max(abs(score) for score in scores) >= 10000:
                findings.append(f"{name}: a score reaches 1e4")
            top = max(scores)
            mix = [(score - top).exp() for score in scores]
            total = sum(mix, Decimal(0))
            head = [sum((w * dec(value[c]) for w, value in zip(mix, values)), Decimal(0)) / total for c in range(len(query))]
            results.append([sum((head[r] * dec(exact["wo"][r][c]) for r in range(len(head))), Decimal(0)) for c in range(len(exact["wo"][0]))])
    for index, (want, got) in enumerate(zip(case["expected"], results)):
        same = want == got if not isinstance(got, list) else len(want) == len(got) and all(close(w, g) for w, g in zip(want, got))
        if not same:
            findings.append(f"{name}: result {index} expected {want!r}, exact {got}")
            return
    if len(case["expected"]) != len(results):
        findings.append(f"{name}: {len(case['expected'])} results expected, {len(results)} replayed")


AUDITS = {
    "cosine-similarity": audit_cosine_similarity,
    "top-k-similar": audit_top_k_similar,
    "semantic-dedup": audit_semantic_dedup,
    "reciprocal-rank-fusion": audit_reciprocal_rank_fusion,
    "tfidf-search": audit_tfidf_search,
    "token-bucket": audit_token_bucket,
    "retry-with-backoff": audit_retry_with_backoff,
    "lru-cache-ttl": audit_lru_cache_ttl,
    "sliding-window-limiter": audit_sliding_window_limiter,
    "circuit-breaker": audit_circuit_breaker,
    "concurrent-batch-runner": audit_concurrent_batch_runner,
    "bm25": audit_bm25,
    "retrieval-metrics": audit_retrieval_metrics,
    "unbiased-pass-at-k": audit_pass_at_k,
    "cohens-kappa": audit_cohens_kappa,
    "ndcg-at-k": audit_ndcg_at_k,
    "expected-calibration-error": audit_expected_calibration_error,
    "bootstrap-ci": audit_bootstrap_ci,
    "stable-softmax": audit_stable_softmax,
    "causal-attention": audit_causal_attention,
    "rouge-l": audit_rouge_l,
    "top-p-sampling": audit_top_p_sampling,
    "beam-search": audit_beam_search,
    "kv-cache-decode": audit_kv_cache_decode,
    "tenant-semantic-cache": audit_tenant_semantic_cache,
}

# Ranking problems: ids in the tests stay in the Basic Multilingual Plane, where code-unit
# (TypeScript) and code-point (Python) order agree.
ID_ORDERED = {"top-k-similar", "reciprocal-rank-fusion", "kway-merge-topk"}


def all_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from all_strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from all_strings(item)


def main(problems_dir, only):
    report = {}
    for problem in sorted(os.listdir(problems_dir)):
        cases_path = os.path.join(problems_dir, problem, "cases.json")
        if not os.path.exists(cases_path):
            continue
        with open(cases_path, encoding="utf-8") as handle:
            suite = json.load(handle)
        findings, audited = [], 0
        audit = AUDITS.get(problem)
        if only and problem not in only:
            continue
        for case in suite["cases"]:
            if problem in ID_ORDERED and not all(is_bmp(s) for s in all_strings(case["args"])):
                findings.append(f"{case['name']}: a string outside the Basic Multilingual Plane")
            if audit and not case.get("throws"):
                audit(case, findings)
                audited += 1
        report[problem] = {"audited": audited, "findings": findings, "exact": audit is not None}
    json.dump({"problems": report}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
