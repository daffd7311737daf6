/**
 * Colours derived from a host's accent so that any accent an operator picks
 * stays readable: WCAG 2.1 asks for a contrast of 4.5:1 for normal text
 * (success criterion 1.4.3, https://www.w3.org/TR/WCAG21/#contrast-minimum).
 */
export interface AccentColors {
  /** The colour as configured, for buttons. */
  accent: string;
  /** Text on an accent background: black or white, whichever reads better. */
  onAccent: string;
  /** The accent, darkened until it reads on white, for links and text. */
  accentText: string;
  /** The accent, lightened for soft backgrounds behind dark text. */
  accentSoft: string;
}

const MIN_CONTRAST = 4.5;

export function accentColors(hex: string): AccentColors {
  const rgb = parseHex(hex);
  const onWhite = contrast(rgb, WHITE);
  const onAccent = contrast(rgb, BLACK) > onWhite ? '#000000' : '#ffffff';

  let text = rgb;
  while (contrast(text, WHITE) < MIN_CONTRAST) text = mix(text, BLACK, 0.08);

  return {
    accent: toHex(rgb),
    onAccent,
    accentText: toHex(text),
    accentSoft: toHex(mix(rgb, WHITE, 0.9)),
  };
}

type Rgb = readonly [number, number, number];
const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [1, 2, 3].map((i) => Number.parseInt(match[i] ?? '0', 16)) as [
    number,
    number,
    number,
  ];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function mix(from: Rgb, to: Rgb, share: number): Rgb {
  return from.map((c, i) => c + ((to[i] ?? 0) - c) * share) as unknown as Rgb;
}

/** WCAG 2.1 relative luminance and contrast ratio. */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

function luminance(rgb: Rgb): number {
  const [r = 0, g = 0, b = 0] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastOfHex(a: string, b: string): number {
  return contrast(parseHex(a), parseHex(b));
}
