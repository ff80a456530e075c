/**
 * shared/events: the store's event log, as pure data and functions.
 *
 * Purpose: the event envelope and payload schemas (zod), the canonical form and SHA-256 hash
 * chain (sealEvent, verifyChain), causality between devices (hasSeen, causalOrder), and the
 * reducers that turn events into projection rows. Non-goals: storage (renderer/db), clocks,
 * randomness and ids (passed in), permissions by role. See docs/store.md.
 */
export { canonicalize, canonicalValue, CanonicalFormError } from './canonical';
export { compareConcurrent, causalOrder, hasSeen, revisionOf, type MissingAncestor, type Revision } from './causality';
export { compact, type Compact } from './compact';
export {
  chainFieldsSchema,
  envelopeShape,
  GENESIS_HASH,
  knownHeadsSchema,
  ROLES,
  roleSchema,
  type ChainFields,
  type ChainHead,
  type KnownHeads,
  type Role,
} from './envelope';
export {
  EVENT_TYPES,
  eventDraftSchema,
  parseEvent,
  parseEventDraft,
  type CrfEvent,
  type CrfEventDraft,
  type DraftOf,
  type EventOf,
  type EventType,
} from './event-schema';
export { hashEvent, sha256Hex } from './hash';
export { issue, issuesFromZod } from './issues';
export type { ItemValue } from './payloads/item';
export { headOf, sealEvent } from './seal';
export { verifyChain, type ChainBreak, type ChainBreakReason } from './verify-chain';
export * from './reducers';
