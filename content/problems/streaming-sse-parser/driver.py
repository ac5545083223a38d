# Feeds the chunks to one parser and returns, per chunk, the events it completed.
def run(SseParser, args):
    parser = SseParser()
    return [parser.feed(chunk) for chunk in args[0]]
