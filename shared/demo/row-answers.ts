/** The answers of one row of a repeating form (adverse event, medication, decompensation event). */
import { value, yesNo, type Answer } from './answer';
import { dateText, type RecordSpec } from './record-specs';

export function rowAnswer(key: string, row: RecordSpec): Answer | undefined {
  switch (row.form) {
    case 'adverse-events': {
      const ae = row.spec;
      const seriousCriterion = (k: string) => yesNo(ae.fatal ? k === 'aeSdth' : k === 'aeShosp');
      switch (key) {
        case 'aeTerm':
          return value(ae.term);
        case 'aeStart':
          return value(dateText(ae.start));
        case 'aeEnd':
          return ae.end === undefined ? undefined : value(dateText(ae.end));
        case 'aeOngoing':
          return yesNo(ae.end === undefined);
        case 'aeGrade':
          return value(ae.grade);
        case 'aeSerious':
          return yesNo(ae.serious);
        case 'aeSdth':
        case 'aeSlife':
        case 'aeShosp':
        case 'aeSdisab':
        case 'aeScong':
        case 'aeSmie':
          return ae.serious ? seriousCriterion(key) : undefined;
        case 'aeRelated':
          return value(ae.related);
        case 'aeAction':
          return value(ae.action);
        case 'aeOutcome':
          return value(ae.outcome);
        default:
          return undefined;
      }
    }
    case 'conmeds': {
      const cm = row.spec;
      const answers: Readonly<Record<string, Answer>> = {
        cmTerm: value(cm.term),
        cmIndication: value(cm.indication),
        cmDose: value(cm.dose),
        cmStart: value(dateText(cm.start)),
        cmOngoing: yesNo(true),
      };
      return answers[key];
    }
    case 'decompensation': {
      const ce = row.spec;
      const answers: Readonly<Record<string, Answer>> = {
        ceTerm: value(ce.term),
        ceStart: value(dateText(ce.start)),
        ceBasis: value(ce.basis),
        ceSeverity: value(ce.severity),
      };
      return answers[key];
    }
  }
}
