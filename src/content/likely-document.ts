// Does the cleaned body look like it carries an official document? A cheap test on its text, to load
// the parser at once (and open the panel) on such pages only. It only decides WHEN to parse: the
// parser decides what the page holds, so a false "yes" costs a download, never a wrong panel.
const SIGNS = [
  /[〔［[(（][0-9０-９]{4}[〕］\])）]\s*[0-9０-９]+\s*号/, // a 发文字号: 国函〔2021〕112号
  /[（(]此件(?:公开发布|主动公开)[)）]/, // the 附注 that published documents carry
  /第[0-9一二三四五六七八九十百零〇]+号\s*$/m, // 令 and 公告 numbers
  /^\s*(?:各省、自治区、直辖市|国务院各部委、各直属机构)/m, // the usual 主送机关
];

const TITLE = /关于.+的(?:决议|决定|命令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要)/;

export function likelyDocument(body: Element, title: string | null): boolean {
  if (title && TITLE.test(title)) return true;
  const text = body.textContent ?? '';
  return SIGNS.some((sign) => sign.test(text));
}
