// The diagnostics text (core/diagnostics.ts) read back as its `name: value` lines, so that a test
// states each field it expects and a failure names the field. The header and the indented list of
// leftovers are not fields.

export function diagnosticsFields(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => !line.startsWith(' '))
      .flatMap((line) => {
        const at = line.indexOf(': ');
        return at > 0 ? [[line.slice(0, at), line.slice(at + 2)]] : [];
      }),
  );
}
