import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, ROLES, type EventType } from '../../../shared/events';
import { allowedEventTypes, canAppend, canAppendEvent, PERMISSIONS, POLICY_ROLES, SYSTEM_QUERY_ROLES, type PolicyRole } from '../../../shared/policy';

const may = (role: PolicyRole, type: EventType) => canAppend(role, type).ok;

describe('canAppend', () => {
  it('has a row for every event type, and every event role is a policy role', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...EVENT_TYPES].sort());
    for (const role of ROLES) expect(POLICY_ROLES).toContain(role);
  });

  it.each([
    ['monitor', 'item.valueSet', false],
    ['monitor', 'item.missingReasonSet', false],
    ['monitor', 'item.cleared', false],
    ['monitor', 'form.completed', false],
    ['monitor', 'query.opened', true],
    ['monitor', 'query.closed', true],
    ['monitor', 'query.reopened', true],
    ['monitor', 'query.answered', false],
    ['monitor', 'sdv.set', true],
    ['monitor', 'sdv.cleared', true],
    ['nurse', 'item.valueSet', true],
    ['nurse', 'query.answered', true],
    ['nurse', 'query.closed', false],
    ['nurse', 'query.reopened', false],
    ['nurse', 'query.opened', false],
    ['nurse', 'sdv.set', false],
    ['nurse', 'signature.applied', false],
    ['nurse', 'protocol.imported', false],
    ['investigator', 'signature.applied', true],
    ['investigator', 'signature.voided', true],
    ['investigator', 'item.valueSet', true],
    ['investigator', 'sdv.set', false],
    ['pharmacist', 'item.valueSet', true],
    ['pharmacist', 'signature.applied', false],
    ['data-manager', 'protocol.imported', true],
    ['data-manager', 'allocation.imported', true],
    ['data-manager', 'item.valueSet', false],
    ['data-manager', 'signature.applied', false],
  ] as const)('%s may append %s: %s', (role, type, expected) => {
    expect(may(role, type)).toBe(expected);
  });

  it('lets only the investigator sign, and nobody but data managers import', () => {
    const signers = POLICY_ROLES.filter((r) => may(r, 'signature.applied'));
    expect(signers).toEqual(['investigator']);
    expect(POLICY_ROLES.filter((r) => may(r, 'protocol.imported'))).toEqual(['data-manager']);
  });

  it('gives the administrator no trial data at all', () => {
    expect(allowedEventTypes('administrator')).toEqual([]);
  });

  it('explains a refusal in English and Chinese, naming who may', () => {
    const refused = canAppend('monitor', 'item.valueSet');
    expect(refused).toEqual({
      ok: false,
      issues: {
        code: 'policy.role-forbidden',
        role: 'monitor',
        eventType: 'item.valueSet',
        allowedRoles: ['nurse', 'investigator', 'pharmacist'],
        message: {
          en: 'A monitor may not change a value: only a research nurse, investigator or pharmacist may.',
          zh: '监查员无权修改数值：仅研究护士、研究者、药师可以操作。',
        },
      },
    });
    const closing = canAppend('nurse', 'query.closed');
    expect(closing.ok ? '' : closing.issues.message.en).toBe('A research nurse may not close a query: only a monitor may.');
  });

  it('is total: every role and event type gives a result whose refusal names the allowed roles', () => {
    fc.assert(
      fc.property(fc.constantFrom(...POLICY_ROLES), fc.constantFrom(...EVENT_TYPES), (role, type) => {
        const result = canAppend(role, type);
        if (result.ok) return PERMISSIONS[type].roles.includes(role);
        return !result.issues.allowedRoles.includes(role) && result.issues.message.en.length > 0 && result.issues.message.zh.length > 0;
      }),
    );
  });
});

describe('canAppendEvent', () => {
  const query = (system: boolean) => ({ type: 'query.opened' as const, payload: { queryId: 'q-1', text: 'Check', system } });

  it('lets the application raise a system query in the session of whoever works with data', () => {
    for (const role of SYSTEM_QUERY_ROLES) expect(canAppendEvent(role, query(true)).ok).toBe(true);
    expect(canAppendEvent('administrator', query(true)).ok).toBe(false);
  });

  it('keeps manual queries for monitors', () => {
    expect(canAppendEvent('monitor', query(false)).ok).toBe(true);
    expect(canAppendEvent('nurse', query(false)).ok).toBe(false);
  });

  it('judges other events by their type alone', () => {
    expect(canAppendEvent('monitor', { type: 'sdv.set', payload: { valueEventId: 'e-1' } }).ok).toBe(true);
    expect(canAppendEvent('monitor', { type: 'item.cleared', payload: {} }).ok).toBe(false);
  });
});
