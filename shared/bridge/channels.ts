/**
 * The zod-free half of the bridge: capability names, channels and the global's name. The sandboxed
 * preload imports only this (and types), so it stays a few hundred bytes instead of bundling zod.
 */
export const CAPABILITIES = ['saveFile', 'openFile', 'chooseBackupFolder', 'writeBackup', 'printToPdf', 'appInfo'] as const;

export type Capability = (typeof CAPABILITIES)[number];

/** The IPC channel of a capability; one per capability, all under one prefix the gateway owns. */
export const channelOf = (capability: Capability): string => `ecrf:${capability}`;

/** The name under which preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'ecrf';

/** 1 GiB: a whole-trial bundle is far smaller; anything larger is a bug or an attack. */
export const MAX_BYTES = 1024 * 1024 * 1024;

/**
 * The only names an automatic backup may have, so that rotation ("keep the newest K") can never delete a
 * file the app did not write: `ecrf-backup-` then letters, digits, `.`, `_`, `-`, ending .zip, .json or
 * .ecrf-sealed (a backup sealed for a recipient: one pattern, so rotation keeps the newest K of both kinds).
 */
export const BACKUP_FILE_NAME = /^ecrf-backup-[A-Za-z0-9._-]+\.(?:zip|json|ecrf-sealed)$/;
