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
  // ── newer families and the mobile pages (*.sina.cn) ──────────────────────────────────────────
  // Evidence: the saved pages in shared/fixtures, Noyllopa/NoAppDownload (NoAppDownload.txt, as of
  // 2026-07-30), and userscripts for sina.cn. Each rule names its own in `examples.seenIn`.
  {
    name: 'kandian-notice',
    label: '看点声明',
    reason:
      "新浪看点's 特别声明 under every self-media article is the platform's disclaimer, not the article's.",
    reasonZh: '新浪看点文末的“特别声明”是平台的免责声明，不属于文章。',
    scope: 'body',
    action: 'remove',
    selectors: ['p.article-notice'],
    text: /^特别声明[:：]\s*以上文章内容仅代表作者本人观点/,
    maxLength: 200,
    examples: {
      removes: [
        '<p class="article-notice">特别声明：以上文章内容仅代表作者本人观点，不代表新浪看点观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与新浪看点联系。</p>',
        '<p>特别声明：以上文章内容仅代表作者本人观点，不代表新浪看点观点或立场。</p>',
      ],
      keeps: ['<p>特别声明：本场演出因天气原因改期至下周六，已购票的观众可凭原票入场。</p>'],
      seenIn: ['shared/fixtures/pages/ksina-kandian-2018-…: p.article-notice, last in #artibody'],
    },
  },
  {
    name: 'app-callup-line',
    label: '打开APP提示',
    reason: 'A line in the body that only asks the reader to open or download the app.',
    reasonZh: '正文中只要求读者打开或下载App的一行字。',
    scope: 'body',
    action: 'remove',
    text: /^(?:点击)?(?:打开|下载)\s*(?:新浪(?:新闻|财经))?\s*(?:APP|客户端)\s*[，,]?\s*(?:阅读全文|查看全文|查看原文|看更多精彩|阅读体验更佳)?$/i,
    maxLength: 30,
    examples: {
      removes: [
        '<p>打开新浪新闻APP 阅读全文</p>',
        '<div>打开APP，阅读体验更佳</div>',
        '<p>下载新浪财经客户端</p>',
      ],
      keeps: [
        '<p>打开APP后，用户可以在首页右上角找到“长辈模式”的入口。</p>',
        '<p>新浪新闻客户端今年新增了无障碍阅读功能。</p>',
      ],
      seenIn: [
        'NoAppDownload.txt line 745: sina.cn#?#.m_f_a_r:contains(打开APP)',
        'shared/fixtures/pages/mobile-finance-sina-cn-…: fold config "打开新浪新闻  阅读全文"',
      ],
    },
  },
  {
    name: 'mobile-fold',
    label: '展开全文',
    reason:
      'Mobile pages cut the article behind 展开全文 / 打开新浪新闻 阅读全文; the whole text is already in the page.',
    reasonZh: '手机页把文章折叠在“展开全文／打开新浪新闻 阅读全文”之后；全文其实已在页面里。',
    scope: 'page',
    action: 'unfold',
    // The card is unfolded where it carries an inline cap; without one it is left as it is. The
    // button is only taken inside the article card: a page-wide `.look_more_a, .j_callST` rule in a
    // public filter list hid the news list (NoAppDownload commit 7d6f888).
    selectors: ['#artFoldBox', 'section.s_card.z_c1 .look_more_a', 'section.s_card.z_c1', '.unfold-words'],
    examples: {
      removes: [
        '<div id="artFoldBox" class="look_more"><a class="look_more_a" href="javascript:;">打开新浪新闻 阅读全文</a></div>',
        '<section class="s_card z_c1" style="height: 600px; overflow: hidden;"><article class="art_box"><p class="art_p">正文第一段。</p></article></section>',
        '<div class="unfold-words">展开全文</div>',
      ],
      keeps: [
        '<section class="s_card z_c1"><article class="art_box"><p class="art_p">正文第一段。</p></article></section>',
        '<section class="s_card z_c1" style="background: #fff;"><article class="art_box"><p class="art_p">正文。</p></article></section>',
        '<div class="list_more"><a class="look_more_a" href="https://news.sina.cn/roll.d.html">查看更多</a></div>',
      ],
      seenIn: [
        'shenruisi/Stay-Offical-Userscript sina/stay-sina.user.js: removes .look_more_a and #artFoldBox, removes the style of section.s_card.z_c1',
        "Greasy Fork 419868 (teaxia, 解锁新浪新闻需要下载APP才能查看全文): hides #artFoldBox, sets .s_card.z_c1 height 'auto'",
        'NoAppDownload.txt line 737: cj.sina.cn##.unfold-words',
        'NoAppDownload commit 7d6f888 (2023-10-01, 新浪网新闻列表误杀): dropped sina.cn##.look_more_a, .j_callST',
      ],
    },
  },
  {
    name: 'app-callup',
    label: 'App唤起',
    // Body scope: app-only cards also stand inside the article; the stylesheet hides them page-wide too.
    // Not `.art_img_callUp` (NoAppDownload line 749): it may wrap the article's own image.
    reason: 'Buttons, banners and floating badges on mobile pages that open or advertise the Sina apps.',
    reasonZh: '手机页上唤起或推广新浪App的按钮、横幅和浮标。',
    scope: 'body',
    action: 'remove',
    selectors: [
      '.callup-component',
      'div[class^="m-client-call"]',
      '.appOnly_card',
      '.wap-msg-bar',
      '.callApp_fl_btn',
      '.cm_art_push',
      '#float-btn',
      '.client-down',
      '.call_up_banner',
      '.fl_suspension_box',
      '.j_callST.ldy_art_bottom_button_box',
    ],
    examples: {
      removes: [
        '<div class="callup-component"><a href="sinanews://sina.cn/article">打开新浪新闻 看更多精彩</a></div>',
        '<div class="m-client-call-top"><a href="https://so.sina.cn/app">新浪新闻客户端</a></div>',
        '<div class="appOnly_card"><a>APP专享 独家视频</a></div>',
        '<div class="wap-msg-bar"><a>下载新浪新闻 领取红包</a></div>',
        '<a class="callApp_fl_btn" href="https://so.sina.cn/app">打开APP</a>',
        '<div class="an cm_art_push"><a>打开APP 阅读体验更佳</a></div>',
        '<div id="float-btn"><a>APP内打开</a></div>',
      ],
      keeps: [
        '<a class="j_callST" href="https://news.sina.cn/gn/2023-07-31/detail-imzfqrst1234567.d.html">暴雨过后，社区志愿者连夜清淤</a>',
        '<figure class="art_img_mini j_p_gallery"><img class="art_img_mini_img" src="//n.sinaimg.cn/news/flood.jpg"><h2 class="art_img_tit">志愿者在地下车库清理淤泥。</h2></figure>',
        '<div class="m-client"><p class="art_p">客户端版本更新后，离线阅读更省流量。</p></div>',
      ],
      seenIn: [
        'NoAppDownload.txt lines 732, 738, 743, 747-756, 770 (sina.cn, finance.sina.cn, cj.sina.cn, super.sina.cn)',
        'Greasy Fork 419868: .callApp_fl_btn (APP按钮), .cm_art_push (banner广告)',
        'a public WebView app for sinanews.sina.cn hides .callup-component, #float-btn, .call_up_banner',
      ],
    },
  },
  {
    name: 'after-article-feeds',
    label: '相关推荐',
    reason:
      'The 相关新闻 / 推荐阅读 / 大家都在看 and video feeds after a mobile article are other pages, not this one.',
    reasonZh: '手机文章后的“相关新闻／推荐阅读／大家都在看”和视频信息流是别的页面。',
    scope: 'page',
    action: 'remove',
    selectors: [
      '.s_card.j_article_relevent_news',
      '.s_card.j_article_relevent.j_wbrecommend_wrap',
      '.s_card.j_relevent_video',
      '#j_card_miniVideo',
      '.module-hot.module-extend',
    ],
    examples: {
      removes: [
        '<section class="s_card j_article_relevent_news z_c2"><aside class="feed_box j_relevent_box" id="j_relevent_news"></aside></section>',
        '<section class="s_card j_article_relevent j_wbrecommend_wrap"><aside class="feed_box j_relevent_box" id="j_relevent_reading"></aside></section>',
        '<section class="s_card j_relevent_video hide"></section>',
      ],
      keeps: [
        '<section class="s_card j_tianyi"><a href="https://news.sina.cn/">要闻</a></section>',
        '<section class="s_card z_c1"><article class="art_box"><p class="art_p">正文。</p></article></section>',
      ],
      seenIn: [
        'shared/fixtures/pages/mobile-finance-sina-cn-…: the three cards after the article',
        'NoAppDownload.txt lines 735, 757, 759, 766, 768 (and 1199-1201 for zx.sina.cn)',
        'shared/fixtures/pages/mobile-news-sina-cn-homepage-list-…: the news list is s_card j_tianyi, untouched',
      ],
    },
  },
  {
    name: 'video-ad-layer',
    label: '视频广告层',
    // Body scope: the layer sits on the article's own video, inside the body.
    reason: 'Ad layers laid over or around the mobile video player; the video itself stays.',
    reasonZh: '手机页视频播放器上方或四周的广告层；视频本身保留。',
    scope: 'body',
    action: 'remove',
    selectors: ['.broadcast_box', '.s_card.j_video_with_ad'],
    examples: {
      removes: [
        '<div class="broadcast_box"><a href="https://so.sina.cn/app">打开新浪新闻 看高清视频</a></div>',
        '<section class="s_card j_video_with_ad z_c2"><div sax-type="proxy" class="j_native_opq240314 s_card_white"></div></section>',
      ],
      keeps: [
        '<div class="video_box"><video src="//video.sina.cn/flood.mp4" controls></video></div>',
        '<div class="art_video"><video src="//video.sina.cn/ent/lamp.mp4"></video></div>',
      ],
      seenIn: [
        'Greasy Fork 419868: .broadcast_box (播放器层, a player ad layer)',
        'a sina.cn userscript found by find_string "artFoldBox": removes .j_video_with_ad and #midThreeAds',
        'shared/fixtures/pages/mobile-finance-sina-cn-…: section.s_card.j_video_with_ad holds an ad proxy',
      ],
    },
  },
  {
    name: 'mobile-ad-slots',
    label: '手机广告位',
    reason: 'The block of three ad slots between the mobile article and its feeds.',
    reasonZh: '手机文章与信息流之间的三连广告位。',
    scope: 'page',
    action: 'remove',
    selectors: ['#midThreeAds'],
    examples: {
      removes: [
        '<section class="s_card z_c3" id="midThreeAds" style="background: #f8f8f8;"><div sax-type="proxy" class="tb_tl j_native_opq240314"></div></section>',
      ],
      keeps: ['<section class="s_card z_c3"><p class="art_p">正文之后的编者按。</p></section>'],
      seenIn: [
        'shared/fixtures/pages/mobile-finance-sina-cn-…: section#midThreeAds (<!--广告_s-->)',
        'a sina.cn userscript found by find_string "artFoldBox": removes #midThreeAds',
      ],
    },
  },
];

/** The rules a cleaner applies inside the body. */
export const BODY_RULES: readonly Rule[] = RULES.filter((rule) => rule.scope === 'body');

/** Look a rule up by its stable name. */
export function ruleByName(name: string): Rule | undefined {
  return RULES.find((rule) => rule.name === name);
}
