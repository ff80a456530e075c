import { cmp, type DBCoreCursor, type DBCoreTransaction } from 'dexie';

export interface CursorEntry {
  readonly key: unknown;
  readonly primaryKey: unknown;
  readonly value: unknown;
}

/**
 * A DBCore cursor over rows already in memory, in iteration order. Used for range scans of a
 * blind-indexed field (e.g. `where('code').anyOf(...)`): IndexedDB only holds the blind values, so
 * the rows are opened, filtered and sorted by the clear value first, and Dexie's cursor algorithms
 * (anyOf jumps with `continue(key)`) then run on this cursor exactly as on a native one.
 */
export function arrayCursor(trans: DBCoreTransaction, entries: readonly CursorEntry[], reverse: boolean): DBCoreCursor | null {
  if (entries.length === 0) return null;
  // +1 when keys ascend in iteration order, -1 when they descend.
  const sign = reverse ? -1 : 1;
  let pos = 0;
  let moved = false;
  let running = false;
  let step: (() => void) | undefined;
  const notStarted = (): never => {
    throw new Error('Cursor not started');
  };

  const moveTo = (next: number): void => {
    pos = next;
    moved = true;
    if (!running) step?.();
  };
  const firstFrom = (accept: (e: CursorEntry) => boolean): number => {
    let i = pos + 1;
    while (i < entries.length && !accept(entries[i] as CursorEntry)) i += 1;
    return i;
  };

  const cursor: DBCoreCursor & { done: boolean } = {
    trans,
    done: false,
    get key() {
      return entries[pos]?.key;
    },
    get primaryKey() {
      return entries[pos]?.primaryKey;
    },
    get value() {
      return entries[pos]?.value;
    },
    continue: notStarted,
    continuePrimaryKey: notStarted,
    advance: notStarted,
    stop: notStarted,
    fail: notStarted,
    next() {
      let gotOne = 1;
      return cursor.start(() => ((gotOne -= 1) >= 0 ? cursor.continue() : cursor.stop())).then(() => cursor);
    },
    start(onNext) {
      return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (done: () => void): void => {
          settled = true;
          step = undefined;
          done();
        };
        cursor.stop = (value?: unknown) => settle(() => resolve(value));
        cursor.fail = (error: Error) => settle(() => reject(error));
        cursor.continue = (key?: unknown) =>
          moveTo(key === undefined ? pos + 1 : firstFrom((e) => sign * cmp(e.key, key) >= 0));
        cursor.continuePrimaryKey = (key: unknown, primaryKey: unknown) =>
          moveTo(firstFrom((e) => sign * cmp(e.key, key) > 0 || (cmp(e.key, key) === 0 && sign * cmp(e.primaryKey, primaryKey) >= 0)));
        cursor.advance = (count: number) => moveTo(pos + count);
        // Runs the callback once per position until it stops, fails or waits (moves later, async).
        step = () => {
          running = true;
          try {
            while (!settled) {
              if (pos >= entries.length) {
                cursor.done = true;
                cursor.stop();
                return;
              }
              moved = false;
              onNext();
              if (!moved) return;
            }
          } catch (error) {
            if (!settled) cursor.fail(error instanceof Error ? error : new Error(String(error)));
          } finally {
            running = false;
          }
        };
        step();
      });
    },
  };
  return cursor;
}
