// What a describe's beforeAll started (a browser, the page server), closed in that order after it;
// a start that failed half-way left some of them undefined.

export async function closeAll(...started: ({ close(): Promise<unknown> } | undefined)[]): Promise<void> {
  for (const each of started) await each?.close();
}
