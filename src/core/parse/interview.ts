// Questions and answers (答记者问, 政策问答) report on a document; a document as issued never speaks in
// them. A page may head its interview with the document's title and end it with the ministry's name
// and a date, which look like a document's head and closing: the 问/答 paragraphs between tell it apart.

const QUESTION = /^问[：:]/;
const ANSWER = /^答[：:]/;

/** Whether the blocks from `from` up to (not including) `to` hold both a question and an answer. */
export function isInterview(lines: readonly string[], from: number, to: number): boolean {
  const body = lines.slice(Math.max(from, 0), to);
  return body.some((line) => QUESTION.test(line)) && body.some((line) => ANSWER.test(line));
}
