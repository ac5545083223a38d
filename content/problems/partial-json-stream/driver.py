# Pushes the chunks into one parser, then ends it. One result per call: the fields a push
# reported (as lists), or "error" where it raised ValueError; "ok" or "error" for end(). Any other
# exception is a crash and fails the case.
def run(PartialJsonStream, args):
    parser = PartialJsonStream()

    def attempt(call):
        try:
            return call()
        except ValueError:
            return "error"

    results = [attempt(lambda: [list(field) for field in parser.push(chunk)]) for chunk in args[0]]
    results.append(attempt(lambda: (parser.end(), "ok")[1]))
    return results
