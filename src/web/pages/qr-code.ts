import QRCode from 'qrcode';
import { LruCache } from '../../util/lru-cache.js';
import { html, raw, type SafeHtml } from '../html.js';

/**
 * Drawings of recent URLs. Making a QR code is the dearest part of a
 * landing page (choosing a mask scores eight candidate drawings), and a
 * person often opens the same invite more than once; 2,000 drawings of
 * about 8 KB each cost some 16 MB at most.
 */
const drawings = new LruCache<string, string>(2000);

/**
 * A QR code of `url` as inline SVG, made here so that no image service
 * ever sees the invite. The markup comes from the qrcode library and holds
 * only paths; the URL itself is not in it.
 */
export async function qrCodeSvg(url: string, label: string): Promise<SafeHtml> {
  const svg = drawings.get(url) ?? (await draw(url));
  const labelled = svg.replace(
    '<svg ',
    html`<svg role="img" aria-label="${label}" focusable="false" `.value,
  );
  return raw(labelled);
}

async function draw(url: string): Promise<string> {
  // One byte-mode segment: the library's search for the cheapest mix of
  // modes gains a few modules on a URL and costs a shortest-path search.
  const bytes = Buffer.from(url, 'utf8');
  const svg = await QRCode.toString([{ data: bytes, mode: 'byte' }], {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  drawings.set(url, svg);
  return svg;
}
