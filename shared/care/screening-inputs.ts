/**
 * The values a protocol's machine eligibility rules read: every item a rule names, and every input of a
 * score a rule compares, in criterion order without repeats. The screening page asks for exactly these.
 */
import { computeScore } from '../eligibility';
import type { Protocol, ProtocolCatalogue, Rule } from '../protocol';

function itemsOfRule(rule: Rule, catalogue: ProtocolCatalogue): string[] {
  switch (rule.kind) {
    case 'all':
    case 'any':
      return rule.of.flatMap((r) => itemsOfRule(r, catalogue));
    case 'not':
      return itemsOfRule(rule.of, catalogue);
    case 'ratio':
      return [rule.item, rule.reference];
    case 'compare':
    case 'between':
    case 'one-of':
    case 'present':
    case 'date-within':
    case 'daily-rise':
      return [rule.item];
    case 'score-compare':
    case 'score-between': {
      // With no observations, the score names every input it needs.
      const value = computeScore(rule.score, [], catalogue);
      return value.ok ? [] : [...value.missing];
    }
  }
}

/** Item ids the machine rules need, in the order the criteria list them. */
export function screeningInputs(protocol: Protocol, catalogue: ProtocolCatalogue): string[] {
  const items = protocol.eligibility.flatMap((criterion) => (criterion.rule === undefined ? [] : itemsOfRule(criterion.rule, catalogue)));
  return [...new Set(items)];
}

/** Item ids of one criterion's rule (empty for a judgement criterion). */
export function criterionInputs(protocol: Protocol, criterionId: string, catalogue: ProtocolCatalogue): string[] {
  const rule = protocol.eligibility.find((c) => c.id === criterionId)?.rule;
  return rule === undefined ? [] : [...new Set(itemsOfRule(rule, catalogue))];
}

/** The scheduled screening visit (kind "screening"), where screening values are recorded. */
export function screeningVisitOf(protocol: Protocol): Protocol['visits'][number] | undefined {
  return protocol.visits.find((visit) => visit.kind === 'screening');
}

/** The form of the screening visit that carries an item, if any (the first one in visit order). */
export function screeningFormOf(protocol: Protocol, item: string): string | undefined {
  const visit = screeningVisitOf(protocol);
  if (visit === undefined) return undefined;
  return visit.forms.find((formId) => protocol.forms.find((f) => f.id === formId)?.items.some((i) => i.item === item) === true);
}
