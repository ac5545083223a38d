export type Field = [key: string, value: unknown];

type Container = { kind: 'object'; value: Record<string, unknown>; key: string } | { kind: 'array'; value: unknown[] };

// What the grammar allows at the next character that is not inside a token.
type Expect = 'document' | 'first-key' | 'key' | 'colon' | 'value' | 'first-value' | 'after-value' | 'trailing';

// Number states, named by what was read last; the accepting ones can end the number.
type NumberState = 'sign' | 'zero' | 'int' | 'dot' | 'frac' | 'exp' | 'exp-sign' | 'exp-digits';
const ACCEPTING: ReadonlySet<NumberState> = new Set(['zero', 'int', 'frac', 'exp-digits']);

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const WORDS: Record<string, { text: string; value: unknown }> = {
  t: { text: 'true', value: true },
  f: { text: 'false', value: false },
  n: { text: 'null', value: null },
};

const isDigit = (c: string) => c >= '0' && c <= '9';
const isHex = (c: string) => isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

function numberStep(state: NumberState | undefined, c: string): NumberState | undefined {
  switch (state) {
    case undefined:
      return c === '-' ? 'sign' : c === '0' ? 'zero' : isDigit(c) ? 'int' : undefined;
    case 'sign':
      return c === '0' ? 'zero' : isDigit(c) ? 'int' : undefined;
    case 'zero':
      return c === '.' ? 'dot' : c === 'e' || c === 'E' ? 'exp' : undefined;
    case 'int':
      return isDigit(c) ? 'int' : c === '.' ? 'dot' : c === 'e' || c === 'E' ? 'exp' : undefined;
    case 'dot':
      return isDigit(c) ? 'frac' : undefined;
    case 'frac':
      return isDigit(c) ? 'frac' : c === 'e' || c === 'E' ? 'exp' : undefined;
    case 'exp':
      return c === '+' || c === '-' ? 'exp-sign' : isDigit(c) ? 'exp-digits' : undefined;
    case 'exp-sign':
    case 'exp-digits':
      return isDigit(c) ? 'exp-digits' : undefined;
  }
}

export class PartialJsonStream {
  private expect: Expect = 'document';
  private readonly stack: Container[] = [];
  private broken = false;
  // The token being read, if any: a string (key or value), a number or a bare word.
  private token:
    | { kind: 'string'; isKey: boolean; text: string; escape: boolean; hex: string | undefined }
    | { kind: 'number'; text: string; state: NumberState }
    | { kind: 'word'; text: string; read: number; value: unknown }
    | undefined;
  private completed: Field[] = [];

  push(chunk: string): Field[] {
    if (this.broken) throw new SyntaxError('the stream already failed');
    this.completed = [];
    try {
      for (const c of chunk) this.read(c);
    } catch (error) {
      this.broken = true;
      throw error;
    }
    return this.completed;
  }

  end(): void {
    if (this.broken) throw new SyntaxError('the stream already failed');
    if (this.expect !== 'trailing') {
      this.broken = true;
      throw new SyntaxError('the stream ended before the object was complete');
    }
  }

  private read(c: string): void {
    const token = this.token;
    if (token?.kind === 'string') return this.readString(token, c);
    if (token?.kind === 'word') {
      if (c !== token.text[token.read]) throw new SyntaxError(`expected "${token.text}"`);
      if (++token.read === token.text.length) {
        this.token = undefined;
        this.value(token.value);
      }
      return;
    }
    if (token?.kind === 'number') {
      const next = numberStep(token.state, c);
      if (next) {
        token.text += c;
        token.state = next;
        return;
      }
      if (!ACCEPTING.has(token.state)) throw new SyntaxError(`unfinished number "${token.text}"`);
      this.token = undefined;
      this.value(JSON.parse(token.text));
      // The delimiter that ended the number is read as itself.
    }
    if (WHITESPACE.has(c)) return;
    this.structural(c);
  }

  private structural(c: string): void {
    switch (this.expect) {
      case 'document':
        if (c !== '{') throw new SyntaxError('the document must be an object');
        return this.open({ kind: 'object', value: {}, key: '' });
      case 'first-key':
      case 'key':
        if (c === '"') return void (this.token = { kind: 'string', isKey: true, text: '', escape: false, hex: undefined });
        if (c === '}' && this.expect === 'first-key') return this.close();
        throw new SyntaxError(`unexpected "${c}" where a key belongs`);
      case 'colon':
        if (c !== ':') throw new SyntaxError(`expected ":" but got "${c}"`);
        return void (this.expect = 'value');
      case 'first-value':
        if (c === ']') return this.close();
      // falls through: otherwise a value starts
      case 'value':
        return this.startValue(c);
      case 'after-value': {
        const top = this.stack[this.stack.length - 1]!;
        if (c === ',') return void (this.expect = top.kind === 'object' ? 'key' : 'value');
        if (c === (top.kind === 'object' ? '}' : ']')) return this.close();
        throw new SyntaxError(`unexpected "${c}" after a value`);
      }
      case 'trailing':
        throw new SyntaxError('text after the end of the object');
    }
  }

  private startValue(c: string): void {
    if (c === '{') return this.open({ kind: 'object', value: {}, key: '' });
    if (c === '[') return this.open({ kind: 'array', value: [] });
    if (c === '"') return void (this.token = { kind: 'string', isKey: false, text: '', escape: false, hex: undefined });
    const word = WORDS[c];
    if (word) return void (this.token = { kind: 'word', text: word.text, read: 1, value: word.value });
    const state = numberStep(undefined, c);
    if (state) return void (this.token = { kind: 'number', text: c, state });
    throw new SyntaxError(`unexpected "${c}" where a value belongs`);
  }

  private readString(token: { isKey: boolean; text: string; escape: boolean; hex: string | undefined }, c: string): void {
    if (token.hex !== undefined) {
      if (!isHex(c)) throw new SyntaxError(`bad \\u escape digit "${c}"`);
      token.hex += c;
      if (token.hex.length === 4) {
        token.text += String.fromCharCode(parseInt(token.hex, 16));
        token.hex = undefined;
      }
    } else if (token.escape) {
      token.escape = false;
      if (c === 'u') token.hex = '';
      else if (c in SIMPLE_ESCAPES) token.text += SIMPLE_ESCAPES[c];
      else throw new SyntaxError(`bad escape "\\${c}"`);
    } else if (c === '\\') {
      token.escape = true;
    } else if (c === '"') {
      this.token = undefined;
      if (token.isKey) {
        (this.stack[this.stack.length - 1] as { key: string }).key = token.text;
        this.expect = 'colon';
      } else {
        this.value(token.text);
      }
    } else if (c < ' ') {
      throw new SyntaxError('a control character inside a string');
    } else {
      token.text += c;
    }
  }

  private open(container: Container): void {
    this.stack.push(container);
    this.expect = container.kind === 'object' ? 'first-key' : 'first-value';
  }

  private close(): void {
    const container = this.stack.pop()!;
    if (this.stack.length === 0) this.expect = 'trailing';
    else this.value(container.value);
  }

  /** A complete value: store it in its container; a member of the outer object is reported. */
  private value(value: unknown): void {
    const top = this.stack[this.stack.length - 1]!;
    if (top.kind === 'array') top.value.push(value);
    else {
      top.value[top.key] = value;
      if (this.stack.length === 1) this.completed.push([top.key, value]);
    }
    this.expect = 'after-value';
  }
}
