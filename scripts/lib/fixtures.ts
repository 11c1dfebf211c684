// Saved Sina pages: the address each one was published at, and the charset its bytes are in.

/** The address a saved page names for itself: composite comment, Sogou wrapper, saver's comment, og:url, canonical. */
export function addressIn(html: string): string | null {
  const head = html.slice(0, 200_000);
  const patterns = [
    /^\s*<!--\s*composite:\s*(\S+)\s*-->/,
    /^\s*<text\b[^>]*\bid="(https?:[^"]+)"/,
    /^\s*<!--\s*(https?:\/\/\S+)\s*-->/,
    /<meta[^>]+property=["']og:url["'][^>]+content=["']([^"']+)["']/i,
    /<link[^>]+rel=["']canonical["'][^>]+href=["']([^"']+)["']/i,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(head);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** UTF-8 where the bytes are valid UTF-8, else GB18030 (GBK-era pages). */
export function charsetOf(bytes: Uint8Array): string {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}
