import type { Protocol } from '../../protocol';
import type { Casebook } from '../casebook/casebook';
import { exportOrder, type ExportOrder } from '../casebook/order';
import { csvHeader, csvLines } from '../csv/csv-text';
import { casebookCsvRows, FORM_CSV_COLUMNS } from '../csv/form-csv';
import { MISSING_FIELDS_COLUMNS, missingFieldRows, missingFields } from '../csv/missing-fields';
import { formCsvPath, MISSING_FIELDS_PATH } from './format';
import type { BundleMember } from './manifest';
import type { BundleZip, MemberWriter } from './zip-writer';

/**
 * The CSV members filled while the casebooks stream past: one long-format file per form (protocol
 * order) and the missing-fields report. They are open at once; the zip holds their compressed
 * output until odm.xml, written in the same pass, is finished.
 */
export class CsvMembers {
  private readonly forms: ReadonlyMap<string, MemberWriter>;
  private readonly missing: MemberWriter;
  private readonly order: ExportOrder;

  constructor(
    zip: BundleZip,
    private readonly protocol: Protocol,
    private readonly today: string,
  ) {
    this.order = exportOrder(protocol);
    this.forms = new Map(
      protocol.forms.map((form) => {
        const member = zip.open(formCsvPath(form.id));
        member.write(csvHeader(FORM_CSV_COLUMNS));
        return [form.id, member];
      }),
    );
    this.missing = zip.open(MISSING_FIELDS_PATH);
    this.missing.write(csvHeader(MISSING_FIELDS_COLUMNS));
  }

  add(casebook: Casebook): void {
    for (const [formId, rows] of casebookCsvRows(this.protocol, casebook, this.order)) this.forms.get(formId)?.write(csvLines(rows));
    this.missing.write(csvLines(missingFieldRows(casebook, missingFields(this.protocol, casebook, this.today))));
  }

  finish(): BundleMember[] {
    return [...[...this.forms.values()].map((m) => m.finish()), this.missing.finish()];
  }
}
