import { getItem, type ItemDefinition } from '../../catalogue';
import {
  formOid,
  isScheduledKind,
  itemGroupOid,
  itemOid,
  metaDataVersionOid,
  studyEventOid,
  studyOid,
  type Protocol,
} from '../../protocol';
import { appCodeListsXml, itemCodeListXml } from './code-lists';
import { itemDefXml } from './item-def';
import { translatedIn } from './translated';
import { measurementUnitXml, unitsOfItems } from './units';
import { close, element, open, textElement } from './xml';

type Visit = Protocol['visits'][number];
type Form = Protocol['forms'][number];

/** The catalogue items the protocol's forms use, in order of first use. */
export function protocolItems(protocol: Protocol): ItemDefinition[] {
  const items = new Map<string, ItemDefinition>();
  for (const form of protocol.forms) {
    for (const entry of form.items) {
      const found = getItem(entry.item);
      // parseProtocol refuses unknown items; a protocol built by hand may still hold one: it is left out.
      if (found.ok && !items.has(found.value.id)) items.set(found.value.id, found.value);
    }
  }
  return [...items.values()];
}

const onDemand = (visit: Visit) => !isScheduledKind(visit.kind);

function studyEventDefXml(visit: Visit, forms: ReadonlyMap<string, Form>): string {
  return element(
    'StudyEventDef',
    {
      OID: studyEventOid(visit.id),
      Name: visit.label.en,
      // On-demand visits happen any number of times; their instances are told apart by repeat key.
      Repeating: onDemand(visit) ? 'Yes' : 'No',
      Type: onDemand(visit) ? 'Unscheduled' : 'Scheduled',
      Category: visit.kind,
    },
    translatedIn('Description', visit.label),
    ...visit.forms.map((formId, i) =>
      element('FormRef', { FormOID: formOid(formId), OrderNumber: i + 1, Mandatory: forms.get(formId)?.repeating === true ? 'No' : 'Yes' }),
    ),
  );
}

function formDefXml(form: Form): string {
  return element(
    'FormDef',
    { OID: formOid(form.id), Name: form.title.en, Repeating: 'No' },
    translatedIn('Description', form.title),
    element('ItemGroupRef', { ItemGroupOID: itemGroupOid(form.id), OrderNumber: 1, Mandatory: 'Yes' }),
  );
}

/** One item group per form; a repeating form (AE log) repeats its group, one per record. */
function itemGroupDefXml(form: Form): string {
  return element(
    'ItemGroupDef',
    { OID: itemGroupOid(form.id), Name: form.id, Repeating: form.repeating ? 'Yes' : 'No' },
    translatedIn('Description', form.title),
    ...form.items.map((entry, i) =>
      element('ItemRef', { ItemOID: itemOid(entry.item), OrderNumber: i + 1, Mandatory: entry.required ? 'Yes' : 'No' }),
    ),
  );
}

/** Study: GlobalVariables, BasicDefinitions (units) and the MetaDataVersion of this protocol version. */
export function* studyXml(protocol: Protocol): Generator<string> {
  const items = protocolItems(protocol);
  const forms = new Map(protocol.forms.map((f) => [f.id, f]));
  const units = unitsOfItems(items);
  yield open('Study', { OID: studyOid(protocol) });
  yield element(
    'GlobalVariables',
    {},
    textElement('StudyName', {}, protocol.registryId === 'pending' ? protocol.id : protocol.registryId),
    textElement('StudyDescription', {}, protocol.title.en),
    textElement('ProtocolName', {}, protocol.id),
  );
  yield element('BasicDefinitions', {}, ...units.map(measurementUnitXml));
  yield open('MetaDataVersion', {
    OID: metaDataVersionOid(protocol),
    Name: `${protocol.id} ${protocol.version}`,
    Description: `${protocol.title.en} / ${protocol.title.zh}`,
  });
  yield element(
    'Protocol',
    {},
    translatedIn('Description', protocol.title),
    ...protocol.visits.map((visit, i) =>
      element('StudyEventRef', { StudyEventOID: studyEventOid(visit.id), OrderNumber: i + 1, Mandatory: onDemand(visit) ? 'No' : 'Yes' }),
    ),
  );
  yield '\n';
  for (const visit of protocol.visits) yield studyEventDefXml(visit, forms);
  for (const form of protocol.forms) yield formDefXml(form);
  for (const form of protocol.forms) yield itemGroupDefXml(form);
  yield '\n';
  for (const item of items) yield itemDefXml(item);
  for (const item of items) yield itemCodeListXml(item);
  yield appCodeListsXml();
  yield close('MetaDataVersion') + close('Study') + '\n';
}
