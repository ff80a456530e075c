/**
 * Every shipped seed yields a form model for every visit × form × allocation, for blinded and unblinded
 * roles, and its schemas build. Seeds are read from disk so a new seed is covered without a code change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getItem } from '../../../shared/catalogue';
import {
  buildDraftSchema,
  buildFormModel,
  buildValueSchema,
  buildVisitModel,
  computeDerivations,
  emptyDraft,
  validateEntry,
  type FormModel,
} from '../../../shared/forms';
import { SHIPPED_CATALOGUE, allAllocations, parseProtocol, visitApplies, type Protocol } from '../../../shared/protocol';

const SEEDS_DIR = join(__dirname, '../../../seeds');
const seedFiles = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.json') && f !== 'protocol.schema.json').sort();

function load(file: string): Protocol {
  const parsed = parseProtocol(JSON.parse(readFileSync(join(SEEDS_DIR, file), 'utf8')), SHIPPED_CATALOGUE);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.issues.map((i) => i.message).join('; ')}`);
  return parsed.value;
}

/** Every (arm, stage) a subject can be in, plus "not yet randomised". */
function subjects(protocol: Protocol): { arm?: string; stage?: number }[] {
  return [{}, ...allAllocations(protocol)];
}

function* models(protocol: Protocol, blinded: boolean): Generator<{ label: string; model: FormModel }> {
  for (const subject of subjects(protocol)) {
    for (const visit of protocol.visits) {
      const applies = subject.arm === undefined ? visit.arms === undefined && visit.stages === undefined : visitApplies(protocol, visit, { arm: subject.arm, stage: subject.stage ?? 1 });
      if (!applies) continue;
      for (const formId of visit.forms) {
        const form = protocol.forms.find((f) => f.id === formId);
        if (blinded && form?.unblindedOnly === true) continue;
        const label = `${subject.arm ?? '-'}/${subject.stage ?? '-'} ${visit.id} ${formId}`;
        const built = buildFormModel({ protocol, visitId: visit.id, formId, ...subject, blinded });
        if (!built.ok) throw new Error(`${label}: ${built.issues.map((i) => i.message).join('; ')}`);
        yield { label, model: built.value };
      }
    }
  }
}

describe('shipped seeds', () => {
  it('the five trials are there', () => {
    expect(seedFiles).toHaveLength(5);
  });

  describe.each(seedFiles)('%s', (file) => {
    const protocol = load(file);
    const unblindedForms = new Set(protocol.forms.filter((f) => f.unblindedOnly).map((f) => f.id));

    it('yields a model for every visit × form × allocation, whose draft and value schemas build', () => {
      let count = 0;
      // A form's model differs between allocations only by visit and dose: check each distinct one once.
      const checked = new Set<string>();
      for (const blinded of [false, true]) {
        for (const { label, model } of models(protocol, blinded)) {
          count += 1;
          const key = JSON.stringify([blinded, model.id, model.visitId, model.dose]);
          if (checked.has(key)) continue;
          checked.add(key);
          expect(model.fields.length, label).toBeGreaterThan(0);
          const empty = emptyDraft(model);
          expect(buildDraftSchema(model).safeParse(empty).success, label).toBe(true);
          expect(buildValueSchema(model).safeParse({}).success, label).toBe(true);
          const problems = validateEntry(model, empty).problems;
          expect(problems.filter((p) => p.severity === 'error'), label).toEqual([]);
          for (const result of computeDerivations(model, {})) expect(result.status, label).toBe('needs');
        }
      }
      expect(count).toBeGreaterThan(protocol.visits.length);
    });

    it('blinded models hold no unblinded-only form, item or dose', () => {
      for (const { label, model } of models(protocol, true)) {
        expect(unblindedForms.has(model.id), label).toBe(false);
        expect(model.dose, label).toBeUndefined();
        for (const field of model.fields) {
          const item = getItem(field.key);
          expect(item.ok && item.value.unblindedOnly === true, `${label} ${field.key}`).toBe(false);
        }
      }
      for (const formId of unblindedForms) {
        const visit = protocol.visits.find((v) => v.forms.includes(formId));
        if (visit === undefined) continue;
        const [allocation] = allAllocations(protocol).filter((a) => visitApplies(protocol, visit, a));
        const built = buildFormModel({ protocol, visitId: visit.id, formId, ...allocation, blinded: true });
        expect(built.ok ? 'built' : built.issues[0]?.code).toBe('form.unblinded-only');
      }
    });

    it('every visit model shows the protocol’s scores somewhere in the trial', () => {
      const shown = new Set<string>();
      for (const { arm, stage } of allAllocations(protocol)) {
        for (const visit of protocol.visits) {
          const built = buildVisitModel({ protocol, visitId: visit.id, arm, stage, blinded: true });
          if (built.ok) for (const d of built.value.derivations) shown.add(d.id);
        }
      }
      for (const score of protocol.scores) expect(shown, score).toContain(score);
    });
  });
});
