// Material for the mutation property test: boilerplate as Sina injects it, attributes that no rule
// looks at, and text in scripts and encodings that pages carry.

/** Boilerplate snippets as they stand in real Sina bodies (see shared/notes/sina-pages.md). */
export const BOILERPLATE: readonly string[] = [
  '<div class="clearfix appendQr_wrap"><div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div></div>',
  '<p class="article-editor">责任编辑：王珊珊 SF014</p>',
  '<p><span id="stock_sh601099"><a class="keyword" href="https://finance.sina.com.cn/realstock/company/sh601099/nc.shtml">太平洋</a></span><span id="quote_sh601099">3.21(+1.2%)</span></p>',
  '<!-- 总声明--><div>新浪声明：此消息系转载自新浪合作媒体。</div><!-- 总声明-->',
  '<p>进入【新浪财经股吧】讨论</p>',
  '<p>长按二维码，关注我们的公众号</p>',
  '<div class="article-notice">免责声明：自媒体综合提供的内容均源自自媒体，版权归原作者所有。</div>',
  '<ins class="sinaads" data-ad-pdps="PDPS000000056054"></ins>',
  '<style>.appendQr_wrap{border:1px solid #E6E6E6}</style>',
  '<p>相关新闻：<a href="https://finance.sina.com.cn/x.shtml">另一篇报道</a></p>',
];

/** Attributes no cleaning rule reads: random values in them must change nothing. */
export const SAFE_ATTRIBUTES: readonly string[] = [
  'data-x',
  'title',
  'lang',
  'dir',
  'data-sudaclick',
  'aria-label',
];

/** Text in other scripts, bidi and zero-width controls, emoji, astral CJK, mojibake. */
export const ODD_TEXT: readonly string[] = [
  'مرحبا بالعالم، هذا نص عربي طويل بما يكفي ليكون فقرة.',
  '\u202e这段文字带有从右到左的控制符\u202c以及\u200b零宽字符\u200d。',
  '表情符号 👇🏻 与 𠀀𠀁𠀂 扩展汉字以及 ｆｕｌｌ－ｗｉｄｔｈ 字母混排的一段话。',
  'Ã¤Ã¶Ã¼ æ–°æµª 乱码 锟斤拷烫烫烫 的一段文字内容。',
  'Ελληνικά και русский текст в одном абзаце статьи.',
  '<img src=x onerror=alert(1)> 作为文字出现的标签 <script>alert(1)</script>',
];

/** Words that mark a paragraph as Sina's or the outlet's furniture, whatever rule removes it. */
export const BOILERPLATE_WORDS =
  /责任编辑|海量资讯|新浪声明|免责声明|股吧|二维码|新酷产品|新浪众测|相关新闻|此前报道|点击投票|公众号|客户端|免费邮箱|特别声明：以上文章内容仅代表作者本人观点/;
