import {
  cmp,
  type DBCore,
  type DBCoreCountRequest,
  type DBCoreCursor,
  type DBCoreGetManyRequest,
  type DBCoreGetRequest,
  type DBCoreIndex,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreOpenCursorRequest,
  type DBCoreQuery,
  type DBCoreQueryRequest,
  type DBCoreRangeType,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { arrayCursor, type CursorEntry } from './array-cursor';
import { SealedRowError, StoreLockedError } from './encryption-errors';
import type { EncryptionState } from './encryption-state';
import { isSealed, openRow, sealRow } from './row-seal';
import { isBlindIndexed, PARTLY_SEALED, SEALED_TABLES } from './sealed-tables';
import { blindIndex, type StoreKeys } from './store-keys';

export const ENCRYPTION_MIDDLEWARE_NAME = 'bedside-ecrf-encryption';

// Dexie's DBCoreRangeType is a const enum (not importable under isolatedModules): its values.
const EQUAL = 1 as DBCoreRangeType;
const RANGE = 2 as DBCoreRangeType;
const ANY = 3 as DBCoreRangeType;

/** How a request on a sealed table is served. */
type Handling =
  | { readonly kind: 'plain' }
  | { readonly kind: 'locked' }
  | { readonly kind: 'sealed'; readonly keys: StoreKeys; readonly acceptPlain: boolean };

function handlingOf(state: EncryptionState, trans: DBCoreTransaction): Handling {
  if (state.converting?.trans === trans) return { kind: 'sealed', keys: state.converting.keys, acceptPlain: true };
  const { mode } = state;
  if (mode.kind === 'unlocked') return { kind: 'sealed', keys: mode.keys, acceptPlain: false };
  return { kind: mode.kind };
}

const fieldsOf = (index: DBCoreIndex): readonly string[] =>
  index.keyPath === null ? [] : typeof index.keyPath === 'string' ? [index.keyPath] : index.keyPath;

function inRange(key: unknown, range: DBCoreKeyRange): boolean {
  if (range.type === ANY) return true;
  if (range.type === EQUAL) return cmp(key, range.lower) === 0;
  if (range.type !== RANGE) return false;
  const low = range.lower === undefined ? 1 : cmp(key, range.lower);
  const high = range.upper === undefined ? -1 : cmp(key, range.upper);
  return (range.lowerOpen === true ? low > 0 : low >= 0) && (range.upperOpen === true ? high < 0 : high <= 0);
}

/**
 * The DBCore middleware that seals the rows of the trial-data tables (sealed-tables.ts) on the way
 * into IndexedDB and opens them on the way out, under the keys in `state`. It sits at the bottom of
 * Dexie's stack (below hooks, observability and caches), so everything above it, liveQuery included,
 * sees clear rows. Everything it does is synchronous (noble's AES-GCM, HMAC): a write transaction
 * awaits only IndexedDB, so it cannot auto-commit half-way (docs/store.md, "Encryption at rest").
 */
export function encryptionMiddleware(state: EncryptionState): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: ENCRYPTION_MIDDLEWARE_NAME,
    // Below Dexie's own middlewares (the lowest is -1): they all see clear values and keys.
    level: -10,
    create: (down: DBCore): Partial<DBCore> => ({
      table: (name: string): DBCoreTable => {
        const inner = down.table(name);
        if (SEALED_TABLES.has(name)) return sealedTable(state, inner, () => true, false);
        const partly = PARTLY_SEALED[name];
        return partly === undefined ? inner : sealedTable(state, inner, partly, true);
      },
    }),
  };
}

/** A refusal (locked) as a rejected request, like any IndexedDB failure, rather than a synchronous throw. */
function guarded<T>(request: () => Promise<T>): Promise<T> {
  try {
    return request();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * `mustSeal` says which rows are trial data (every row, except in a partly sealed table). A fully sealed
 * table refuses every request while locked; a partly sealed one serves its plain rows and refuses only
 * the sealed ones, so protocol definitions still load before the login.
 */
function sealedTable(state: EncryptionState, inner: DBCoreTable, mustSeal: (row: Readonly<Record<string, unknown>>) => boolean, partly: boolean): DBCoreTable {
  const { name, schema } = inner;
  /** The handling of a request, refusing it at once when the table is fully sealed and locked. */
  const handle = (trans: DBCoreTransaction): Handling => {
    const handling = handlingOf(state, trans);
    if (handling.kind === 'locked' && !partly) throw new StoreLockedError(name);
    return handling;
  };
  const clearFields = [...new Set([schema.primaryKey, ...schema.indexes].flatMap(fieldsOf))];
  const primaryKeyOf = (stored: unknown): unknown => schema.primaryKey.extractKey?.(stored);

  const seal = (keys: StoreKeys, row: unknown): unknown => {
    const source = row as Record<string, unknown>;
    const clear: Record<string, unknown> = {};
    for (const field of clearFields) {
      const value = source[field];
      if (value === undefined) continue;
      clear[field] = isBlindIndexed(name, field) ? blindIndex(keys.indexKey, name, field, value) : value;
    }
    return sealRow(keys.rowKey, name, primaryKeyOf(row), source, clear);
  };

  /** A stored row as data: opened, or as it is when it may be plain, but never a sealed body shown as data. */
  const reveal = (handling: Handling, primaryKey: unknown, stored: unknown): unknown => {
    if (stored === undefined || stored === null) return stored;
    if (isSealed(stored)) {
      // Plain: another window encrypted the store after this one opened it. Either way, no ciphertext as data.
      if (handling.kind !== 'sealed') throw new StoreLockedError(name);
      return openRow(handling.keys.rowKey, name, primaryKey, stored);
    }
    if (handling.kind === 'plain' || (handling.kind === 'sealed' && handling.acceptPlain)) return stored;
    if (partly && !mustSeal(stored as Readonly<Record<string, unknown>>)) return stored;
    throw new SealedRowError(name, primaryKey, 'it is not sealed (a plain row in an encrypted store)');
  };

  const blindField = (query: DBCoreQuery): string | undefined =>
    typeof query.index.keyPath === 'string' && isBlindIndexed(name, query.index.keyPath) ? query.index.keyPath : undefined;

  /** An equality lookup on a blind index, asked in clear, as IndexedDB must see it. */
  const blindQuery = (keys: StoreKeys, field: string, query: DBCoreQuery): DBCoreQuery => {
    const value = blindIndex(keys.indexKey, name, field, query.range.lower);
    return { ...query, range: { type: EQUAL, lower: value, upper: value } };
  };

  /**
   * A range over a blind index (anyOf, between, orderBy): IndexedDB's order is the order of the blind
   * values, meaningless, so every row is opened and filtered and sorted by the clear value. Costs a
   * table scan; the store asks this only of `subjects` (a thousand rows) by code.
   */
  const scanBlind = (handling: Handling & { kind: 'sealed' }, trans: DBCoreTransaction, field: string, range: DBCoreKeyRange, reverse: boolean, unique: boolean) =>
    inner
      .query({ trans, values: true, query: { index: schema.primaryKey, range: { type: ANY, lower: undefined, upper: undefined } } })
      .then(({ result }) => {
        const entries: CursorEntry[] = [];
        for (const stored of result) {
          const primaryKey = primaryKeyOf(stored);
          const value = reveal(handling, primaryKey, stored) as Record<string, unknown>;
          const key = value[field];
          if (key !== undefined && inRange(key, range)) entries.push({ key, primaryKey, value });
        }
        entries.sort((a, b) => (reverse ? -1 : 1) * (cmp(a.key, b.key) || cmp(a.primaryKey, b.primaryKey)));
        return unique ? entries.filter((e, i) => i === 0 || cmp(e.key, (entries[i - 1] as CursorEntry).key) !== 0) : entries;
      });

  /** A cursor whose values are opened on first read, and whose key is the clear value on a blind index. */
  const openingCursor = (handling: Handling, cursor: DBCoreCursor, clearKey: { readonly value: unknown } | undefined): DBCoreCursor => {
    let lastStored: unknown;
    let lastValue: unknown;
    const value = (): unknown => {
      const stored: unknown = cursor.value;
      if (stored !== lastStored) {
        lastValue = reveal(handling, cursor.primaryKey, stored);
        lastStored = stored;
      }
      return lastValue;
    };
    return Object.create(cursor, {
      primaryKey: { get: () => cursor.primaryKey },
      key: { get: () => (clearKey === undefined ? cursor.key : clearKey.value) },
      value: { get: value },
    }) as DBCoreCursor;
  };

  return {
    ...inner,
    mutate(req: DBCoreMutateRequest) {
      return guarded(() => {
        const handling = handle(req.trans);
        if (handling.kind === 'plain' || (req.type !== 'add' && req.type !== 'put')) return inner.mutate(req);
        const values = req.values.map((row: Readonly<Record<string, unknown>>) => {
          if (!mustSeal(row)) return row;
          if (handling.kind === 'locked') throw new StoreLockedError(name);
          return seal(handling.keys, row);
        });
        return inner.mutate({ ...req, values });
      });
    },
    get(req: DBCoreGetRequest) {
      return guarded(() => {
        const handling = handle(req.trans);
        return inner.get(req).then((stored) => reveal(handling, req.key, stored));
      });
    },
    getMany(req: DBCoreGetManyRequest) {
      return guarded(() => {
        const handling = handle(req.trans);
        return inner.getMany(req).then((rows) => rows.map((stored, i) => reveal(handling, req.keys[i], stored)));
      });
    },
    query(req: DBCoreQueryRequest) {
      return guarded(() => {
        const handling = handle(req.trans);
        const field = blindField(req.query);
        if (handling.kind === 'sealed' && field !== undefined && req.query.range.type !== EQUAL) {
          const reverse = req.direction === 'prev' || req.direction === 'prevunique';
          const unique = req.direction === 'nextunique' || req.direction === 'prevunique';
          return scanBlind(handling, req.trans, field, req.query.range, reverse, unique).then((entries) => {
            const limited = req.limit === undefined ? entries : entries.slice(0, req.limit);
            return { result: limited.map((e) => (req.values === true ? e.value : e.primaryKey)) };
          });
        }
        const query = handling.kind === 'sealed' && field !== undefined ? blindQuery(handling.keys, field, req.query) : req.query;
        return inner.query({ ...req, query }).then((response) =>
          req.values !== true ? response : { ...response, result: response.result.map((stored) => reveal(handling, primaryKeyOf(stored), stored)) },
        );
      });
    },
    openCursor(req: DBCoreOpenCursorRequest) {
      return guarded(() => {
        const handling = handle(req.trans);
        const field = blindField(req.query);
        if (handling.kind !== 'sealed' || field === undefined) {
          return inner.openCursor(req).then((cursor) => cursor && (req.values === false ? cursor : openingCursor(handling, cursor, undefined)));
        }
        if (req.query.range.type === EQUAL) {
          const clearKey = { value: req.query.range.lower as unknown };
          return inner
            .openCursor({ ...req, query: blindQuery(handling.keys, field, req.query) })
            .then((cursor) => cursor && openingCursor(handling, cursor, clearKey));
        }
        return scanBlind(handling, req.trans, field, req.query.range, req.reverse === true, req.unique === true).then((entries) =>
          arrayCursor(req.trans, entries, req.reverse === true),
        );
      });
    },
    count(req: DBCoreCountRequest) {
      return guarded(() => {
        const handling = handle(req.trans);
        const field = blindField(req.query);
        if (handling.kind !== 'sealed' || field === undefined) return inner.count(req);
        if (req.query.range.type === EQUAL) return inner.count({ ...req, query: blindQuery(handling.keys, field, req.query) });
        return scanBlind(handling, req.trans, field, req.query.range, false, false).then((entries) => entries.length);
      });
    },
  };
}
