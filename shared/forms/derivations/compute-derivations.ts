/**
 * Live derived scores of a form or visit: stored values (SI) + subject context → score results through
 * shared/scores. Missing inputs give a "needs X, Y" result; a score that rejects its inputs gives
 * "not computable". Never NaN, never a throw. Derived values are recomputed, never stored.
 */
import type { LocalizedText } from '../../catalogue';
import { assertNever } from '../../lib/assert-never';
import type { DerivedScoreId } from '../../protocol';
import {
  aclfGrade,
  childPugh,
  clifCAclf,
  clifCOf,
  meld,
  meld3,
  meldInclusionNct03668171,
  meldNa,
  meldNct05121870,
} from '../../scores';
import type { DerivationResult, EntryContext, StoredValues } from '../entry-contract';
import type { DerivationModel } from '../form-model';
import {
  ageArg,
  albuminArg,
  ascitesArg,
  clifOrganArgs,
  encephalopathyArg,
  etiologyArg,
  inputReader,
  meldArgs,
  sexArg,
  sodiumArg,
  umol,
  type InputReader,
} from './score-inputs';
import { formulaInputs, type FormulaInput } from './formula-inputs';

type Computed =
  | { readonly ok: true; readonly score: number; readonly detail?: LocalizedText; readonly inputs: readonly FormulaInput[] }
  | { readonly ok: false };

/** `used` is the score's own `inputs` (after conversion and clamping), shown beside the score. */
const computed = (score: number, used: unknown, detail?: LocalizedText): Computed => {
  const inputs = formulaInputs(used);
  return detail === undefined ? { ok: true, score, inputs } : { ok: true, score, detail, inputs };
};

function evaluate(id: DerivedScoreId, r: InputReader, values: StoredValues, context: EntryContext): Computed {
  switch (id) {
    case 'meld': {
      const result = meld(meldArgs(r, context));
      return result.ok ? computed(result.score, result.inputs) : result;
    }
    case 'meldNa': {
      const result = meldNa({ ...meldArgs(r, context), sodium: sodiumArg(r) });
      return result.ok ? computed(result.score, result.inputs) : result;
    }
    case 'meld3': {
      const args = { ...meldArgs(r, context), sodium: sodiumArg(r), albumin: albuminArg(r), sex: sexArg(r, values, context) };
      const result = meld3(args);
      return result.ok ? computed(result.score, result.inputs) : result;
    }
    case 'childPugh': {
      const result = childPugh({
        bilirubin: umol(r.number('bilirubin')),
        albumin: albuminArg(r),
        inr: r.number('inr'),
        ascites: ascitesArg(r, values),
        encephalopathy: encephalopathyArg(r),
      });
      return result.ok ? computed(result.score, result.inputs, { en: `Class ${result.class}`, zh: `${result.class} 级` }) : result;
    }
    case 'meldNct05121870': {
      const result = meldNct05121870({
        bilirubin: umol(r.number('bilirubin')),
        creatinine: umol(r.number('creatinine')),
        inr: r.number('inr'),
        etiology: etiologyArg(r, values, context),
      });
      return result.ok ? computed(result.score, result.inputs) : result;
    }
    case 'meldInclusionNct03668171': {
      const result = meldInclusionNct03668171(meldArgs(r, context));
      if (!result.ok) return result;
      const detail = result.meetsInclusion
        ? { en: 'Meets the inclusion range 17–30', zh: '符合入选范围 17–30' }
        : { en: 'Outside the inclusion range 17–30', zh: '不在入选范围 17–30 内' };
      return computed(result.score, result.inputs, detail);
    }
    case 'clifCOf': {
      const result = clifCOf(clifOrganArgs(r, values));
      return result.ok ? computed(result.score, result.inputs) : result;
    }
    case 'aclfGrade': {
      const result = aclfGrade(clifOrganArgs(r, values));
      if (!result.ok) return result;
      const detail = result.grade === 0 ? { en: 'No ACLF', zh: '无 ACLF' } : { en: `ACLF grade ${result.grade}`, zh: `ACLF ${result.grade} 级` };
      return computed(result.grade, result.inputs, detail);
    }
    case 'clifCAclf': {
      const wbc = r.number('wbc');
      const whiteCellCount = wbc === undefined ? undefined : { value: wbc, unit: '10^9/L' as const };
      const result = clifCAclf({ ...clifOrganArgs(r, values), ageYears: ageArg(r, values, context), whiteCellCount });
      return result.ok ? computed(result.score, result.inputs) : result;
    }
    default:
      return assertNever(id, 'score');
  }
}

const NOT_COMPUTABLE: LocalizedText = {
  en: 'Cannot be computed: an input is outside the formula’s domain (e.g. zero).',
  zh: '无法计算：某项输入超出公式适用范围（如为 0）。',
};

function derive(model: DerivationModel, values: StoredValues, context: EntryContext): DerivationResult {
  const base = { id: model.id, label: model.label, formula: model.formula };
  const reader = inputReader(values);
  const result = evaluate(model.id, reader, values, context);
  if (reader.needs.length > 0) {
    const names = reader.needs.map((n) => n.label);
    return {
      ...base,
      status: 'needs',
      needs: reader.needs,
      message: { en: `Needs ${names.map((n) => n.en).join(', ')}.`, zh: `缺少：${names.map((n) => n.zh).join('、')}。` },
    };
  }
  if (!result.ok || !Number.isFinite(result.score)) return { ...base, status: 'not-computable', message: NOT_COMPUTABLE };
  return {
    ...base,
    status: 'computed',
    score: result.score,
    inputs: result.inputs,
    ...(result.detail === undefined ? {} : { detail: result.detail }),
  };
}

/**
 * The scores of a form or visit model. For a form, pass the visit's values merged across its forms, so a
 * score whose inputs sit on other forms (Child-Pugh's ascites) can compute.
 */
export function computeDerivations(
  model: { readonly derivations: readonly DerivationModel[] },
  values: StoredValues,
  context: EntryContext = {},
): DerivationResult[] {
  return model.derivations.map((d) => derive(d, values, context));
}
