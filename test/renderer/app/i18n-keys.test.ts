import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { zh } from '../../../renderer/i18n/zh';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  const english = leaves(en);
  const chinese = leaves(zh);

  it('have exactly the same keys in English and Chinese', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('are never empty, and use the same interpolation variables in both languages', () => {
    for (const [key, text] of english) {
      const other = chinese.get(key) ?? '';
      expect(text.trim(), key).not.toBe('');
      expect(other.trim(), key).not.toBe('');
      expect(variables(other), key).toEqual(variables(text));
    }
  });

  it('are really translated (Chinese text differs from English except for names of languages)', () => {
    const untranslated = [...english].filter(([key, text]) => chinese.get(key) === text && !key.startsWith('language.'));
    expect(untranslated).toEqual([]);
  });
});
