import type { Role } from '../../events';
import { metaDataVersionOid, studyOid, type Protocol } from '../../protocol';
import type { Directory } from './directory';
import { deviceLocationOid, signatureDefOid, siteLocationOid, userOid } from './odm-ids';
import { element, textElement } from './xml';

/** The wording every SignatureDef states: what the signature legally is (21 CFR 11.50, 11.70). */
export const LEGAL_REASON =
  'Electronic signature, the equivalent of a handwritten signature (21 CFR Part 11); the printed name and meaning are part of the signed record.';

const sorted = <T>(values: Iterable<T>, key: (v: T) => string): T[] => [...values].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** ODM has four user types; investigators are their own, sponsor-side roles are Sponsor. */
function userType(roles: ReadonlySet<Role>): string {
  if (roles.has('investigator')) return 'Investigator';
  if (roles.has('monitor') || roles.has('data-manager')) return 'Sponsor';
  return 'Other';
}

export interface AdminDataInput {
  readonly protocol: Protocol;
  readonly directory: Directory;
  /** The export's date: the date the locations are known to use this metadata version. */
  readonly effectiveDate: string;
  /** The exporting device's site, named on its location. */
  readonly deviceSites?: Readonly<Record<string, string>>;
  /** Display names by user id (the manifest's people): DisplayName, and FullName when no signature printed one. */
  readonly names?: ReadonlyMap<string, string>;
}

export function adminDataXml({ protocol, directory, effectiveDate, deviceSites = {}, names = new Map<string, string>() }: AdminDataInput): string {
  const mdvRef = element('MetaDataVersionRef', {
    StudyOID: studyOid(protocol),
    MetaDataVersionOID: metaDataVersionOid(protocol),
    EffectiveDate: effectiveDate,
  });
  const users = sorted(directory.users.entries(), ([id]) => id).map(([id, user]) => {
    const known = names.get(id);
    const roles = [...user.roles].sort().join(', ');
    // A signature's printed name is what the person signed as, so it stays the FullName when there is one.
    const fullName = user.name ?? known;
    return element(
      'User',
      { OID: userOid(id), UserType: userType(user.roles) },
      textElement('LoginName', {}, id),
      textElement('DisplayName', {}, known === undefined ? `${id} (${roles})` : `${known} (${roles})`),
      fullName === undefined ? '' : textElement('FullName', {}, fullName),
    );
  });
  const sites = sorted(directory.sites, (s) => s).map((site) =>
    element('Location', { OID: siteLocationOid(site), Name: `Site ${site}`, LocationType: 'Site' }, mdvRef),
  );
  const devices = sorted(directory.devices, (d) => d).map((device) => {
    const site = deviceSites[device];
    const name = site === undefined ? `Device ${device}` : `Device ${device} (site ${site})`;
    return element('Location', { OID: deviceLocationOid(device), Name: name, LocationType: 'Other' }, mdvRef);
  });
  const meanings = sorted(directory.signatureMeanings, (k) => k).map((key) => {
    const [level = '', meaning = ''] = JSON.parse(key) as [string, string];
    return element(
      'SignatureDef',
      { OID: signatureDefOid(level, meaning), Methodology: 'Electronic' },
      textElement('Meaning', {}, meaning),
      textElement('LegalReason', {}, LEGAL_REASON),
    );
  });
  return element('AdminData', { StudyOID: studyOid(protocol) }, ...users, ...sites, ...devices, ...meanings) + '\n';
}
