def merge_citation_spans(spans: list[dict]) -> list[dict]:
    for span in spans:
        if span["start"] < 0 or span["start"] > span["end"]:
            raise ValueError(f"invalid span [{span['start']}, {span['end']})")
    # Sweep by start; each group keeps its members' input positions so that its sources
    # come out in input order, not text order.
    groups = []
    for index in sorted(range(len(spans)), key=lambda i: spans[i]["start"]):
        start, end = spans[index]["start"], spans[index]["end"]
        if groups and start <= groups[-1]["end"]:
            groups[-1]["end"] = max(groups[-1]["end"], end)
            groups[-1]["members"].append(index)
        else:
            groups.append({"start": start, "end": end, "members": [index]})
    merged = []
    for group in groups:
        sources = {}
        for index in sorted(group["members"]):
            for source in spans[index]["sources"]:
                sources.setdefault(source, None)
        merged.append({"start": group["start"], "end": group["end"], "sources": list(sources)})
    return merged
