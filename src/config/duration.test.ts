import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration.js';

describe('parseDuration', () => {
  it('reads single units', () => {
    expect(parseDuration('7d')).toBe(7 * 86_400_000);
    expect(parseDuration('12h')).toBe(12 * 3_600_000);
    expect(parseDuration('90m')).toBe(90 * 60_000);
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('2w')).toBe(14 * 86_400_000);
  });

  it('adds up combined units', () => {
    expect(parseDuration('1d12h')).toBe(36 * 3_600_000);
  });

  it('refuses numbers without a unit, zero and nonsense', () => {
    for (const bad of ['30', '', 'd', '7 days', '-1d', '1.5h', '0d', '7x']) {
      expect(parseDuration(bad)).toBeUndefined();
    }
  });
});

describe('formatDuration', () => {
  it('uses the largest whole unit', () => {
    expect(formatDuration(7 * 86_400_000)).toBe('1w');
    expect(formatDuration(86_400_000)).toBe('1d');
    expect(formatDuration(90 * 60_000)).toBe('90m');
  });
});
