import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../shared/protocol';

const engineAccepts = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('parseJsonText', () => {
  it('parses JSON, accepting a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it.each([
    ['{\n  "id": }\n', 2, 9, 'unexpected "}", expected a value'],
    ['{"a": 1,}', 1, 9, 'unexpected "}", expected a string'],
    ['[1, 2', 1, 6, 'unexpected end of input, expected "," or "]"'],
    ['{"a" 1}', 1, 6, 'unexpected "1", expected ":"'],
    ['"tab\there"', 1, 5, 'unexpected "\\t", expected no control character inside a string'],
    ['01', 1, 2, 'unexpected "1", expected the end of the document'],
    ['{"a": tru}', 1, 10, 'unexpected "}", expected "true"'],
    ['', 1, 1, 'unexpected end of input, expected a value'],
    ['{"a":"\\x"}', 1, 8, 'unexpected "x", expected an escape character'],
  ])('%j fails at line %i, column %i: %s', (text, line, column, message) => {
    expect(parseJsonText(text)).toEqual({ ok: false, line, column, message });
  });

  it('agrees with JSON.parse on which texts are JSON, and always locates the error itself', () => {
    const token = fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '"', '1', '-', '0', '.5', 'e3', 'true', 'nul', ' ', '\n', '\\u00e9', 'x');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }).map((parts) => parts.join('')), (text) => {
        const result = parseJsonText(text);
        expect(result.ok).toBe(engineAccepts(text));
        if (!result.ok) expect(result.message).toMatch(/^unexpected /);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts whatever JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(parseJsonText(JSON.stringify(value, null, 2))).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) });
      }),
    );
  });
});
