// Pushes the chunks into one parser, then ends it. One result per call: the fields a push
// reported, or "error" where it threw a SyntaxError; "ok" or "error" for end(). Any other
// exception is a crash and fails the case.
exports.run = (PartialJsonStream, [chunks]) => {
  const parser = new PartialJsonStream();
  const attempt = (call) => {
    try {
      return call();
    } catch (error) {
      if (error instanceof SyntaxError) return 'error';
      throw error;
    }
  };
  const results = chunks.map((chunk) => attempt(() => parser.push(chunk)));
  results.push(attempt(() => (parser.end(), 'ok')));
  return results;
};
