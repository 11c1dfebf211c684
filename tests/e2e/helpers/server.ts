// The tests' https server: scripts/lib/server.ts with a self-signed certificate (the clipboard needs a
// secure context). Pages are served by their full address.
import { startServer as start } from '../../../scripts/lib/server';

export type { Page, PageServer } from '../../../scripts/lib/server';
export const startServer = () => start({ tls: true });
