/** Names of the derived scores as users read them, in English and Simplified Chinese. */
import type { DerivedScoreId } from './ids';
import type { Bilingual } from './text';

export const DERIVED_SCORE_LABELS: Readonly<Record<DerivedScoreId, Bilingual>> = {
  meld: { en: 'MELD (OPTN/UNOS)', zh: 'MELD 评分（OPTN/UNOS）' },
  meldNa: { en: 'MELD-Na', zh: 'MELD-Na 评分' },
  meld3: { en: 'MELD 3.0', zh: 'MELD 3.0 评分' },
  childPugh: { en: 'Child-Turcotte-Pugh score', zh: 'Child-Turcotte-Pugh 评分' },
  meldNct05121870: { en: 'MELD (NCT05121870 protocol formula)', zh: 'MELD 评分（NCT05121870 方案公式）' },
  meldInclusionNct03668171: { en: 'MELD for NCT03668171 inclusion (10 × MELD(i))', zh: 'NCT03668171 入选 MELD 评分（10 × MELD(i)）' },
  clifCOf: { en: 'CLIF-C OF score', zh: 'CLIF-C 器官衰竭评分' },
  aclfGrade: { en: 'EASL-CLIF ACLF grade', zh: 'EASL-CLIF 慢加急性肝衰竭分级' },
  clifCAclf: { en: 'CLIF-C ACLF score', zh: 'CLIF-C 慢加急性肝衰竭评分' },
};
