import { Dexie, type DexieOptions, type Table } from 'dexie';
import type {
  AllocationListRow,
  ChainHead,
  CrfEvent,
  EntryRow,
  ProtocolRow,
  QueryRow,
  SignatureRow,
  SubjectRow,
  VisitRow,
} from '../../shared/events';
import type { WrappedKey } from '../security';
import type { AccountRow } from './accounts-repo';
import type { SecurityLogRow } from './security-log-repo';
import { declareSchema } from './schema-history';

export const DEFAULT_DATABASE_NAME = 'bedside-ecrf';

/** The heads of the chains this store holds, per device: what its next events will have seen. */
export interface HeldHeads {
  readonly [deviceId: string]: ChainHead;
}

export type MetaRow =
  | { readonly key: 'device'; readonly deviceId: string; readonly createdAt: string }
  | ({ readonly key: 'chainHead' } & ChainHead)
  | { readonly key: 'foreignHeads'; readonly heads: HeldHeads }
  /** The trial-data tables are sealed under a data key (renderer/db/encryption): how to recognise the key. */
  | { readonly key: 'encryption'; readonly version: 1; readonly cipher: 'AES-256-GCM'; readonly keyCheck: string; readonly encryptedAt: string }
  /** The data key wrapped under the recovery key (accounts-repo), written once at site setup. */
  | { readonly key: 'recoveryWrap'; readonly wrapped: WrappedKey; readonly createdAt: string };

/** Content-addressed imported documents (protocol definitions, allocation lists). */
export interface DocumentRow {
  readonly hash: string;
  readonly kind: 'protocol' | 'allocation-list';
  readonly text: string;
}

export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

/**
 * The IndexedDB database. NOTE: only the repository modules of renderer/db write to it, always
 * through writeEvent (events + projections in one transaction) or the settings repository.
 */
export class CrfDatabase extends Dexie {
  declare events: Table<CrfEvent, [string, number]>;
  declare subjects: Table<SubjectRow, string>;
  declare visits: Table<VisitRow, [string, string]>;
  declare entries: Table<EntryRow, [string, string, string, string]>;
  declare queries: Table<QueryRow, string>;
  declare signatures: Table<SignatureRow, string>;
  declare protocols: Table<ProtocolRow, [string, string]>;
  declare allocationLists: Table<AllocationListRow, string>;
  declare documents: Table<DocumentRow, string>;
  declare settings: Table<SettingRow, string>;
  declare meta: Table<MetaRow, MetaRow['key']>;
  declare accounts: Table<AccountRow, string>;
  declare securityLog: Table<SecurityLogRow, number>;

  constructor(name = DEFAULT_DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    declareSchema(this);
  }

  /** Every table an event write touches: all writes share them, so they run one after another. */
  get writeTables() {
    return [
      this.events,
      this.meta,
      this.subjects,
      this.visits,
      this.entries,
      this.queries,
      this.signatures,
      this.protocols,
      this.allocationLists,
      this.documents,
    ];
  }

  get projectionTables() {
    return [this.subjects, this.visits, this.entries, this.queries, this.signatures, this.protocols, this.allocationLists];
  }
}
