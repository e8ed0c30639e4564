import { describe, expect, it } from 'vitest';
import { planDateMessage } from '../../src/steps/plan/plan-date';

describe('the plan date fields (item date, follow-up date)', () => {
  it('refuse 9999-12-31 in Danish, saying which dates can be used', () => {
    expect(planDateMessage('9999-12-31')).toBe('Datoen ligger for langt ude i fremtiden til en kalender. Vælg en dato senest 30. december 9999.');
  });

  it('refuse what is not a date, and accept an empty field and 9999-12-30', () => {
    expect(planDateMessage('2027-02-29')).toBe('Skriv en gyldig dato.');
    expect(planDateMessage('')).toBeUndefined();
    expect(planDateMessage('9999-12-30')).toBeUndefined();
  });
});
