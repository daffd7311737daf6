/** Number formats shared by the tables. */

export function rate(value: number | undefined): string {
  if (value === undefined) return '';
  return Math.round(value).toLocaleString('en-US');
}

export function millis(value: number | null | undefined): string {
  if (value === undefined) return '';
  if (value === null) return '—';
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

/** How many times faster, like 23.4×; ∞ when the other side did nothing. */
export function times(ours: number | undefined, theirs: number | undefined) {
  if (ours === undefined || theirs === undefined) return '';
  if (theirs === 0) return ours > 0 ? '∞' : '—';
  const ratio = ours / theirs;
  return ratio >= 100 ? `${Math.round(ratio)}×` : `${ratio.toFixed(1)}×`;
}

/** A share, like 62%. */
export function share(part: number | undefined, whole: number | undefined) {
  if (part === undefined || whole === undefined) return '';
  if (whole === 0) return '—';
  return `${Math.round((part / whole) * 100)}%`;
}

export function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** A markdown table; also what the terminal shows. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(Math.max(3, w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
