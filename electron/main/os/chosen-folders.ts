/**
 * The backup folders the user picked in the native folder dialog, remembered in `<userData>/backup-folders.json`.
 * writeBackup writes (and rotates) only inside one of them: it is the one capability that touches the disk
 * without a dialog, so a compromised page must not be able to aim it at an arbitrary folder.
 * An unreadable file counts as "no folder chosen" (fail safe): the user is asked to pick the folder again.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

export const CHOSEN_FOLDERS_FILE = 'backup-folders.json';
const MAX_REMEMBERED = 20;

const Stored = z.object({ folders: z.array(z.string()) });

export interface ChosenFolders {
  remember(folder: string): Promise<void>;
  isChosen(folder: string): Promise<boolean>;
}

export function chosenFolders(file: string, platform: NodeJS.Platform = process.platform): ChosenFolders {
  // Windows and (by default) macOS paths are case-insensitive; being strict there would only refuse the user.
  const key = (folder: string): string => {
    const full = resolve(folder);
    return platform === 'win32' || platform === 'darwin' ? full.toLowerCase() : full;
  };
  const load = async (): Promise<string[]> => {
    try {
      const parsed = Stored.safeParse(JSON.parse(await readFile(file, 'utf8')));
      return parsed.success ? parsed.data.folders : [];
    } catch {
      return [];
    }
  };
  return {
    async remember(folder) {
      const folders = [resolve(folder), ...(await load()).filter((f) => key(f) !== key(folder))].slice(0, MAX_REMEMBERED);
      await mkdir(dirname(file), { recursive: true });
      await writeFileAtomic(file, new TextEncoder().encode(`${JSON.stringify({ folders }, null, 2)}\n`));
    },
    async isChosen(folder) {
      return (await load()).some((f) => key(f) === key(folder));
    },
  };
}
