import { describe, expect, it } from 'vitest';
import { isItemId } from '../../../shared/catalogue';
import { canAnswerNone, isNoneAnswer, LOG_NONE_ITEM, logAnswer } from '../../../shared/forms';

describe('the "none to report" answer of a log', () => {
  it('is not a catalogue id, so no form (protocols list catalogue items only) can have it as a row’s field', () => {
    expect(isItemId(LOG_NONE_ITEM)).toBe(false);
  });

  it('tells the four states of a log apart', () => {
    expect(logAnswer(0, false)).toBe('unanswered');
    expect(logAnswer(0, true)).toBe('none');
    expect(logAnswer(2, false)).toBe('rows');
    expect(logAnswer(1, true)).toBe('contradicted');
  });

  it('may be answered only on an empty log', () => {
    expect(canAnswerNone(0)).toBe(true);
    expect(canAnswerNone(1)).toBe(false);
  });

  it('reads only a stored value true as "none"', () => {
    expect(isNoneAnswer({ kind: 'value', value: true })).toBe(true);
    expect(isNoneAnswer({ kind: 'value', value: 'true' })).toBe(false);
    expect(isNoneAnswer({ kind: 'value', value: false })).toBe(false);
    expect(isNoneAnswer({ kind: 'cleared' })).toBe(false);
    expect(isNoneAnswer({ kind: 'missing' })).toBe(false);
    expect(isNoneAnswer(undefined)).toBe(false);
  });
});
