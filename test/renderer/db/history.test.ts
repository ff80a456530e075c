import { describe, expect, it } from 'vitest';
import { fieldHistory, formHistory, openQuery, setItemValue, setMissingReason, clearItem, completeForm, subjectHistory, visitHistory } from '../../../renderer/db';
import { LAB } from '../../shared/events/builders';
import { expectOk, MONITOR, NURSE, openTestStore } from './helpers';
import { bilirubin, enrolled } from './fixtures';

describe('history repository', () => {
  it('gives every value and missing reason of a field with who, when and why, oldest first', async () => {
    const store = await openTestStore();
    await enrolled(store);
    expectOk(await setItemValue(store, NURSE, LAB, bilirubin(88.9)));
    expectOk(await setItemValue(store, NURSE, { ...LAB, itemId: 'inr' }, { entered: '1.6', value: 1.6 }));
    expectOk(await completeForm(store, NURSE, LAB));
    expectOk(await setMissingReason(store, NURSE, LAB, { code: 'NOT DONE' }, 'sample was from another patient'));
    expectOk(await setItemValue(store, NURSE, LAB, bilirubin(92.1), 'repeat sample'));
    expectOk(await clearItem(store, NURSE, LAB, 'entered on the wrong visit'));

    const history = await fieldHistory(store, LAB);
    expect(history.map((h) => [h.kind, h.value ?? h.missing?.code ?? null, h.reason ?? null])).toEqual([
      ['value', 88.9, null],
      ['missing', 'NOT DONE', 'sample was from another patient'],
      ['value', 92.1, 'repeat sample'],
      ['cleared', null, 'entered on the wrong visit'],
    ]);
    expect(history[0]).toMatchObject({ stamp: { userId: 'u-nurse', role: 'nurse', at: expect.any(String) }, protocolVersion: '1.0' });
    expect(history.map((h) => h.stamp.at)).toEqual([...history.map((h) => h.stamp.at)].sort());
  });

  it('lists the events of a subject, a visit and a form', async () => {
    const store = await openTestStore();
    await enrolled(store);
    expectOk(await setItemValue(store, NURSE, LAB, bilirubin(88.9)));
    expectOk(await setItemValue(store, NURSE, { ...LAB, formId: 'vitals', itemId: 'heartRate' }, { entered: '88', value: 88 }));
    expectOk(await openQuery(store, MONITOR, { subjectId: 'subj-1' }, 'Consent date missing'));
    expect((await subjectHistory(store, 'subj-1')).map((e) => e.type)).toEqual([
      'subject.screened',
      'subject.enrolled',
      'item.valueSet',
      'item.valueSet',
      'query.opened',
    ]);
    expect(await visitHistory(store, 'subj-1', 'W4')).toHaveLength(2);
    expect((await formHistory(store, 'subj-1', 'W4', 'vitals')).map((e) => e.itemId)).toEqual(['heartRate']);
  });
});
