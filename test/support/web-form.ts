/**
 * A browser's part in a form, without a browser: fetch the form page,
 * keep its cookie and hidden fields, then post it back with our fields.
 * Chromium drives the same forms in test/web/; these tests care about
 * what reaches the XMPP server.
 */
export interface FormAnswer {
  status: number;
  body: string;
}

export async function submitForm(
  baseUrl: string,
  path: string,
  fields: Record<string, string>,
): Promise<FormAnswer> {
  const page = await fetch(`${baseUrl}${path}`, { redirect: 'manual' });
  const html = await page.text();
  if (page.status !== 200) return { status: page.status, body: html };

  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const hidden: Record<string, string> = {};
  for (const match of html.matchAll(
    /<input type="hidden" name="([^"]+)" value="([^"]*)"/g,
  )) {
    hidden[match[1] as string] = decodeEntities(match[2] as string);
  }

  const response = await fetch(`${baseUrl}${path.split('?')[0]}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie,
      origin: baseUrl,
    },
    body: new URLSearchParams({ ...hidden, ...fields }).toString(),
    redirect: 'manual',
  });
  return { status: response.status, body: await response.text() };
}

function decodeEntities(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}
