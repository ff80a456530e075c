import type { CrfEvent, Role } from '../../events';

/**
 * Who and where, as far as the events tell: what AdminData lists so that every UserRef,
 * LocationRef and SignatureRef in the file resolves. Built while the events stream past (the bundle's
 * first pass); small: one entry per user, device, site and signature meaning.
 */
export interface Directory {
  /** By user id: the roles the user acted under, and the printed name from a signature, if any. */
  readonly users: ReadonlyMap<string, { readonly roles: ReadonlySet<Role>; readonly name?: string }>;
  readonly devices: ReadonlySet<string>;
  readonly sites: ReadonlySet<string>;
  /** Signature meanings by level, as signers saw them. */
  readonly signatureMeanings: ReadonlySet<string>;
}

export const meaningKey = (level: string, meaning: string): string => JSON.stringify([level, meaning]);

export class DirectoryCollector implements Directory {
  readonly users = new Map<string, { roles: Set<Role>; name?: string }>();
  readonly devices = new Set<string>();
  readonly sites = new Set<string>();
  readonly signatureMeanings = new Set<string>();

  constructor(sites: readonly string[] = []) {
    for (const site of sites) this.sites.add(site);
  }

  add(event: CrfEvent): void {
    const user = this.users.get(event.userId) ?? { roles: new Set<Role>() };
    user.roles.add(event.role);
    this.users.set(event.userId, user);
    this.devices.add(event.deviceId);
    if (event.type === 'subject.screened' || event.type === 'subject.enrolled') this.sites.add(event.payload.siteId);
    if (event.type === 'signature.applied') {
      user.name = event.payload.signerName;
      this.signatureMeanings.add(meaningKey(event.payload.level, event.payload.meaning));
    }
  }
}

/** The directory of a list of events (for writing ODM outside a bundle). */
export function directoryOf(events: Iterable<CrfEvent>, sites: readonly string[] = []): Directory {
  const collector = new DirectoryCollector(sites);
  for (const event of events) collector.add(event);
  return collector;
}
