// The cleaning rules: one table, data only. Each rule has a stable name (reported in `removed` and
// listed in the options page), a one-line reason, and what it matches. Body rules are applied to the
// article body by clean.ts; page rules are hidden page-wide by the stylesheet built in stylesheet.ts.
// Every selector comes from a saved Sina page (shared/notes/sina-pages.md).
import type { Rule } from './types';

/** Longest paragraph a text rule may take: promo lines are short, article paragraphs are not. */
const SHORT = 80;

export const RULES: readonly Rule[] = [
  // ── inside the article body ──────────────────────────────────────────────────────────────────
  {
    name: 'qr-promo',
    label: '二维码推广',
    reason: 'The end-of-article QR block advertises the Sina Finance app, not the article.',
    reasonZh: '文末二维码推广的是新浪财经App，不属于文章。',
    scope: 'body',
    action: 'remove',
    selectors: ['.appendQr_wrap', '.app-kaihu-qr', '#left_hzh_ad', '[class*="kaihu"]'],
  },
  {
    name: 'promo-style',
    label: '推广样式',
    reason: 'Style blocks inside the body only style the promotion blocks that are removed.',
    reasonZh: '正文里的样式块只为被删除的推广区块服务。',
    scope: 'body',
    action: 'remove',
    textOf: 'style',
    text: /appendQr|tech-quotation|kaihu|hzh_ad/,
  },
  {
    name: 'editor-line',
    label: '责任编辑',
    reason: 'The 责任编辑 line names the Sina web editor, not an author of the text.',
    reasonZh: '“责任编辑”一行是新浪网编的署名，不是文章作者。',
    scope: 'body',
    action: 'remove',
    selectors: ['p.article-editor', 'p.show_author', '.article-editor'],
    text: /^(?:[(（]?\s*)?责任编辑\s*[:：]/,
    maxLength: 40,
  },
  {
    name: 'stock-widget',
    label: '股票链接',
    reason: 'Sina wraps words that look like stock names in quote links; unwrapping makes the word whole.',
    reasonZh: '新浪把像股票名的词包成行情链接；去掉链接，词语恢复完整。',
    scope: 'body',
    action: 'unwrap',
    selectors: ['span[id^="stock_"]', 'a.keyword[href*="realstock"]'],
  },
  {
    name: 'stock-quote',
    label: '股价行情',
    reason: "The page's script fills these spans with live prices that split the sentence.",
    reasonZh: '页面脚本会在这里填入实时股价，把句子断开。',
    scope: 'body',
    action: 'remove',
    selectors: ['span[id^="quote_"]', 'div.ct_hqimg', '.hqimg_related', '[id^="hqimg"]'],
  },
  {
    name: 'zhongce-promo',
    label: '众测推广',
    reason: 'The 新浪众测 box on tech pages advertises a product-trial service.',
    reasonZh: '科技频道的“新浪众测”框是产品试用广告。',
    scope: 'body',
    action: 'remove',
    selectors: ['.tech-quotation'],
    text: /^新酷产品第一时间免费试玩/,
    maxLength: 120,
  },
  {
    name: 'sina-notice',
    label: '新浪声明',
    reason: "Sina's disclaimers and notices are the site's, not the article's.",
    reasonZh: '新浪的免责声明和提示属于网站，不属于文章。',
    scope: 'body',
    action: 'remove',
    selectors: ['div.article-notice', 'p[class^="finance_web"]', 'div[class^="otherContent"]'],
    text: /^(?:免责声明[:：]\s*自媒体综合提供的内容|新浪声明[:：])/,
    maxLength: 300,
  },
  {
    name: 'marked-region',
    label: '声明区块',
    reason:
      'Regions between Sina comment markers (总声明, 正文下iframe, 行情图, 画中画) hold disclaimers, widgets and ads.',
    reasonZh: '新浪注释标记（总声明、正文下iframe、行情图、画中画）之间是声明、挂件和广告。',
    scope: 'body',
    action: 'remove',
    comment: '总声明|正文下iframe|行情图|NEWSZW_HZH|正文页画中画',
  },
  {
    name: 'guba-promo',
    label: '股吧推广',
    reason: 'A link to the stock forum, appended to every finance article.',
    reasonZh: '每篇财经文章末尾都附有股吧讨论链接。',
    scope: 'body',
    action: 'remove',
    text: /^进入【新浪财经股吧】讨论$/,
    maxLength: SHORT,
  },
  {
    name: 'qr-follow',
    label: '关注二维码',
    reason: "Outlets' own QR-code follow prompts carried over from their social-media posts.",
    reasonZh: '来源媒体转载自公众号的“长按二维码关注”提示。',
    scope: 'body',
    action: 'remove',
    text: /长按(?:识别)?(?:下方|上方|图中)?二维码|扫描?(?:下方|上方|图中)?二维码|扫码关注/,
    maxLength: SHORT,
  },
  {
    name: 'call-to-action',
    label: '引导关注',
    reason: 'Short lines that ask the reader to tap, follow or download point away from the article.',
    reasonZh: '要求点击、关注或下载的短句把读者引离文章。',
    scope: 'body',
    action: 'remove',
    text: /(?:👇|☝|点这里|点击(?:下方|上方)?(?:关注|订阅|下载)|关注[^，。]{0,20}(?:公众号|微信号|视频号)[!！。]?|下载[^，。]{0,20}客户端[!！。]?|【点击投票】|^举报\s*\/\s*反馈)$|^【点击投票】/u,
    maxLength: 60,
  },
  {
    name: 'sina-service-promo',
    label: '新浪服务推广',
    reason: "Links to Sina's own services (mail sign-up) placed at the top of old article bodies.",
    reasonZh: '旧版正文顶部的新浪服务（免费邮箱）推广链接。',
    scope: 'body',
    action: 'remove',
    text: /^立刻注册新浪免费邮箱/,
    maxLength: 40,
  },
  {
    name: 'related-links',
    label: '相关链接',
    reason: '相关新闻 / 此前报道 link lists repeat other pages, not this article.',
    reasonZh: '“相关新闻”“此前报道”等链接列表指向别的页面。',
    scope: 'body',
    action: 'remove',
    text: /^(?:相关新闻|相关阅读|相关报道|此前报道|延伸阅读|推荐阅读|点击进入专题)[:：]/,
    maxLength: SHORT,
  },
  {
    name: 'inline-link',
    label: '插入链接',
    reason:
      'Links that Sina inserts into a sentence (a 投诉 link in a clause); the word stays, the link goes.',
    reasonZh: '新浪插进句子里的链接（如条款中的“投诉”）：保留文字，去掉链接。',
    scope: 'body',
    action: 'unwrap',
    selectors: ['a[href*="tousu.sina.com.cn"]'],
  },
  {
    name: 'ad-slot',
    label: '广告位',
    reason: 'Ad slots and ad scripts inside the body.',
    reasonZh: '正文中的广告位和广告脚本。',
    scope: 'body',
    action: 'remove',
    selectors: ['ins.sinaads', '.sinaads', '[data-info^="ad_"]', '[sax-type="proxy"]', '.zhitou-wrap'],
  },
  // ── around the body (hidden page-wide by the stylesheet) ─────────────────────────────────────
  {
    name: 'lead-promo',
    label: '顶部推广',
    reason: 'The 【点击投票】 promotion above the article.',
    reasonZh: '文章上方的【点击投票】推广。',
    scope: 'page',
    action: 'remove',
    selectors: ['div.new_style_article'],
  },
  {
    name: 'page-ads',
    label: '页面广告',
    reason: 'Ad slots around the article (the selectors that Chinese ad-filter lists hide on sina.com.cn).',
    reasonZh: '文章四周的广告位（中文广告过滤规则在 sina.com.cn 上隐藏的选择器）。',
    scope: 'page',
    action: 'remove',
    selectors: [
      '.sinaads',
      'ins.sinaads',
      '[data-info^="ad_"]',
      '.zhitou-wrap',
      '.f_app_screen_wrap',
      '.article-bottom-tg',
      '.cj_app_left',
      '.redPacketCont',
      '#hq_main_top_tgWrap',
      '.tg_bank_top',
      'div[data-sudaclick="right_ads2_p"]',
    ],
  },
  {
    name: 'side-buttons',
    label: '侧边按钮',
    reason: 'Floating side buttons and bars cover the text.',
    reasonZh: '浮动的侧边按钮和工具条遮挡正文。',
    scope: 'page',
    action: 'remove',
    selectors: ['div[class^="side-btns-"]', '#commonSideBar'],
  },
];

/** The rules a cleaner applies inside the body. */
export const BODY_RULES: readonly Rule[] = RULES.filter((rule) => rule.scope === 'body');

/** Look a rule up by its stable name. */
export function ruleByName(name: string): Rule | undefined {
  return RULES.find((rule) => rule.name === name);
}
