import { z } from 'zod';
import { bundlePersonSchema, type BundlePerson } from '../../shared/export';
import type { Store } from './store';

/**
 * People this laptop knows by name without an account here: the `people` of the bundles it imported
 * (docs/bundle-format.md). Events carry only a userId; this directory lets the history and casebook of
 * imported data show names. They cannot log in, so they are not accounts: one settings row, written
 * in the import's transaction. A name already known is replaced only by a bundle made later (`asOf`,
 * the bundle's createdAt): importing an old bundle after a new one never brings back an old name.
 */
const KNOWN_PEOPLE_KEY = 'knownPeople';

const knownPersonSchema = bundlePersonSchema.extend({
  /** createdAt of the bundle the name came from. */
  asOf: z.iso.datetime(),
});
export type KnownPerson = z.infer<typeof knownPersonSchema>;

const knownPeopleSchema = z.array(knownPersonSchema);

/** The directory of known people, by userId. A row that no longer fits its schema reads as empty. */
export async function knownPeople(store: Store): Promise<ReadonlyMap<string, KnownPerson>> {
  const row = await store.db.settings.get(KNOWN_PEOPLE_KEY);
  const parsed = knownPeopleSchema.safeParse(row?.value);
  return new Map((parsed.success ? parsed.data : []).map((p) => [p.userId, p]));
}

/** The directory after a bundle made at `asOf` brought `people`: new ids added, known ones replaced only by a later bundle. */
export function mergeKnownPeople(known: ReadonlyMap<string, KnownPerson>, people: readonly BundlePerson[], asOf: string): Map<string, KnownPerson> {
  const next = new Map(known);
  for (const person of people) {
    const current = next.get(person.userId);
    if (current === undefined || Date.parse(asOf) > Date.parse(current.asOf)) next.set(person.userId, { ...person, asOf });
  }
  return next;
}

/**
 * Records the people of an imported bundle. Call inside the import's transaction (its tables must
 * include `settings`) so the names land with the events or not at all.
 */
export async function rememberPeople(store: Store, people: readonly BundlePerson[], asOf: string): Promise<void> {
  if (people.length === 0) return;
  const merged = mergeKnownPeople(await knownPeople(store), people, asOf);
  const value = [...merged.values()].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  await store.db.settings.put({ key: KNOWN_PEOPLE_KEY, value });
}

/**
 * Everyone this laptop can name, for an export's manifest and ODM: its accounts (their own name and
 * role win), then the people it learned from imported bundles.
 */
export async function peopleForExport(store: Store): Promise<BundlePerson[]> {
  const byId = new Map<string, BundlePerson>();
  await store.db.accounts.each((a) => {
    byId.set(a.userId, { userId: a.userId, displayName: a.displayName, role: a.role });
  });
  for (const p of (await knownPeople(store)).values()) {
    if (!byId.has(p.userId)) byId.set(p.userId, { userId: p.userId, displayName: p.displayName, role: p.role });
  }
  return [...byId.values()];
}

/** A name for a userId: the local account's, else a known person's, else the id itself. */
export function nameFrom(accounts: readonly { readonly userId: string; readonly displayName: string }[], known: ReadonlyMap<string, KnownPerson>) {
  return (userId: string): string => accounts.find((a) => a.userId === userId)?.displayName ?? known.get(userId)?.displayName ?? userId;
}
