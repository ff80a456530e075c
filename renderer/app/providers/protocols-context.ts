import { createContext } from 'react';
import type { ProtocolRow } from '../../../shared/events';
import type { Issue } from '../../../shared/lib/result';
import type { Protocol } from '../../../shared/protocol';

/** One protocol version the app can use: shipped with the app, or imported by a data manager. */
export interface LoadedProtocol {
  readonly protocol: Protocol;
  readonly source: 'built-in' | 'imported';
  /** Who imported it and when (imported versions only). */
  readonly imported?: ProtocolRow;
}

/** An imported version whose stored definition no longer parses (or is missing): shown, never used. */
export interface UnreadableProtocol {
  readonly row: ProtocolRow;
  readonly issues: readonly Issue[];
}

export interface ProtocolsValue {
  /** Every version, by protocol id (built-in order first), newest version first. */
  readonly all: readonly LoadedProtocol[];
  /** The newest version of each protocol, in the same order. */
  readonly current: readonly LoadedProtocol[];
  /** One exact version: what data entered under that version is read with. */
  readonly get: (id: string, version: string) => Protocol | undefined;
  /** The newest version of a protocol: what new subjects are screened under. */
  readonly latest: (id: string) => Protocol | undefined;
  readonly unreadable: readonly UnreadableProtocol[];
  /** Shipped seeds that failed to parse (a build defect). */
  readonly builtInProblems: readonly string[];
}

export const ProtocolsContext = createContext<ProtocolsValue | null>(null);
