// The label of every cleaning rule, defined at build time from the core's table (vite.config.ts): the
// panel lists what was removed by label, and loads the reasons (rule-words.ts) only when asked why.
const LABELS: Readonly<Record<string, string>> = __RULE_LABELS__;

/** The rule's label; its name where the table has no such rule (a rule from a newer version). */
export const ruleLabel = (name: string): string =>
  Object.hasOwn(LABELS, name) ? (LABELS[name] as string) : name;
