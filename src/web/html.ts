/**
 * A tagged template for HTML that escapes every interpolated value, so a
 * site name, a note or a username can never inject markup. Nest `html`
 * results freely; wrap trusted markup in `raw()` only when it is built from
 * constants.
 */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

type Part = SafeHtml | string | number | null | undefined | false | Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]) {
  let out = strings[0] ?? '';
  for (let i = 0; i < parts.length; i++) {
    out += render(parts[i]) + (strings[i + 1] ?? '');
  }
  return new SafeHtml(out);
}

/** Marks a string as already-safe markup. Never pass user input here. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
