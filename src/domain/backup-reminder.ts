/** When to remind about a backup: data that has not been exported for 7 days or more. */
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * True when some workshop changed after the last backup (or there never was
 * one) and that unexported state is at least 7 days old — long enough for
 * Safari to clear a site's data it has not seen visited.
 */
export function needsBackupReminder(
  workshops: ReadonlyArray<{ createdAt: string; updatedAt: string }>,
  lastBackupAt: string | undefined,
  now: Date,
): boolean {
  const backup = lastBackupAt ? Date.parse(lastBackupAt) : Number.NEGATIVE_INFINITY;
  const unexported = workshops.filter((w) => Date.parse(w.updatedAt) > backup);
  if (unexported.length === 0) return false;
  // Measured from the backup, or without one from the oldest unexported workshop.
  const since = Number.isFinite(backup) ? backup : Math.min(...unexported.map((w) => Date.parse(w.createdAt)));
  return now.getTime() - since >= WEEK_MS;
}
