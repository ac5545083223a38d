// The light Markdown of model answers (paragraphs, `- ` lists, **bold**, `code`) as DOM
// nodes built with textContent: no HTML string is ever parsed, so content cannot inject markup.

function inline(text: string): Node[] {
  return text.split(/(\*\*[^*]+\*\*|`[^`]+`)/).flatMap((part): Node[] => {
    if (!part) return [];
    if (part.startsWith('**') && part.endsWith('**')) {
      const strong = document.createElement('strong');
      strong.textContent = part.slice(2, -2);
      return [strong];
    }
    if (part.startsWith('`') && part.endsWith('`')) {
      const code = document.createElement('code');
      code.textContent = part.slice(1, -1);
      return [code];
    }
    return [document.createTextNode(part)];
  });
}

export function renderMarkdown(markdown: string): HTMLElement[] {
  return markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((line) => line.startsWith('- '))) {
        const list = document.createElement('ul');
        for (const line of lines) {
          const item = document.createElement('li');
          item.append(...inline(line.slice(2)));
          list.append(item);
        }
        return list;
      }
      const paragraph = document.createElement('p');
      paragraph.append(...inline(lines.join(' ')));
      return paragraph;
    });
}
