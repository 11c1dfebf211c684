// The line that says where copied text came from: 来源 (outlet or site, and the headline) and 链接.
import { siteName } from '../cite/site';
import type { PageInfo } from '../types';

export function sourceLine(page: PageInfo): string {
  const origin = page.source ?? siteName(page.url);
  const from = [origin, page.title && `《${page.title}》`].filter(Boolean).join('');
  return [from && `来源：${from}`, page.url && `链接：${page.url}`].filter(Boolean).join(' ');
}
