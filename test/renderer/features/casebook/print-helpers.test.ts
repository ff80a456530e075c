import { describe, expect, it } from 'vitest';
import { PrintToPdfArgs } from '../../../../shared/bridge';
import { casebookFileName } from '../../../../renderer/features/casebook';
import { cssString } from '../../../../renderer/features/casebook/use-running-header';

describe('casebook print helpers', () => {
  it('names the PDF casebook-<subject>-<date>.pdf, always a valid bridge file name', () => {
    expect(casebookFileName('03-001', '2025-03-10')).toBe('casebook-03-001-2025-03-10.pdf');
    const odd = casebookFileName('a/b:c*"d\n', '2025-03-10');
    expect(odd).toBe('casebook-a_b_c_d_-2025-03-10.pdf');
    expect(PrintToPdfArgs.safeParse({ suggestedName: odd }).success).toBe(true);
  });

  it('writes the running header as a CSS string token, quotes and backslashes escaped', () => {
    expect(cssString('Casebook 03-001 · NCT05985863 v0.1')).toBe('"Casebook 03-001 · NCT05985863 v0.1"');
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"');
  });
});
