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
    // `[class*="kaihu"]` takes `.app-kaihu-qr` and the other 开户 blocks.
    selectors: ['.appendQr_wrap', '#left_hzh_ad', '[class*="kaihu"]'],
    examples: {
      removes: [
        '<div class="clearfix appendQr_wrap"><div class="appendQr_normal"><p class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</p></div></div>',
        '<div class="app-kaihu-qr"><img src="//n.sinaimg.cn/finance/kaihu.png" alt="开户"></div>',
      ],
      keeps: [
        '<div class="img_wrapper"><img src="//n.sinaimg.cn/news/chart.png" alt="图表"><span class="img_descr">新浪财经APP用户数变化</span></div>',
      ],
      seenIn: ['composite/ordinary-cptpp-stockwidget.html', 'composite/doc-guofa2021-15-fuzhongxin.html'],
    },
  },
  {
    name: 'promo-style',
    label: '推广样式',
    reason: 'Style blocks inside the body only style the promotion blocks that are removed.',
    reasonZh: '正文里的样式块只为被删除的推广区块服务。',
    scope: 'body',
    action: 'remove',
    textIn: 'style',
    text: /appendQr|tech-quotation|kaihu|hzh_ad/,
    examples: {
      removes: ['<style>.appendQr_wrap{border:1px solid #E6E6E6;padding:8px;}</style>'],
      keeps: ['<style>.img_wrapper{text-align:center;}</style>'],
      seenIn: ['pages/tech-ordinary-gne-iicezzrq4972166.html', 'composite/ordinary-ai-basketball.html'],
    },
  },
  {
    name: 'editor-line',
    label: '责任编辑',
    reason: 'The 责任编辑 line names the Sina web editor, not an author of the text.',
    reasonZh: '“责任编辑”一行是新浪网编的署名，不是文章作者。',
    scope: 'body',
    action: 'remove',
    selectors: ['.article-editor', 'p.show_author'],
    text: /^(?:[(（]?\s*)?责任编辑\s*[:：]/,
    maxLength: 40,
    examples: {
      removes: [
        '<p class="article-editor">责任编辑：王珊珊 SF014</p>',
        '<p class="show_author">责任编辑：刘光博 </p>',
        '<p>（责任编辑：张申）</p>',
      ],
      keeps: ['<p>　　记者从该报责任编辑处获悉，这一栏目将于下月改版。</p>'],
      seenIn: [
        'pages/finance-roll-ordinary-gne-ihqfskcn2160999.html',
        'pages/news-china-ordinary-gne-iicezuev4202091.html',
      ],
    },
  },
  {
    name: 'stock-widget',
    label: '股票链接',
    reason: 'Sina wraps words that look like stock names in quote links; unwrapping makes the word whole.',
    reasonZh: '新浪把像股票名的词包成行情链接；去掉链接，词语恢复完整。',
    scope: 'body',
    action: 'unwrap',
    selectors: ['span[id^="stock_"]', 'a.keyword[href*="realstock"]'],
    examples: {
      removes: [
        '<p>跨<span id="stock_sh601099"><a class="keyword" target="_blank" href="https://finance.sina.com.cn/realstock/company/sh601099/nc.shtml">太平洋</a></span>伙伴关系协定</p>',
        '<p>数字<a class="keyword" href="https://finance.sina.com.cn/realstock/company/sz000001/nc.shtml">人民币</a>试点</p>',
      ],
      keeps: ['<p>　　详见<a href="https://finance.sina.com.cn/china/">财经频道</a>此前的报道。</p>'],
      seenIn: ['composite/ordinary-cptpp-stockwidget.html'],
    },
  },
  {
    name: 'stock-quote',
    label: '股价行情',
    reason: "The page's script fills these spans with live prices that split the sentence.",
    reasonZh: '页面脚本会在这里填入实时股价，把句子断开。',
    scope: 'body',
    action: 'remove',
    selectors: ['span[id^="quote_"]', 'div.ct_hqimg', '.hqimg_related', '[id^="hqimg"]'],
    examples: {
      removes: [
        '<p>跨太平洋<span id="quote_sh601099"></span>伙伴关系协定</p>',
        '<div class="ct_hqimg"><div class="hqimg_wrapper"><img src="//n.sinaimg.cn/hq/min.gif"></div></div>',
        '<div class="hqimg_related"><a href="#">相关个股</a></div>',
      ],
      keeps: ['<p><span id="quote-ref">“稳中求进”</span>是今年经济工作的总基调。</p>'],
      seenIn: [
        'composite/ordinary-cptpp-stockwidget.html',
        'pages/finance-usstock-ordinary-gne-iicezzrq4681677.html',
      ],
    },
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
    examples: {
      removes: [
        '<p>　　新酷产品第一时间免费试玩，还有众多优质达人分享独到生活经验，快来<a href="http://zhongce.sina.com.cn?frompage=techdoc" target="_blank">新浪众测</a>，体验各领域最前沿、最有趣、最好玩的产品吧~！</p>',
        '<div class="tech-quotation"><span class="tech-quotation-left tech-span"></span></div>',
      ],
      keeps: ['<p>　　这款新酷产品将于下月上市，首批用户可以免费试玩一周。</p>'],
      seenIn: ['pages/tech-ordinary-gne-iicezzrq4972166.html'],
    },
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
    examples: {
      removes: [
        '<p><span style="font-family: KaiTi_GB2312,KaiTi;">免责声明：自媒体综合提供的内容均源自自媒体，版权归原作者所有，转载请联系原作者并获许可。文章观点仅代表作者本人，不代表新浪立场。若内容涉及投资建议，仅供参考勿作为投资依据。投资有风险，入市需谨慎。</span></p>',
        '<div id="ad_44086" class="otherContent_01"><ins class="sinaads" data-ad-pdps="PDPS000000044086"></ins></div>',
        '<div class="article-notice">新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的。</div>',
      ],
      keeps: ['<p>　　公司在免责声明中指出，上述预测不构成投资建议。</p>'],
      seenIn: [
        'pages/news-china-ordinary-2024-magichtml-inausehc2630922.html',
        'pages/finance-usstock-ordinary-gne-iicezzrq4681677.html',
      ],
    },
  },
  {
    name: 'kandian-notice',
    label: '看点声明',
    reason: "新浪看点's fixed disclaimer under every article it hosts is the platform's, not the author's.",
    reasonZh: '新浪看点在每篇文章下附的固定声明属于平台，不属于作者。',
    scope: 'body',
    action: 'remove',
    // Only the platform's own wording: an article that quotes someone's 特别声明 keeps it.
    text: /^特别声明[:：]\s*以上(?:文章)?内容仅代表作者(?:本人)?观点/,
    maxLength: 200,
    examples: {
      removes: [
        '<p class="article-notice">特别声明：以上文章内容仅代表作者本人观点，不代表新浪看点观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与新浪看点联系。</p>',
      ],
      keeps: [
        '<p>　　该公司随后发布特别声明：以上传闻均不属实，公司经营一切正常。</p>',
        '<p>特别声明：本公司从未授权任何机构代为销售理财产品，请投资者注意甄别。</p>',
      ],
      seenIn: ['pages/ksina-kandian-2018-htmlgtmk-b63e5bc502000bg5u.html'],
    },
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
    examples: {
      removes: [
        '<!-- 总声明--><div>本网站转载内容仅供参考，不构成投资建议。</div><!-- 总声明-->',
        '<p>获得了5<!--NEWSZW_HZH_BEGIN--><span>广告</span><!--NEWSZW_HZH_END-->00万元的大奖。</p>',
      ],
      keeps: ['<!-- 总声明--><p>　　单个标记之后的段落没有成对的结束标记，仍是文章的一部分。</p>'],
      seenIn: ['pages/finance-forex-ordinary-2016-magichtml-ifxsktkp9337164.html'],
    },
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
    examples: {
      removes: [
        "<div data-sudaclick=\"suda_1028_guba\"><p>进入<a href='http://guba.sina.com.cn' target='_blank'>【新浪财经股吧】</a>讨论</p></div>",
      ],
      keeps: ['<p>　　不少投资者进入【新浪财经股吧】讨论这只股票的走势。</p>'],
      seenIn: ['pages/finance-forex-ordinary-2016-magichtml-ifxsktkp9337164.html'],
    },
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
    examples: {
      removes: [
        '<p>ID：huanqiu-com<br>长按二维码，关注环环</p>',
        '<p style="" class="ecode_weixin">　　专注苹果新闻报道，每日推送最新苹果资讯。扫描下方二维码关注苹果汇官方微信(或微信中搜：appleinc2012)。</p>',
      ],
      keeps: [
        '<p>　　记者了解到，长按二维码关注公众号的做法在推广中十分常见：商家借此把线下的客流引到线上，再用优惠券和积分留住顾客。这一模式在餐饮和零售行业已经相当普遍，监管部门也开始关注其中的个人信息保护问题。</p>',
      ],
      seenIn: ['pages/news-o-ordinary-2017-crawlerclub-ifyinwmp0119643.html'],
    },
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
    examples: {
      removes: [
        '<p><font cms-style="font-L strong-Bold align-right"><font cms-style="font-L strong-Bold align-right color210">就点这里吧👇</font></font></p>',
        '<p>举报/反馈</p>',
        '<p>欢迎关注“新京报”微信公众号！</p>',
      ],
      keeps: ['<p>　　他说：“点这里，就能看到全部数据。”这是发布会上最受关注的环节之一。</p>'],
    },
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
    examples: {
      removes: [
        '<p>　　<a href=http://tech.sina.com.cn/i/w/2004-09-06/1102419353.shtml target=_blank><font color=red>立刻注册新浪免费邮箱，激活1G空间</font></a></p>',
      ],
      keeps: ['<p>　　那一年，许多网民立刻注册新浪免费邮箱，成为第一批用户。</p>'],
      seenIn: ['pages/gbk2004-book-sina-chapter-sogouwrap-qiaoguanhua41.html'],
    },
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
    examples: {
      removes: [
        '<p>　　<strong>相关新闻：</strong></p>',
        '<p>　　此前报道：<a href="https://news.sina.com.cn/c/2019-10-23/doc-iicezuev4198399.shtml" target="_blank">港媒曝陈同佳出狱前首受访 称“对不起香港人”</a></p>',
      ],
      keeps: ['<p>　　相关新闻报道显示，该政策将于明年实施。</p>'],
      seenIn: [
        'pages/news-china-ordinary-gne-iicezuev4202091.html',
        'pages/tech-ordinary-gne-iicezzrq4972166.html',
      ],
    },
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
    examples: {
      removes: ['<p>制定保障中小企业款项支付<a href="http://tousu.sina.com.cn/">投诉</a>处理办法。</p>'],
      keeps: ['<p>　　全文详见<a href="http://www.gov.cn/zhengce/">中国政府网</a>。</p>'],
      seenIn: ['composite/doc-guobanfa2021-45-zhongxiaoqiye.html'],
    },
  },
  {
    name: 'ad-slot',
    label: '广告位',
    reason: 'Ad slots and ad scripts, inside the body and (by the stylesheet) around it.',
    reasonZh: '正文中的广告位和广告脚本。',
    scope: 'body',
    action: 'remove',
    selectors: ['.sinaads', '[data-info^="ad_"]', '[sax-type="proxy"]', '.zhitou-wrap'],
    examples: {
      removes: [
        '<ins class="sinaads" data-ad-pdps="PDPS000000005425"></ins>',
        '<div sax-type="proxy" class="j_native_opq240314 box" data-inserttype="0" data-id="201711dingdingeb"></div>',
        '<div class="zhitou-wrap" id="rightSinaFuyiArea"></div>',
        '<div data-info="ad_2019"><a href="#">推广</a></div>',
      ],
      keeps: ['<p data-info="author_1">　　本文作者为本报特约评论员。</p>'],
      seenIn: ['pages/mobile-finance-sina-cn-company-notice-magichtml-ikknscsi2623250.html'],
    },
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
    examples: {
      removes: [
        '<div class="new_style_article" data-sudaclick="ad_content_top"><a href="#">【点击投票】</a></div>',
      ],
      keeps: ['<div class="new_style_article_list"><a href="#">更多新闻</a></div>'],
      seenIn: ['pages/finance-roll-ordinary-gne-ihqfskcn2160999.html'],
    },
  },
  {
    name: 'page-ads',
    label: '页面广告',
    reason: 'Ad slots around the article (the selectors that Chinese ad-filter lists hide on sina.com.cn).',
    reasonZh: '文章四周的广告位（中文广告过滤规则在 sina.com.cn 上隐藏的选择器）。',
    scope: 'page',
    action: 'remove',
    // The ad slots that also stand inside bodies are `ad-slot`'s: the stylesheet hides those page-wide too.
    selectors: [
      '.f_app_screen_wrap',
      '.article-bottom-tg',
      '.cj_app_left',
      '.redPacketCont',
      '#hq_main_top_tgWrap',
      '.tg_bank_top',
      'div[data-sudaclick="right_ads2_p"]',
    ],
    examples: {
      removes: [
        '<div class="article-bottom-tg" data-sudaclick="ad_content_bottom"></div>',
        '<div data-sudaclick="right_ads2_p"><a href="#">广告</a></div>',
      ],
      keeps: ['<div class="article-bottom clearfix" id="article-bottom"><a href="#">我要反馈</a></div>'],
      seenIn: ['pages/finance-roll-ordinary-gne-ihqfskcn2160999.html'],
    },
  },
  {
    name: 'side-buttons',
    label: '侧边按钮',
    reason: 'Floating side buttons and bars cover the text.',
    reasonZh: '浮动的侧边按钮和工具条遮挡正文。',
    scope: 'page',
    action: 'remove',
    // The floating side QR codes are `side-btns-*` (cjx-annoyance names `.side-btns-2wm`); the 众测 app
    // button rides the right bar, the finance app's quote list floats on the left (`.fc_sidebar`).
    selectors: ['div[class^="side-btns-"]', '#commonSideBar', '.zc-app-btn', '.fc_s_list'],
    examples: {
      removes: [
        '<div class="side-btns-2w"><a href="javascript:void(0)" class="side-btns-2w-img" title="新浪新闻公众号"><em>新浪新闻公众号</em></a></div>',
        '<div id="commonSideBar"></div>',
        '<div class="side-btns-2wm"><img src="//n.sinaimg.cn/finance/sideQR/app_qr.png" alt="扫码下载新浪财经APP"></div>',
        '<a class="zc-app-btn right-bar-btn" href="https://zhongce.sina.com.cn/app">众测APP</a>',
        '<div class="fc_sidebar fc_sidebar_s" data-sudaclick="sf_cjapp_left_tool_p"><div class="fc_s_list"><ul><li class="fc_tab_01"><span>快讯速递</span></li><li class="fc_tab_02"><span>环球指数</span></li></ul></div></div>',
      ],
      keeps: [
        '<div class="side-btns"><a href="#">返回顶部</a></div>',
        '<div class="img_wrapper"><img src="//n.sinaimg.cn/finance/qr.png" alt="二维码"><span class="img_descr">扫码支付已覆盖九成商户</span></div>',
      ],
      seenIn: ['pages/finance-usstock-ordinary-gne-iicezzrq4681677.html'],
      evidence: [
        'cjx82630/cjxlist cjx-annoyance.txt lines 264, 559, 1499: ||sinaimg.cn/finance/*/sideQR, DIV[class^="side-btns-jifen"], .side-btns-2wm',
        'Noyllopa/NoAppDownload NoAppDownload.txt lines 721, 725, 878: .fc_s_list, .zc-app-btn.right-bar-btn (finance., tech.sina.com.cn)',
        'easylist/easylistchina easylistchina.txt line 16134: finance.sina.com.cn##div[class^="side-btns-"]',
      ],
    },
  },
  // ── today's desktop pop-ups, banners and feeds (what maintained filter lists hide, as of 2026) ───
  {
    name: 'new-version-pop',
    label: '新版弹窗',
    reason: 'The pop-up that urges readers to try the new page or app version covers the article.',
    reasonZh: '催读者体验新版页面或App的弹窗挡住文章。',
    scope: 'page',
    action: 'remove',
    selectors: ['#SFA_NV_POP_ZW'],
    examples: {
      removes: [
        '<div id="SFA_NV_POP_ZW" class="sfa-nv-pop"><a class="sfa-nv-pop-close">×</a><img src="//n.sinaimg.cn/finance/newversion/pop.png" alt="新版上线"></div>',
      ],
      keeps: [
        '<div class="img_wrapper" id="SFA_NV_POP_ZW_chart"><img src="//n.sinaimg.cn/finance/chart.png" alt="新版规划"><span class="img_descr">新版规划示意图</span></div>',
      ],
      evidence: [
        'Noyllopa/NoAppDownload NoAppDownload.txt line 728: finance.sina.com.cn###SFA_NV_POP_ZW',
        'cjx82630/cjxlist cjx-annoyance.txt line 322: ||sina.com.cn/other/src/app/SFANewVersionPop.js (the script that draws it)',
      ],
    },
  },
  {
    name: 'app-promo',
    label: 'App与公众号推广',
    reason: "Banners for Sina's apps, its live streams and its WeChat account, around the article.",
    reasonZh: '文章四周推广新浪App、直播和微信公众号的横幅与区块。',
    scope: 'page',
    action: 'remove',
    selectors: ['.app-viplive', '.sina-client-tl', '.blk-wxfollow', '.blk-zcapp', '.zc-app'],
    examples: {
      removes: [
        '<div class="app-viplive"><a href="https://finance.sina.com.cn/app/">下载新浪财经APP 看VIP直播</a></div>',
        '<div class="sina-client-tl"><a class="more" href="#" data-action="dropdown" data-target="mobileclient">移动客户端</a></div>',
        '<div class="blk-wxfollow clearfix"><div class="wx-qr"><img src="//n.sinaimg.cn/finance/72219a70/20180103/_thumb_23666.png" alt="新浪财经公众号"></div><div class="wx-info"><span>新浪财经公众号</span><p>24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）</p></div></div>',
        '<div class="blk-zcapp clearfix"><a href="https://zhongce.sina.com.cn/app">下载众测APP</a></div>',
        '<div class="zc-app"><img src="//n.sinaimg.cn/tech/zcapp2018/zc_new1x.png" alt="众测APP"></div>',
      ],
      keeps: [
        '<div class="img_wrapper"><img src="//n.sinaimg.cn/finance/app.png" alt="新浪财经APP"><span class="img_descr">新浪财经APP新版首页</span></div>',
        '<div class="video_box"><video src="//video.sina.com.cn/live/replay.mp4" controls></video><p class="video_descr">直播回放：发布会现场</p></div>',
        '<div class="blk-related clearfix"><a href="https://finance.sina.com.cn/">相关新闻</a></div>',
      ],
      seenIn: [
        'pages/finance-roll-ordinary-gne-ihqfskcn2160999.html',
        'pages/news-china-ordinary-gne-iicezuev4202091.html',
      ],
      evidence: [
        'Noyllopa/NoAppDownload NoAppDownload.txt lines 717, 719, 720, 724, 877: .app-viplive, .clearfix.blk-wxfollow, .clearfix.blk-zcapp, .sina-client-tl (finance.sina.com.cn), .zc-app (tech.sina.com.cn)',
        'cjx82630/cjxlist cjx-annoyance.txt lines 265, 336: appbar.js, zcapp.js (the scripts behind the app bars)',
      ],
    },
  },
  {
    name: 'quote-bar',
    label: '文末行情条',
    reason: 'The live quote bar under the article shows market prices, not the article.',
    reasonZh: '文章下方的实时行情条是市场报价，不属于文章。',
    scope: 'page',
    action: 'remove',
    selectors: ['.hqPart_bot'],
    examples: {
      removes: [
        '<div class="hqPart_bot"><span>上证指数 3421.57 +0.35%</span><span>深证成指 11630.11 -0.12%</span></div>',
      ],
      keeps: [
        '<table class="tb01"><tbody><tr><td>指数</td><td>收盘</td></tr><tr><td>上证指数</td><td>3421.57</td></tr></tbody></table>',
        '<div class="hqPart"><p>　　截至收盘，上证指数上涨0.35%。</p></div>',
      ],
      evidence: ['Noyllopa/NoAppDownload NoAppDownload.txt line 723: finance.sina.com.cn##.hqPart_bot'],
    },
  },
  {
    name: 'more-reading',
    label: '热门推荐',
    reason: 'The 热门推荐 feed and the related-news tabs after the article lead to other pages.',
    reasonZh: '文后的“热门推荐”信息流和相关新闻标签页通向别的页面。',
    scope: 'page',
    action: 'remove',
    selectors: ['#most_read', '#tab_related_btn'],
    examples: {
      removes: [
        '<div class="most-read" id="most_read"><div class="cj-l-title"><h2>热门推荐</h2></div><div id="hot-recommend-cont"></div></div>',
        '<div class="tab-related" id="tab_related_btn"><a href="javascript:;" id="tab01_btn01" class="cur">相关新闻</a></div>',
      ],
      keeps: [
        '<div class="img_wrapper" id="most_read_chart"><img src="//n.sinaimg.cn/finance/chart.png" alt="阅读量"><span class="img_descr">图：本周阅读量最高的报道</span></div>',
        '<p>　　热门推荐算法的透明度正在受到监管部门的关注。</p>',
      ],
      seenIn: [
        'pages/finance-roll-ordinary-gne-ihqfskcn2160999.html',
        'pages/news-china-ordinary-gne-iicezuev4202091.html',
      ],
      evidence: [
        'Noyllopa/NoAppDownload NoAppDownload.txt lines 727, 729: finance.sina.com.cn###most_read, ###tab_related_btn',
        'cjx82630/cjxlist cjx-annoyance.txt lines 272, 709: everyoneReading.js, .tab_related_app_imglink',
      ],
    },
  },
  // ── newer families and the mobile pages (*.sina.cn) ──────────────────────────────────────────
  // Evidence: the saved pages in shared/fixtures, Noyllopa/NoAppDownload (NoAppDownload.txt, as of
  // 2026-07-30), and userscripts for sina.cn. Each rule names its own in `examples.evidence`.
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
      evidence: [
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
      evidence: [
        'NoAppDownload.txt lines 732, 738, 743, 747-756, 770 (sina.cn, finance.sina.cn, cj.sina.cn, super.sina.cn)',
        'Greasy Fork 419868: .callApp_fl_btn (APP按钮), .cm_art_push (banner广告)',
        'a public WebView app for sinanews.sina.cn hides .callup-component, #float-btn, .call_up_banner',
      ],
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
      removes: ['<p>打开新浪新闻APP 阅读全文</p>', '<div>打开APP，阅读体验更佳</div>'],
      keeps: [
        '<p>打开APP后，用户可以在首页右上角找到“长辈模式”的入口。</p>',
        '<p>新浪新闻客户端今年新增了无障碍阅读功能。</p>',
      ],
      evidence: [
        'NoAppDownload.txt line 745: sina.cn#?#.m_f_a_r:contains(打开APP)',
        'shared/fixtures/pages/mobile-finance-sina-cn-…: fold config "打开新浪新闻  阅读全文"',
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
      evidence: [
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
      evidence: [
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
      evidence: [
        'shared/fixtures/pages/mobile-finance-sina-cn-…: section#midThreeAds (<!--广告_s-->)',
        'a sina.cn userscript found by find_string "artFoldBox": removes #midThreeAds',
      ],
    },
  },
];

/** The rules a cleaner applies inside the body. */
export const BODY_RULES: readonly Rule[] = RULES.filter((rule) => rule.scope === 'body');
