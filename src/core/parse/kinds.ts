// The fifteen kinds of 《党政机关公文处理工作条例》 Article 8, and who issued a document.
// The kind is the last word of the title (`…关于…的批复`); the issuers are the names before 关于 in
// the title, or the names in the signature block (发文机关署名).

import { DOC_KINDS, type DocKind } from '../types';

/** Title endings, longest first so that 命令 wins over 令. 令 alone is the short name of 命令. */
const ENDINGS: readonly [string, DocKind][] = [
  ...DOC_KINDS.filter((k) => k.length > 1).map((k): [string, DocKind] => [k, k]),
  ['函', '函'],
  ['令', '命令'],
];

/** Trailing bracketed remarks are not part of the title's last word: `…的通知（国发〔2021〕1号）`. */
function stripTrailingBrackets(title: string): string {
  return title.trim().replace(/[（(][^（）()]*[）)]$/, '');
}

/** The kind named by a title's last word, or null. */
export function kindFromTitle(title: string): DocKind | null {
  const t = stripTrailingBrackets(title);
  for (const [ending, kind] of ENDINGS) if (t.endsWith(ending)) return kind;
  return null;
}

/** Verbs that follow the issuer in a title: 国务院关于…, 国务院办公厅转发…, 国务院批转…. */
const TITLE_VERB = /关于|转发|批转|印发/;

/**
 * A document's own title: issuer + 关于/转发/批转/印发 + subject + kind as the last word, one phrase
 * with no sentence punctuation. News headlines that merely mention a document (`国务院印发《…》`)
 * do not end in a kind word; `…方案出炉` neither.
 */
export function isDocumentTitle(text: string): boolean {
  const t = text.trim();
  if (t.length < 6 || t.length > 120) return false;
  if (/[。！？；;：:]/.test(t)) return false;
  const verb = TITLE_VERB.exec(t);
  // The issuer comes first; a republisher sometimes drops it, leaving `关于…的通知`.
  if (!verb || (verb.index < 2 && !(verb.index === 0 && verb[0] === '关于'))) return false;
  return kindFromTitle(t) !== null;
}

/** Issuers from a title: `财政部 税务总局关于…` → ["财政部", "税务总局"]. Empty when not of that form. */
export function issuersFromTitle(title: string): string[] {
  const verb = TITLE_VERB.exec(title);
  if (!verb) return [];
  const head = title.slice(0, verb.index).trim();
  if (head === '' || /[《》“”"，,。]/.test(head)) return [];
  const names = head.split(/[\s\u3000、]+/).filter((s) => s !== '');
  return names.every(isOrgName) ? names : [];
}

/**
 * Last characters of the names of public bodies (政府, 部, 委, 局, 署, 院, 厅, 办公室, 银行, 委员会 …) and
 * of places (省, 市, 自治区, 县 …); 央 for 中共中央.
 */
const ORG_END =
  /(?:府|部|委|局|署|院|厅|办|室|行|会|构|位|司|心|所|处|团|组|门|区|市|省|县|州|盟|关|社|馆|校|军|站|队|央)$/;

/**
 * The longest single name of a body (`全国人民代表大会常务委员会法制工作委员会` has 19 characters). It bounds
 * each 、-member, never a group: a 批复 to twenty provinces lists them all in one group of 120 characters.
 */
const MAX_NAME = 30;

/** Looks like the name of a public body (or a group of them, as in `各省、自治区、直辖市人民政府`). */
export function isOrgName(name: string): boolean {
  const n = name.trim();
  if (n.length < 2) return false;
  // `财政厅（局）`: a bracketed alternative does not change what the name is.
  const bare = n.replace(/[（(][^（）()]{1,6}[）)]/g, '');
  // `市政府各委、办、局`: after the first member, single characters abbreviate kinds of body.
  return bare
    .split('、')
    .every(
      (part, i) =>
        (part.length >= 2 || (i > 0 && part.length === 1)) && part.length <= MAX_NAME && ORG_END.test(part),
    );
}

/** `总理 李克强`: an office and a person's name, the signature of an order. */
const PERSON_SIGNATURE = /^[\u4e00-\u9fff]{1,12}(?:长|理|席|任|记|官)[\s\u3000]+[\u4e00-\u9fff·]{2,5}$/;

export function isPersonSignature(line: string): boolean {
  return PERSON_SIGNATURE.test(line.trim());
}

/** One line of the signature block: body names separated by spaces, or `office name`. */
export function isSignatureLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 2 || t.length > 60 || /[。，,；;：:！？《》“”（）()]/.test(t)) return false;
  if (TITLE_VERB.test(t)) return false; // `国务院关于支持北京城市副中心` is the first half of a title
  if (isPersonSignature(t)) return true;
  return t.split(/[\s\u3000]+/).every((part) => isOrgName(part) && !part.includes('、'));
}

/** Issuers from the signature lines (person signatures are not issuers). */
export function issuersFromSignature(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (!isSignatureLine(line) || isPersonSignature(line)) continue;
    for (const name of line.trim().split(/[\s\u3000]+/)) if (!out.includes(name)) out.push(name);
  }
  return out;
}
