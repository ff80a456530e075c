/**
 * OIDs and XML IDs the ODM file needs beyond the protocol's (shared/protocol/oids.ts): users,
 * locations, units, code lists, signature meanings. Each is derived from a stable app id, so the same
 * thing has the same OID in every export and every release.
 */
import { sha256Hex } from '../../events';

export const userOid = (userId: string): string => `USR.${userId}`;
/** Where a change was made: the device (a ward laptop), the place an audit trail can name for sure. */
export const deviceLocationOid = (deviceId: string): string => `LOC.DEV.${deviceId}`;
export const siteLocationOid = (siteId: string): string => `LOC.SITE.${siteId}`;

/**
 * Unit symbols hold "/", "µ", "^" and spaces. Every character outside [A-Za-z0-9] becomes "_<hex>_"
 * (so "_" itself is escaped too): readable enough, and two symbols never share an OID.
 */
export const measurementUnitOid = (unit: string): string =>
  `MU.${[...unit].map((c) => (/[A-Za-z0-9]/.test(c) ? c : `_${(c.codePointAt(0) ?? 0).toString(16)}_`)).join('')}`;

export const itemCodeListOid = (itemId: string): string => `CL.IT.${itemId}`;
export const YES_NO_CODE_LIST = 'CL.NY';
export const MISSING_REASON_CODE_LIST = 'CL.MISSING_REASON';
export const QUALIFIER_CODE_LIST = 'CL.RESULT_QUALIFIER';
export const FLAG_TYPE_CODE_LIST = 'CL.FLAG_TYPE';

/** A signature meaning is free text; its OID is a short digest of level and text. */
export const signatureDefOid = (level: string, meaning: string): string =>
  `SD.${level}.${sha256Hex(`${level}\n${meaning}`).slice(0, 16)}`;

/**
 * An XML ID (an NCName) from app ids, which may hold ":" (not allowed in an NCName). "_" becomes "__"
 * and ":" becomes "_C", which keeps distinct ids distinct.
 */
export const xmlId = (prefix: string, ...parts: readonly (string | number)[]): string =>
  [prefix, ...parts.map((p) => String(p).replace(/[_:]/g, (c) => (c === '_' ? '__' : '_C')))].join('.');
