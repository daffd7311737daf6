import QRCode from 'qrcode';
import { html, raw, type SafeHtml } from '../html.js';

/**
 * A QR code of `url` as inline SVG, made here so that no image service
 * ever sees the invite. The markup comes from the qrcode library and holds
 * only paths; the URL itself is not in it.
 */
export async function qrCodeSvg(url: string, label: string): Promise<SafeHtml> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  const labelled = svg.replace(
    '<svg ',
    html`<svg role="img" aria-label="${label}" focusable="false" `.value,
  );
  return raw(labelled);
}
