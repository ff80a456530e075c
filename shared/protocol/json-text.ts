/**
 * JSON text → value, with the line and column of the first syntax error. JSON.parse messages differ
 * between engines and often omit the position, so on failure a small scanner walks the text to find
 * where it stops being JSON. Pure; used by the command line and any import dialog.
 */

export type JsonTextResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly message: string };

class JsonSyntaxError extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

const WS = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** Throws JsonSyntaxError at the first place the text is not JSON (RFC 8259). */
function scan(text: string): void {
  let i = 0;
  const peek = (): string | undefined => text[i];
  const fail = (what: string): never => {
    throw new JsonSyntaxError(i, i >= text.length ? `unexpected end of input, expected ${what}` : `unexpected ${JSON.stringify(text[i])}, expected ${what}`);
  };
  const ws = (): void => {
    while (i < text.length && WS.has(text[i] ?? '')) i += 1;
  };
  const expect = (char: string, what = `"${char}"`): void => {
    if (peek() !== char) fail(what);
    i += 1;
  };
  const string = (): void => {
    expect('"', 'a string');
    for (;;) {
      const c = peek();
      if (c === undefined) fail('a closing quote');
      if (c === '"') return void (i += 1);
      if (c !== undefined && c < ' ') fail('no control character inside a string');
      if (c === '\\') {
        i += 1;
        if (peek() === 'u') {
          i += 1;
          for (let k = 0; k < 4; k += 1) if (!/[0-9a-fA-F]/.test(peek() ?? '')) fail('a hexadecimal digit');
          else i += 1;
        } else if (!ESCAPES.has(peek() ?? '')) fail('an escape character');
        else i += 1;
      } else i += 1;
    }
  };
  const digits = (): void => {
    if (!/[0-9]/.test(peek() ?? '')) fail('a digit');
    while (/[0-9]/.test(peek() ?? '')) i += 1;
  };
  const number = (): void => {
    if (peek() === '-') i += 1;
    if (peek() === '0') i += 1;
    else digits();
    if (peek() === '.') {
      i += 1;
      digits();
    }
    if (peek() === 'e' || peek() === 'E') {
      i += 1;
      if (peek() === '+' || peek() === '-') i += 1;
      digits();
    }
  };
  const literal = (word: string): void => {
    for (const c of word) expect(c, `"${word}"`);
  };
  const list = (close: string, member: () => void): void => {
    i += 1;
    ws();
    if (peek() === close) return void (i += 1);
    for (;;) {
      member();
      ws();
      if (peek() === close) return void (i += 1);
      expect(',', `"," or "${close}"`);
      ws();
    }
  };
  const value = (): void => {
    ws();
    const c = peek();
    if (c === '{') {
      list('}', () => {
        string();
        ws();
        expect(':');
        value();
      });
    }
    else if (c === '[') list(']', value);
    else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || /[0-9]/.test(c ?? '')) number();
    else fail('a value');
  };
  value();
  ws();
  if (i < text.length) fail('the end of the document');
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function parseJsonText(raw: string): JsonTextResult {
  // A byte-order mark is not JSON, but editors on Windows add one.
  const text = raw.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (parseError) {
    try {
      scan(text);
    } catch (error) {
      if (error instanceof JsonSyntaxError) return { ok: false, ...position(text, error.offset), message: error.message };
    }
    // The scanner found nothing (or ran out of stack on absurd nesting): report the engine's words.
    const message = parseError instanceof Error ? parseError.message.split('\n')[0] ?? '' : String(parseError);
    return { ok: false, line: 1, column: 1, message };
  }
}
