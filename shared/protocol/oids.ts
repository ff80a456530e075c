/**
 * Stable ODM OIDs derived from protocol ids, so the ODM writer, CSV exports and imports name the same
 * thing the same way in every release. Ids cannot contain ".", so the prefix and the id never blur.
 * Catalogue items are shared by all protocols, so an item OID does not include the form.
 * @see https://www.cdisc.org/standards/data-exchange/odm (OID attributes)
 */
import type { Protocol } from './schema';

export type Oid = string & { readonly __brand: 'Oid' };

const oid = (prefix: string, ...parts: readonly string[]): Oid => [prefix, ...parts].join('.') as Oid;

export const studyOid = (protocol: Pick<Protocol, 'id'>): Oid => oid('S', protocol.id);
/** One MetaDataVersion per protocol version: amendments get a new one, old data keeps its own. */
export const metaDataVersionOid = (protocol: Pick<Protocol, 'id' | 'version'>): Oid => oid('MDV', protocol.id, protocol.version);
export const studyEventOid = (visitId: string): Oid => oid('SE', visitId);
export const formOid = (formId: string): Oid => oid('F', formId);
/** Each form has one item group holding all its items (repeating when the form repeats). */
export const itemGroupOid = (formId: string): Oid => oid('IG', formId);
export const itemOid = (itemId: string): Oid => oid('IT', itemId);
export const armOid = (armId: string): Oid => oid('ARM', armId);
export const endpointOid = (endpointId: string): Oid => oid('EP', endpointId);
export const criterionOid = (criterionId: string): Oid => oid('EC', criterionId);
