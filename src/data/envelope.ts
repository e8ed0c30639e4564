/**
 * The backup file format: an envelope around the workshops, so a file says
 * what it is and which format version wrote it before anyone trusts its
 * contents. Writing only; reading and checking lives in parse-backup.ts, which
 * keeps zod out of this module (and out of the export path's bundle).
 */
import { cutAt, safeFileNamePart } from '../domain/file-name';
import { localIsoDate } from '../domain/setup';

export { cutAt, safeFileNamePart };
import type { Workshop } from '../domain/workshop';

export const FORMAT_NAME = 'kom-i-hus-backup';
/** Bump together with a step in migrations.ts whenever the file's shape changes. */
export const FORMAT_VERSION = 2;
/** A real backup of hundreds of workshops is well under 1 MB; more means a wrong or hostile file. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Far above any real backup; caps the work a single file can cause. */
export const MAX_WORKSHOPS = 500;
export const APP_NAME = 'Kom i hus';

export const BACKUP_SCOPES = ['all', 'workshop'] as const;
export type BackupScope = (typeof BACKUP_SCOPES)[number];

export interface BackupEnvelope {
  format: typeof FORMAT_NAME;
  formatVersion: typeof FORMAT_VERSION;
  /** ISO datetime (UTC) of the export, shown when the file is restored. */
  exportedAt: string;
  app: { name: typeof APP_NAME; version: string };
  /** A backup of everything, or a copy of one workshop (e.g. to move it to another device). */
  scope: BackupScope;
  workshops: Workshop[];
}

export interface SerialiseOptions {
  now: Date;
  appVersion: string;
  scope: BackupScope;
}

/** The backup file's text: pretty JSON, so a person can open it and see what it holds. */
export function serialiseBackup(workshops: readonly Workshop[], options: SerialiseOptions): string {
  const envelope: BackupEnvelope = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    exportedAt: options.now.toISOString(),
    app: { name: APP_NAME, version: options.appVersion },
    scope: options.scope,
    workshops: [...workshops],
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** Long titles are cut so the whole name stays well below the 255-byte limit of common file systems. */

/** The words of a backup's file name, in the chosen language: "sikkerhedskopi", and "dialogmøde" for an untitled workshop. */
export interface BackupFileWords {
  all: string;
  workshop: string;
}

/**
 * "Kom i hus – sikkerhedskopi – 2026-11-25.json", or with the workshop's
 * title for a single workshop. The date is the user's local date, the one
 * they will look for in their downloads.
 */
export function backupFileName(scope: BackupScope, now: Date, words: BackupFileWords, workshopTitle?: string): string {
  const title = scope === 'workshop' ? safeFileNamePart(workshopTitle ?? '') : '';
  const middle = scope === 'all' ? words.all : title || words.workshop;
  return `${APP_NAME} – ${middle} – ${localIsoDate(now)}.json`;
}


