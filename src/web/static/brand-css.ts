import { accentColors } from './accent-colors.js';

/**
 * A host's own colours as CSS custom properties. They come as a stylesheet
 * of their own because the Content-Security-Policy forbids inline style.
 */
export function brandCss(accentColor: string): string {
  const colors = accentColors(accentColor);
  return `:root {
  --accent: ${colors.accent};
  --on-accent: ${colors.onAccent};
  --accent-text: ${colors.accentText};
  --accent-soft: ${colors.accentSoft};
}
`;
}
