// Feeds the chunks to one parser and returns, per chunk, the events it completed.
exports.run = (SseParser, [chunks]) => {
  const parser = new SseParser();
  return chunks.map((chunk) => parser.feed(chunk));
};
