import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCENT_COLOR } from '../../config/config-schema.js';
import { accentColors, contrastOfHex } from './accent-colors.js';

describe('accentColors', () => {
  it.each([
    DEFAULT_ACCENT_COLOR,
    '#ffcc00',
    '#ffffff',
    '#000000',
    '#00ff00',
    '#777777',
  ])('keeps text readable (WCAG AA, 4.5:1) for %s', (accent) => {
    const colors = accentColors(accent);
    expect(contrastOfHex(colors.accentText, '#ffffff')).toBeGreaterThanOrEqual(
      4.5,
    );
    expect(
      contrastOfHex(colors.onAccent, colors.accent),
    ).toBeGreaterThanOrEqual(4.5);
    expect(contrastOfHex('#1b1f24', colors.accentSoft)).toBeGreaterThanOrEqual(
      4.5,
    );
  });

  it('leaves a dark enough accent as it is', () => {
    expect(accentColors('#1d5fbf').accentText).toBe('#1d5fbf');
  });
});
