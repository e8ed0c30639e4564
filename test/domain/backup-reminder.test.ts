import { describe, expect, it } from 'vitest';
import { needsBackupReminder } from '../../src/domain/backup-reminder';

const day = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(Date.UTC(2026, 10, 1) + days * day).toISOString();
const now = new Date(Date.UTC(2026, 10, 1) + 20 * day);

describe('needsBackupReminder', () => {
  it('is quiet with no workshops', () => {
    expect(needsBackupReminder([], undefined, now)).toBe(false);
  });

  it('reminds when a workshop is 7 days old and was never exported', () => {
    expect(needsBackupReminder([{ createdAt: at(13), updatedAt: at(19) }], undefined, now)).toBe(true);
    expect(needsBackupReminder([{ createdAt: at(14), updatedAt: at(19) }], undefined, now)).toBe(false);
  });

  it('is quiet when everything changed before the last backup', () => {
    expect(needsBackupReminder([{ createdAt: at(0), updatedAt: at(5) }], at(6), now)).toBe(false);
  });

  it('reminds when changes after the last backup are a week old', () => {
    expect(needsBackupReminder([{ createdAt: at(0), updatedAt: at(15) }], at(13), now)).toBe(true);
    expect(needsBackupReminder([{ createdAt: at(0), updatedAt: at(15) }], at(14), now)).toBe(false);
  });
});
