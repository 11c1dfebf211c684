// Bytes of a saved page → text. Honours the declared charset, and falls back to detection where the
// declaration is wrong (utf-8 declared over GBK bytes, gb2312 declared over UTF-8 bytes).
import { isUtf8 } from 'node:buffer';

/** How far into the file a charset declaration is looked for (browsers look at the first 1024 bytes; saved pages put scripts first). */
const SNIFF_BYTES = 8192;

const DECLARED = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)|<text[^>]+encoding\s*=\s*["']?([\w-]+)/i;

/** Labels that mean the GB family; GB18030 is a superset of GBK and GB2312, so it decodes all three. */
const GB_FAMILY = /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/i;

export type Charset = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const m = DECLARED.exec(head);
  return (m?.[1] ?? m?.[2])?.toLowerCase() ?? null;
}

/** Which charset the bytes are in: a BOM, else the declaration checked against the bytes, else detection. */
export function detectCharset(bytes: Uint8Array): Charset {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const declared = declaredCharset(bytes);
  const utf8 = isUtf8(bytes);
  if (declared && GB_FAMILY.test(declared)) return utf8 && hasNonAscii(bytes) ? 'utf-8' : 'gb18030';
  if (utf8) return 'utf-8';
  // Not valid UTF-8, whatever the page says: the Chinese pages that do this carry GBK bytes.
  return 'gb18030';
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

/** A file with NUL bytes near its start, or mostly control characters, is not text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head[0] === 0xff || head[0] === 0xfe) return false; // UTF-16 BOMs: text with NULs
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

export function decode(bytes: Uint8Array): string {
  return new TextDecoder(detectCharset(bytes)).decode(bytes);
}
