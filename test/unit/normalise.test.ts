import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline/extract.js';
import iconv from 'iconv-lite';
import { normalise } from '../../src/pipeline/normalise.js';
import { originalSlice } from '../../src/pipeline/text-map.js';

describe('normalise', () => {
  it('converts traditional to simplified without the Taiwan phrase table (显著 stays 显著)', () => {
    const n = normalise('市長陳國華主持召開會議，成效顯著。');
    expect(n.text).toBe('市长陈国华主持召开会议，成效显著。');
    expect(n.script).toBe('traditional');
  });

  it('keeps the characters simplified Chinese also writes (昇, 乾) in a simplified text, and converts them in a traditional one', () => {
    const s = normalise('市长刘乾主持召开会议，副市长张昇，市政府秘书长王陞出席会议。');
    expect(s.text).toBe('市长刘乾主持召开会议，副市长张昇，市政府秘书长王陞出席会议。');
    expect(s.script).toBe('simplified');
    // (乾 in a name stays 乾 there too — simplified writing keeps it in names; 乾淨 is 干净)
    const t = normalise('市長劉乾主持召開會議，副市長張陞出席會議，會場乾淨。');
    expect(t.text).toBe('市长刘乾主持召开会议，副市长张升出席会议，会场干净。');
    expect(t.script).toBe('traditional');
    // (the surname 沈 stays 沈 where an older phrase of the table reads 沈思 as 沉思)
    expect(normalise('出席：黃一平、沈思宏、蔡學義。').text).toBe('出席：黄一平、沈思宏、蔡学义。');
  });

  it('removes a pinyin gloss only when it is the character’s own reading', () => {
    const n = normalise('常務(wù)會(huì)議在市政府召開(扩大)，(记者 王明)(AI)');
    expect(n.text).toContain('常务会议');
    expect(n.text).toContain('(扩大)');
    expect(n.text).toContain('(记者 王明)');
    expect(n.text).toContain('(AI)');
    // a syllable that is not this character's reading stays
    expect(normalise('会(bào)').text).toBe('会(bào)');
  });

  it('removes glosses written with a space inside the bracket, in titles too', () => {
    expect(normalise('縣政府常務會(huì )議審議《某縣發(fā )展規(guī )劃》').text).toBe('县政府常务会议审议《某县发展规划》');
    expect(normalise('会( bào )').text).toBe('会( bào )');
  });

  it('removes a gloss a hard wrap broke (業⏎(yè), 負(fù⏎)責, 風(fē⏎ng)險), but not two lines apart; the line break stays', () => {
    expect(normalise('市政府辦公室和相關部門負(fù\n)責人參加會議。').text).toBe('市政府办公室和相关部门负\n责人参加会议。');
    expect(normalise('工業\n(yè)經濟運行不暢').text).toBe('工业\n经济运行不畅');
    expect(normalise('充分估計困難、風(fē\nng)險和不確定性').text).toBe('充分估计困难、风\n险和不确定性');
    expect(normalise('某某\n\n(fù)').text).toContain('(fù)');
  });

  it('double-spaced hard-wrapped text (a blank line after every line) reads as wrapped; paragraphs set apart by blank lines stay', () => {
    const lines = ['在全县推进春耕生产和', '水利建设工作会议上的讲话', '同志们：'];
    const body = '今天会议的主要任务是统筹推进春耕生产和水利建设工作，这既是一次部署会也是一次推进会，各乡镇各部门特别是各级领导干部要扛起责任统筹兼顾，努力把今年的各项目标任务完成好，确保在春耕生产中交出优异的答卷。';
    const wrapped = [...lines, ...(body.repeat(2).match(/.{1,24}/gu) ?? [])].join('\n \n');
    const n = normalise(wrapped);
    expect(n.meta.hardWrapped).toBe(true);
    expect(n.text).toContain('统筹推进春耕生产和水利建设工作，这既是一次部署会');
    // paragraphs of a web page, each followed by a blank line: not joined
    const paras = ['3月5日，县长韩立主持召开县政府常务会议。', '会议研究了春耕生产工作，', '会议审议通过了有关方案。', '会议要求各乡镇抓好落实。', '会议强调要压实责任。', '会议指出要统筹兼顾。', '会议还研究了其他事项。', '（记者 钱文）'].join('\n\n');
    expect(normalise(paras).text).toContain('会议研究了春耕生产工作，\n\n会议审议通过了有关方案。');
  });

  it('a page hard-wrapped with its glosses: its lines\' width counts them, as the page set them', () => {
    // glosses on some lines only: without them those lines look short, and the page not wrapped
    const text = [
      '会议指出要进一步提高思想认识按照职责分工抓紧推进交通保障道路建设停车场配套通信信号覆盖供水供电保障环境整治提升等各项工作',
      '區(qū)政協(xié)黨(dǎng)組書(shū)記(jì)、主席(xí)韓立強主持(chí)召開(kāi)區(qū)政協(xié)黨(dǎng)組(zǔ)會(huì)議(yì)',
      '各单位要每天更新调度工作进展按时保质完成各项任务并及时报送有关情况确保各项工作落到实处取得实效',
      '會(huì)議(yì)傳(chuán)達(dá)學(xué)習(xí)了有關(guān)文件精神(shén)並(bìng)研究(jiū)部署(shǔ)了下一步工作',
    ].join('，') + '，市政府办公室和相关部门负责人参加会议。';
    const n = normalise((text.match(/.{1,28}/gu) ?? []).join('\n'));
    expect(n.meta.hardWrapped).toBe(true);
    expect(n.text).toContain('区政协党组书记、主席韩立强主持召开区政协党组会议，');
    expect(n.text).not.toContain('\n');
  });

  it('repairs doubled and broken punctuation and ASCII commas', () => {
    const n = normalise('副市长甲乙丙,,丁戊己,、庚辛壬参加会议,。');
    expect(n.text).toBe('副市长甲乙丙，丁戊己、庚辛壬参加会议。');
  });

  it('ASCII commas and colons read as Chinese ones, except inside numbers and clock times', () => {
    expect(normalise('投资1,250万元,会议于8:30开始:议程3项,2,3号文件').text).toBe('投资1,250万元，会议于8:30开始：议程3项，2，3号文件');
    expect(normalise('共12,5个,项目:甲,乙').text).toBe('共12，5个，项目：甲，乙');
  });

  it('joins two-character names padded to three in lists, and nothing else', () => {
    expect(normalise('市领导田　野、欧阳明、卢  斌，龚 伟参加会议。').text).toBe('市领导田野、欧阳明、卢斌，龚伟参加会议。');
    expect(normalise('咬定目标 确保完成').text).toBe('咬定目标 确保完成');
    // before what a name is followed by: a connector, a verb of the person's, a day
    expect(normalise('甲某某、邬　林及有关部门同志列席会议。').text).toBe('甲某某、邬林及有关部门同志列席会议。');
    expect(normalise('镇长龚　澈向大会报告工作。').text).toBe('镇长龚澈向大会报告工作。');
    expect(normalise('区委办主任柏　澜就《办法》作说明。').text).toBe('区委办主任柏澜就《办法》作说明。');
    expect(normalise('区政协副主席邝　涛应邀出席。').text).toBe('区政协副主席邝涛应邀出席。');
    expect(normalise('区长费　雯昨天下午主持会议。费　雯说，要抓好落实。').text).toBe('区长费雯昨天下午主持会议。费雯说，要抓好落实。');
    expect(normalise('记者 王 明 报道').text).not.toContain('王明');
    // (a byline's name and what it gave, closing it, is no padded name: (某某 文 某某 图), 某某 摄)
    expect(normalise('会议结束。\n(柏杨 文 童文 图)\n').text).toContain('(柏杨 文 童文 图)');
    expect(normalise('记者 柏杨 摄').text).toBe('记者 柏杨 摄');
  });

  it('keeps commas in numbers and colons in clock times', () => {
    const n = normalise('会议于9:30开始，计划投资1,200万元,分两期实施。');
    expect(n.text).toBe('会议于9:30开始，计划投资1,200万元，分两期实施。');
  });

  it('repairs GBK text decoded one byte off, and leaves ordinary text alone', () => {
    // the damage as a scraper makes it: GBK bytes read from the second byte on, so every pair is
    // off by one until a one-byte (ASCII) character brings the reading back in step
    const bytes = iconv.encode('。《实施办法》中关于(2020年)', 'gbk');
    const shifted = new TextDecoder('gb18030').decode(bytes.subarray(1));
    const damaged = '会议通过?' + shifted;
    const n = normalise(damaged);
    expect(n.text).toContain('《实施办法》');
    expect(n.diagnostics.some((d) => d.code === 'mojibake-repaired')).toBe(true);
    expect(normalise('这是？正常的句子').text).toBe('这是？正常的句子');
  });

  it('runs of ?? a wrong code page left (调研??h领导…, a line\'s ??? indent) go, with a warning; ?? after other marks stays', () => {
    const n = normalise('??? 5月3日，市领导来我县调研??h领导钱文、孙立参加座谈。');
    expect(n.text).toBe(' 5月3日，市领导来我县调研，领导钱文、孙立参加座谈。');
    expect(n.diagnostics.some((d) => d.code === 'mojibake-debris' && d.severity === 'warning')).toBe(true);
    expect(normalise('他问：“真的吗？”“是的!??”').text).toContain('!??');
  });

  it('a lost character (a ? and the ASCII letter its second byte is: 会议?h县…) is a break where the page has several; one ?A between words stays', () => {
    const n = normalise('县人大常委会举行第三次会议?h人大常委会主任甲乙主持?h人大常委会副主任丙丁出席会议。');
    expect(n.text).toBe('县人大常委会举行第三次会议，人大常委会主任甲乙主持，人大常委会副主任丙丁出席会议。');
    expect(n.diagnostics.some((d) => d.code === 'mojibake-debris')).toBe(true);
    // with a run of ?? elsewhere, one is enough
    expect(normalise('会议??h领导甲乙出席?k县长丙丁讲话。').text).toBe('会议，领导甲乙出席，县长丙丁讲话。');
    expect(normalise('他说涨了?A股今天开盘。').text).toBe('他说涨了?A股今天开盘。');
  });

  it('the character a stray letter was the second byte of (縣 is BF 68 in GBK: ??h) comes back where the page uses it before what follows', () => {
    // 縣長 is written elsewhere on the page: ??h長 lost a 縣
    const n = normalise('縣委書記甲乙丙主持會議??h長丁戊己、常務副縣長庚辛壬出席。');
    expect(n.text).toBe('县委书记甲乙丙主持会议，县长丁戊己、常务副县长庚辛壬出席。');
    expect(n.diagnostics.some((d) => d.code === 'mojibake-restored')).toBe(true);
    // at a line's start too, with no comma before it
    expect(normalise('縣長甲乙丙主持會議。\n??h長丁戊己出席。').text).toBe('县长甲乙丙主持会议。\n县长丁戊己出席。');
    // 議 ends in h too: 議題 on the page makes ??h題 a 議題
    expect(normalise('會議研究議題。會議??h題三項。').text).toBe('会议研究议题。会议，议题三项。');
    // nothing on the page backs a guess (no 縣人, 黨人 or 議人): a comma only
    expect(normalise('縣十七屆人大常委會舉行會議?h人大主任甲乙主持?h人大副主任丙丁出席。').text).toBe('县十七届人大常委会举行会议，人大主任甲乙主持，人大副主任丙丁出席。');
  });

  it('a forum\'s clock (GMT+8, 2025-3-28 20:36) is the time the page was shown: no publication date', () => {
    const n = normalise(['某会议召开', '2月14日下午，县政府召开常务会议。', 'GMT+8, 2025-3-28 20:36'].join('\n'));
    expect(n.meta.publishedRaw).toEqual([]);
    expect(n.text).not.toContain('GMT');
  });

  it('a social-media account\'s header (原创 某某发布 2024-07-09 18:30 发表于浙江) is no headline; its date is the page\'s', () => {
    const n = normalise(['原创 某某发布 2024-07-09 18:30 发表于浙江', '县政府召开常务会议', '7月8日上午，县长某某主持召开县政府常务会议。'].join('\n'));
    expect(n.meta.title).toBe('县政府召开常务会议');
    expect(n.meta.publishedRaw).toEqual(['2024-07-09']);
    expect(n.text).not.toContain('发表于');
    expect(n.text).not.toContain('原创');
    // (a longer account with no 原创 mark, an author before it, a date in 年月日)
    expect(normalise(['某某县融媒体中心 2024-07-09 18:30 发表于浙江', '县政府召开常务会议', '7月8日，县政府召开常务会议。'].join('\n')).meta.title).toBe('县政府召开常务会议');
    expect(normalise(['原创 钟立 某某发布 2024年7月9日 18:30 发表于浙江', '县政府召开常务会议', '7月8日，县政府召开常务会议。'].join('\n')).meta.title).toBe('县政府召开常务会议');
  });

  it('a site\'s menu (·投稿 ·信箱), an app\'s banner (某某APP), a caption with its picture\'s source and 当前您的位置 are no headline', () => {
    const n = normalise(['·网上投稿 ·主任信箱 ·阳光投诉', '某某APP', '某某公众号', '当前您的位置: 首页 >> 新闻动态', '3 上一篇  下一篇 4 放大 缩小 默认', '县政府召开常务会议', '3月2日，县长某某主持召开县政府常务会议。'].join('\n'));
    expect(n.meta.title).toBe('县政府召开常务会议');
    expect(n.text).not.toContain('APP');
    expect(n.text).not.toContain('信箱');
    expect(normalise(['会场 图片来源：某某市新闻中心', '3月2日，县长某某主持召开县政府常务会议。'].join('\n')).meta.title).toBeNull();
    // a page's separator after the headline is no part of it
    expect(normalise(['县政府召开常务会议 |', '时间：2020-01-03 来源：某某新闻 |', '3月2日，县长某某主持召开县政府常务会议。'].join('\n')).meta.title).toBe('县政府召开常务会议');
    // nor is a byline alone above the text; a headline that starts with a word such a byline starts with is one
    expect(normalise(['□记者 邰敏 报道', '某某网讯 5月6日，县政府第三次常务会议召开。'].join('\n')).meta.title).toBeNull();
    expect(normalise(['记者：邰敏 卜凡', '5月6日，县政府第三次常务会议召开。'].join('\n')).meta.title).toBeNull();
    expect(normalise(['记者邰敏/综合报导', '某县政府召开县务会议，由县长主持。'].join('\n')).meta.title).toBeNull();
    // after an outlet's name and a bar, and in 〔〕 with two reporters
    expect(normalise(['某新闻|记者张某舜/台北报导', '某县政府召开县务会议，由县长主持。'].join('\n')).meta.title).toBeNull();
    expect(normalise(['〔记者丁某杰、林某樟/嘉义报导〕', '某县政府召开县务会议，由县长主持。'].join('\n')).meta.title).toBeNull();
    // a line of telephone numbers and addresses is no headline; an ordinal spaced out is one word again
    const n2 = normalise(['0310-3111082 3047798688@qq.com', '市政府第 68 次常务会议召开', '5月19日，市长主持召开市政府第 68 次常务会议。'].join('\n'));
    expect(n2.meta.title).toBe('市政府第68次常务会议召开');
    expect(n2.text).toContain('市政府第68次常务会议。');
    // an e-paper's page navigation, even with a comma
    expect(normalise(['下一版»本期共4版, 当前第1版 PDF', '8月28日下午，县领导慰问政协委员。'].join('\n')).meta.title).toBeNull();
    // an accessibility link and a page's widgets (按Enter到主内容区, 点阅率, 字型大小) are neither
    expect(normalise(['按Enter到主内容区', '县府昨召开主管会报', '点阅率:222', '字型大小:', '县府昨日召开主管会报，由县长主持。'].join('\n')).meta.title).toBe('县府昨召开主管会报');
    expect(normalise(['记者节座谈会在县融媒体中心召开', '11月8日，县委书记出席座谈会。'].join('\n')).meta.title).toBe('记者节座谈会在县融媒体中心召开');
    // a site's greeting and a notice's addressees (…各部门：) are no headline
    expect(normalise(['欢迎进入某某市某某区人民政府网站!', '区政府召开第2次区长办公会议', '3月3日，区长某某主持召开区长办公会议。'].join('\n')).meta.title).toBe('区政府召开第2次区长办公会议');
    // (the greeting names the site, as its breadcrumbs do)
    expect(normalise(['欢迎访问某某县人民政府网', '县政府召开常务会议', '3月3日，县长某某主持召开县政府常务会议。'].join('\n')).meta.siteSections).toEqual(['欢迎访问某某县人民政府网']);
    expect(normalise(['各镇人民政府、各街道办事处，区直各部门：', '《某某规则》已经区政府第六次常务会议通过，现予印发，请遵照执行。'].join('\n')).meta.title).toBeNull();
    // a field of a meeting's record (会议地点：…, 主持人：…) is no headline; a headline quoting a person after a colon is one
    expect(normalise(['会议地点：某某市人民政府', '会议摘要：3月2日，市长某某主持召开市政府常务会议。'].join('\n')).meta.title).toBeNull();
    expect(normalise(['主持人：某某', '3月2日，市长某某主持召开市政府常务会议。'].join('\n')).meta.title).toBeNull();
    expect(normalise(['某某：扎实推进营商环境建设', '3月2日，市长某某主持召开市政府常务会议。'].join('\n')).meta.title).toBe('某某：扎实推进营商环境建设');
  });

  it('a header line with the site\'s web address, the date and the paper is the page\'s', () => {
    const n = normalise(['某区召开专题会议', 'http://www.example.com.cn 2009年04月07日08:15 某某晚报', '昨天上午，区长某某主持召开专题会议。'].join('\n'));
    expect(n.meta.publishedRaw).toEqual(['2009年04月07日']);
    expect(n.meta.sourceName).toBe('某某晚报');
    expect(n.text).not.toContain('example');
  });

  it('a date alone in 【】 dates the page: it is no line of widgets', () => {
    const n = normalise(['区政府召开专题会议', '【2024-03-05】', '【打印】【关闭】', '3月4日，区长马文海主持召开专题会议。'].join('\n'));
    expect(n.meta.publishedRaw).toEqual(['2024-03-05']);
    expect(n.text).not.toMatch(/2024-03-05|打印|关闭/);
  });

  it('a record\'s heading of who spoke (【区发改局某某同志发言】) is text, no line of widgets', () => {
    const n = normalise(['区政府召开常务会议', '【打印】【关闭】', '9:40', '【区发改局邬启明同志发言】', '汇报关于中期评估的情况'].join('\n'));
    expect(n.text).toContain('【区发改局邬启明同志发言】');
    expect(n.text).not.toMatch(/打印|关闭/);
  });

  it('strips page clutter and reads the title, date and source', () => {
    const page = ['区政府召开专题会议', '发布时间：2022-06-08 10:20 信息来源：某某融媒', '字号：大 中 小', '打印', '6月7日，区长马文海主持召开专题会议。', '扫一扫在手机打开当前页'].join('\n');
    const n = normalise(page);
    expect(n.meta.title).toBe('区政府召开专题会议');
    expect(n.meta.publishedRaw).toEqual(['2022-06-08']);
    expect(n.meta.sourceName).toBe('某某融媒');
    expect(n.text).not.toMatch(/字号|打印|扫一扫/);
    expect(n.text).toContain('区长马文海主持召开专题会议');
    // a disclosure page's publisher (发布机构：…, 发文机关：…) is its source when no 来源 names one
    expect(normalise(['县政府召开常务会议', '发布机构：某某县人民政府办公室', '3月1日，县长主持召开县政府常务会议。'].join('\n')).meta.sourceName).toBe('某某县人民政府办公室');
    // a notice to phone readers is no headline
    const phone = normalise(['欢迎使用手机浏览', '县政府召开常务会议', '3月1日，县长主持召开县政府常务会议。'].join('\n'));
    expect(phone.meta.title).toBe('县政府召开常务会议');
    expect(phone.text).not.toContain('手机');
    // nor is a reading-time hint (本文共812字，阅读约需3分钟)
    for (const hint of ['本篇文章512字，读完约2分钟', '全文共1200字，阅读大约需要4分钟', '本文约800字 预计阅读时间3分钟']) {
      const read = normalise([hint, '县政府召开常务会议', '3月1日，县长主持召开县政府常务会议。'].join('\n'));
      expect(read.meta.title).toBe('县政府召开常务会议');
      expect(read.text).not.toContain('分钟');
    }
  });

  it('where the page sits in its site (您现在所在的位置：首页 > …) is no headline; its section may name the city', () => {
    const page = ['您现在所在的位置： 网站首页 > 新闻中心 > 旌德要闻', '县政府召开第9次常务会议', '发布时间：2021-05-06 来源：县融媒体中心', '5月5日，县长马文海主持召开县政府第9次常务会议。'].join('\n');
    const n = normalise(page);
    expect(n.meta.title).toBe('县政府召开第9次常务会议');
    expect(n.meta.siteSections).toEqual(['您现在所在的位置： 网站首页 > 新闻中心 > 旌德要闻']);
    expect(n.text).not.toMatch(/位置/);
    const r = extractDocument({ source: 't.txt', text: page });
    expect(r.ok && r.record.document.city).toBe('旌德');
    expect(normalise(['当前所在位置：首页 > 政务公开', '县政府召开第9次常务会议', '5月5日，县长主持会议。'].join('\n')).meta.title).toBe('县政府召开第9次常务会议');
    // (您当前所在的位置是：, the breadcrumbs ending with the headline itself)
    expect(normalise(['您当前所在的位置是：首页 > 政协工作 > 县政协召开党组会议暨九届十一次主席会议', '县政协召开党组会议暨九届十一次主席会议', '5月5日，县政协召开党组会议暨主席会议。'].join('\n')).meta.title).toBe('县政协召开党组会议暨九届十一次主席会议');
    // breadcrumbs with >> (某某网>>地方频道): a section, no headline
    const portal = normalise(['某某网', '某某网>>江南频道', '', '某区某某街道召开居民区书记例会', '', '8月11日下午，某某街道召开居民区书记例会。'].join('\n'));
    expect(portal.meta.title).toBe('某区某某街道召开居民区书记例会');
    expect(portal.meta.siteSections).toContain('某某网>>江南频道');
    // 当前页面, with the breadcrumbs on the next line starting with the mark
    expect(normalise(['当前页面:首页', '> 政府动态 > 镇街动态', '某某街道召开议政会', '7月2日，街道召开议政会。'].join('\n')).meta.title).toBe('某某街道召开议政会');
    // a bullet before it, and the section on a line of its own
    expect(normalise(['• 当前位置:', ' news', '县政府召开第9次常务会议', '5月5日，县长主持会议。'].join('\n')).meta.title).toBe('县政府召开第9次常务会议');
    // the section's own label before it, a space before the colon
    expect(normalise(['人大动态 当前位置 : 首页 > 人大动态', '县人大常委会召开主任会议', '5月5日，县人大常委会召开主任会议。'].join('\n')).meta.title).toBe('县人大常委会召开主任会议');
  });

  it('other page furniture is no headline: an e-paper header cut apart, a photo\'s numbered caption, an empty visit count', () => {
    // an e-paper's header cut apart (日期：… -- 某某报 -- 版次：[J2]) and a photo's numbered caption (图 1会场全景) are no headline either
    expect(normalise(['日期:[2018年09月13日] -- 某某报 -- 版次:[J2]', '', '某市现场会在某县召开', '', '9月11日，某市现场会在某县召开。'].join('\n')).meta.title).toBe('某市现场会在某县召开');
    expect(normalise(['图 1会场全景', '会前，镇人大主席某某组织代表集中学习。', '图 2镇长某某作政府工作报告'].join('\n')).meta.title ?? '').not.toMatch(/^图/);
    // a flattened header whose visit count is empty (访问次数： 某某): a page field, no headline
    expect(normalise(['发布时间:2008-03-06 08:39:18 访问次数: 邝明 信息来源:某县政府网', '大会现场', '某县第十五届人民代表大会第二次会议3月4日隆重开幕。'].join('\n')).meta.title ?? '').not.toMatch(/访问次数/);
  });

  it('the header table of an information-disclosure page (索  引  号：… 发文机关：…, 组配分类：… 成文日期：…) is the page\'s: no headline, no text', () => {
    const page = ['首页', '> 政府信息公开 > 县发改委 > 工作动态', '索  引  号: AB0001/2024-00123 发文机关: 县发改委 文      号:', '组配分类: 工作动态 成文日期: 2024-03-08 废止日期: 有效性:', '', '全县项目推进会召开', '', '3月7日，全县项目推进会召开，副县长马文海出席并讲话。'].join('\n');
    const n = normalise(page);
    expect(n.meta.title).toBe('全县项目推进会召开');
    expect(n.meta.publishedRaw).toEqual(['2024-03-08']);
    expect(n.text).not.toMatch(/索|发文机关|组配/);
  });

  it('an e-paper\'s masthead (某某日报 数字报纸) and page label (第03版:要闻) are no headline', () => {
    const n = normalise(['2024年01月09日', '', '某某日报 数字报纸', '', '第03版:要闻', '', '市政协召开常委会会议', '', '8日，市政协召开常委会会议。'].join('\n'));
    expect(n.meta.title).toBe('市政协召开常委会会议');
    expect(n.text).not.toMatch(/数字报纸/);
  });

  it('a site\'s tool bar (微信 智能问答 繁體版) and an image\'s file name are the page\'s, not the headline or the text', () => {
    const n = normalise(['微信 智能问答 繁體版', '本网站已支持IPV6', '县委常委会会议召开', '县委常委会会议召开1.jpg', '5月5日，县委书记马文海主持会议。'].join('\n'));
    expect(n.meta.title).toBe('县委常委会会议召开');
    expect(n.text).not.toMatch(/微信|IPV6|jpg/);
    expect(n.text).toContain('县委书记马文海主持会议');
    // (登录 | 注册 简体 繁体, 无障碍阅读 进入适老模式: the bar of a county's site)
    const bar = normalise(['登录 | 注册   微信 简体 繁体', '无障碍阅读 进入适老模式', '', '县长主持召开项目推进会', '', '5月5日，县长马文海主持召开项目推进会。'].join('\n'));
    expect(bar.meta.title).toBe('县长主持召开项目推进会');
    // (登录/注册 用户中心 支持IPV6: a portal's account links)
    const account = normalise(['欢迎访问某县人民政府！', '登录/注册 用户中心 支持IPV6', '当前位置: 首页>新闻中心', '全县防汛工作会议召开', '', '5月5日，全县防汛工作会议召开。'].join('\n'));
    expect(account.meta.title).toBe('全县防汛工作会议召开');
  });

  it('a note on a list\'s order (按姓名笔画排列, 排名不分先后) is removed, the offsets still pointing into the original', () => {
    const src = '本次大会的执行主席是（按姓名笔画排列）：邬启明、童嘉树。出席的有（排名不分先后）：钱文、孙立。';
    const n = normalise(src);
    expect(n.text).toBe('本次大会的执行主席是：邬启明、童嘉树。出席的有：钱文、孙立。');
    const at = n.text.indexOf('邬启明');
    expect(src.slice(n.map[at]!, n.map[at + 3]!)).toBe('邬启明');
    // (a bracket that says something else stays)
    expect(normalise('副县长邬启明（挂职）出席会议。').text).toContain('(挂职)');
  });

  it('a line of running text is not joined into a labelled line after it (列席：…，…负责人⏎请假：某某)', () => {
    expect(normalise(['列席：郑海、孔祥瑞，县直有关部门主要负责人', '请假：范志坚'].join('\n')).text).toBe('列席：郑海、孔祥瑞，县直有关部门主要负责人\n请假：范志坚');
  });

  it('a list set out one item per line after its heading (出席会议的县领导有：⏎…⏎…) reads as one list', () => {
    const n = normalise(['3月2日，县长韩立主持召开县政府常务会议。', '出席会议的县领导有：', '县委常委、组织部部长孔祥瑞', '副县长范志坚；', '副县长钟平', '会议要求，各部门要压实责任。'].join('\n'));
    expect(n.text).toContain('出席会议的县领导有：县委常委、组织部部长孔祥瑞；副县长范志坚；副县长钟平。\n会议要求');
    const r = extractDocument({ source: 't.txt', text: n.original });
    const rec = r.ok ? r.record : null;
    const attended = rec?.relations.filter((x) => x.type === 'ATTENDED').map((x) => rec.people.find((p) => p.id === x.from)?.name);
    expect(attended).toEqual(['孔祥瑞', '范志坚', '钟平']);
    // a heading followed by a sentence is left alone
    expect(normalise(['参加会议的有：', '县政府各部门主要负责同志参加了会议。'].join('\n')).text).toBe('参加会议的有：\n县政府各部门主要负责同志参加了会议。');
    // (a minutes' field as the heading, as the people reader takes it: 与会人员：, 参会人员还有：)
    expect(normalise(['3月2日，县长韩立主持召开县政府常务会议。', '与会人员：', '副县长范志坚', '副县长钟平', '会议要求，各部门要压实责任。'].join('\n')).text).toContain('与会人员：副县长范志坚；副县长钟平。\n会议要求');
    expect(normalise(['3月2日，县长韩立主持召开县政府常务会议。', '参会人员还有：', '副县长范志坚', '副县长钟平', '会议要求，各部门要压实责任。'].join('\n')).text).toContain('参会人员还有：副县长范志坚；副县长钟平。\n会议要求');
  });

  it('a table of those present, titles and names in columns set apart by spaces (本府出席人员：⏎市　　长　甲⏎副 市 长　乙　　副 市 长　丙), reads as one list', () => {
    const text = ['某市政府第87次市政会议纪录', '本府出席人员：', '市　　长　邬启明', '副 市 长　童嘉树　　副 市 长　钱文', '副  秘书 长　孙立　　民政局局长　柏　杨', '壹、主席宣布开会'].join('\n');
    expect(normalise(text).text).toContain('本府出席人员：市长邬启明；副市长童嘉树、副市长钱文；副秘书长孙立、民政局局长柏杨。\n');
    const r = extractDocument({ source: 't.txt', text });
    const rec = r.ok ? r.record : null;
    const attended = rec?.relations.filter((x) => x.type === 'ATTENDED').map((x) => rec.people.find((p) => p.id === x.from)?.name);
    expect(attended).toEqual(['邬启明', '童嘉树', '钱文', '孙立', '柏杨']);
    // (a title and names under a list's heading, 副县长　甲　乙: both the title's)
    expect(normalise(['出席会议的有：', '县长　邬启明', '副县长　童嘉树　钱文', '会议研究了有关事项。'].join('\n')).text).toContain('出席会议的有：县长邬启明；副县长童嘉树、钱文。\n');
    // (a row of names alone is the list's too; a row of other words is no such table and stays as written)
    expect(normalise(['出席会议的有：', '邬启明　童嘉树　钱文', '会议研究了有关事项。'].join('\n')).text).toContain('出席会议的有：邬启明、童嘉树、钱文。\n');
    expect(normalise(['出席会议的有：', '全体　机关干部', '会议研究了有关事项。'].join('\n')).text).toContain('全体 机关干部');
  });

  it('a meeting record whose fields have their label alone on a line and the value on the next (会议主持人：⏎…)', () => {
    const n = normalise(['某区政府召开第5次常务会议', '会议时间：', '2023年5月6日(星期六)上午9:30', '会议地点：', '区政府三楼会议室', '会议主持人：', '区委副书记、区长韩立', '列席情况：', '郑海、孔祥瑞、范志坚、钟平、曹明、吕方', '会议议题：', '关于某某工作的汇报'].join('\n'));
    // the meeting's day is the field's, not the page's date
    expect(n.text).toContain('会议时间：2023年5月6日(星期六)上午9:30\n会议地点：区政府三楼会议室\n');
    expect(n.meta.publishedRaw).toEqual([]);
    expect(n.text).toContain('会议主持人：区委副书记、区长韩立。\n列席情况：郑海、孔祥瑞、范志坚、钟平、曹明、吕方。\n');
    const r = extractDocument({ source: 't.txt', text: n.original });
    const rec = r.ok ? r.record : null;
    const of = (type: string) => rec?.relations.filter((x) => x.type === type).map((x) => rec.people.find((p) => p.id === x.from)?.name);
    expect(of('CHAIRED')).toEqual(['韩立']);
    expect(of('ATTENDED')).toEqual(['郑海', '孔祥瑞', '范志坚', '钟平', '曹明', '吕方']);
    expect(rec?.meetings[0]?.date).toBe('2023-05-06');
  });

  it('a disclosure page\'s table of fields (索引号, 组配分类, 发文日期 …) is the page\'s, not its headline or text, with colons or spaces', () => {
    const lines = ['索引号 11330000000000000X/2022-000001 组配分类 常务会议 主题分类 政务公开', '发文日期 2022-04-08 成文日期 2022-03-19', '发布机构 区政府办公室', '公开方式 主动公开 公开范围 面向社会', '', '区政府召开第3次常务会议', '', '3月18日，区长韩立主持召开区政府第3次常务会议。'];
    const n = normalise(lines.join('\n'));
    expect(n.meta.title).toBe('区政府召开第3次常务会议');
    expect(n.text).not.toMatch(/索引号|组配分类|发文日期|发布机构|公开方式/);
    expect(n.meta.publishedRaw[0]).toBe('2022-04-08');
    // a label whose value was its date names no source
    expect(n.meta.sourceName).toBeNull();
    // (with colons, as before)
    expect(normalise(['索引号：11330000000000000X/2022-000001', '主题分类：政务公开', '区政府召开第3次常务会议', '3月18日，区长韩立主持会议。'].join('\n')).meta.title).toBe('区政府召开第3次常务会议');
  });

  it('a disclosure table drawn with bars (索 引 号 | … | 公开目录 | …) is the page\'s; its 名称 field gives the title, and stays text', () => {
    const lines = ['索 引 号 | 20240103-000001 | 发布机构 | 某市应急管理局 | ||', '公开目录 | 防灾减灾 | 发布日期 | 2023-07-26 | ||', '名 称 | 某市防汛抗旱指挥部召开防汛会商会议 | ||||', '时 效 | 主题分类 | 文 种 |', '当前，我市正处于防汛关键期。7月24日下午，市防指召开防汛会商会议。'];
    const n = normalise(lines.join('\n'));
    expect(n.meta.title).toBe('某市防汛抗旱指挥部召开防汛会商会议');
    expect(n.text).not.toMatch(/索\s*引\s*号|公开目录|时\s*效/);
    expect(n.text).toContain('某市防汛抗旱指挥部召开防汛会商会议');
    expect(n.meta.publishedRaw[0]).toBe('2023-07-26');
  });

  it('a publication date with a clock time after it (2023/5/6 09:12), or written as eight digits (20230506)', () => {
    expect(normalise(['县政府召开常务会议', '时间：2023/5/6 09:12', '5日，县长主持会议。'].join('\n')).meta.publishedRaw).toEqual(['2023/5/6']);
    // a section's name written with a stop before the field (要闻.快讯 加入时间：…) is still the page's line
    expect(normalise(['县政府召开常务会议', '要闻.快讯  加入时间:2015-03-06 10:29:23', '5日，县长主持会议。'].join('\n')).meta.publishedRaw).toEqual(['2015-03-06']);
    expect(normalise(['县政府召开常务会议', '发布日期: 20230506', '5日，县长主持会议。'].join('\n')).meta.publishedRaw).toEqual(['2023-05-06']);
  });

  it('a header line of counters (阅读次数, 浏览量) with the date and bylines is the page\'s, not the headline; its bylines are still read', () => {
    const page = ['2023-04-11 09:30:12 编辑: 韩雪梅 审核人:邵建 阅读次数:315 |', '4月10日，县长马文海主持召开县政府常务会议。'].join('\n');
    const n = normalise(page);
    expect(n.meta.title).toBeNull();
    expect(n.meta.publishedRaw).toEqual(['2023-04-11']);
    const r = extractDocument({ source: 't.txt', text: page });
    expect(r.ok && r.record.document.title).toBeNull();
    const rec = r.ok ? r.record : null;
    const nameOf = (id: string) => rec?.people.find((p) => p.id === id)?.name;
    expect(rec?.relations.filter((x) => x.type === 'EDITED').map((x) => nameOf(x.from))).toEqual(['韩雪梅', '邵建']);
  });

  it('joins hard-wrapped PDF lines, inside words and 《titles》, but not after headings', () => {
    const lines = [
      '在全县冬春农田水利建设动员会议上的讲话',
      '同志们：',
      '今天召开这次会议，主要任务是总结去年的工作，安排部',
      '署今年的农田水利建设任务，动员全县上下进一步统一思',
      '想，明确目标，扎实推进各项工作落实，确保取得实效。我',
      '们要认真学习《某省农田水利建设三年行动计划（2021—',
      '2023年）》等文件，结合实际抓好落实，不断提高工作水',
      '平，推动全县农田水利建设再上新台阶，为乡村振兴打下',
      '坚实的基础。各乡镇要高度重视，主要负责同志要亲自抓',
      '落实，分管负责同志要具体抓，确保各项任务按时完成好。',
    ];
    const n = normalise(lines.join('\n'));
    expect(n.meta.hardWrapped).toBe(true);
    expect(n.text).toContain('安排部署今年');
    expect(n.text).toContain('《某省农田水利建设三年行动计划(2021—2023年)》');
    expect(n.text).toMatch(/讲话\n同志们/);
  });

  it('in hard-wrapped text: a byline keeps the spaces between its names, a gloss cut by a line break goes, an indent counts toward the width', () => {
    const body = [
      '       今天上午，县委召开常委会扩大',
      '会议，研究部署当前重点工作，县委书',
      '记主持会议并讲话，县委副书记、县长',
      '出席会议，县委常委，县人大常委会、',
      '县政协负责同志列席会议。会议强调，',
      '要坚决扛起责任，确保各项任务落到实',
      '处，确保全年目标任务圆满完成，确保',
      '群众满意，确保社会大局和谐稳定，负(',
      'fù)责同志要亲自抓落实，一抓到底。',
      '(记者 钱文 孙立 通讯员 赵刚)',
    ];
    const n = normalise(body.join('\n'));
    expect(n.meta.hardWrapped).toBe(true);
    expect(n.text).toContain('县委召开常委会扩大会议');
    expect(n.text).toContain('负责同志要亲自抓落实');
    expect(n.text).toContain('(记者 钱文 孙立 通讯员 赵刚)');
  });

  it('in other text, a line that stops at a comma or mid-clause goes on on the next line', () => {
    const n = normalise(['区人大常委会主任主持会议，区人大常委会党组书记钱文，', '副区长孙立列席会议。', '会议审议了人事任免事项；审议通过了区人大', '常委会工作报告稿。'].join('\n'));
    expect(n.text).toContain('党组书记钱文，副区长孙立列席会议。');
    expect(n.text).toContain('审议通过了区人大常委会工作报告稿。');
  });

  it('keeps an offset map back to the original text', () => {
    const original = '4月1日,,市長(zhǎng)李建國主持會議。';
    const n = normalise(original);
    const i = n.text.indexOf('李建国');
    expect(originalSlice(original, n, i, i + 3)).toBe('李建國');
    const j = n.text.indexOf('市长');
    expect(originalSlice(original, n, j, j + 2)).toBe('市長(zhǎng)');
  });
});

describe('the dot of a transliterated name', () => {
  it('written as •, ・, ‧ or ． between Han characters is ·', () => {
    for (const dot of ['•', '・', '‧', '．']) expect(normalise(`县长阿依古丽${dot}买买提主持会议。`).text).toBe('县长阿依古丽·买买提主持会议。');
  });
});

describe('links to other articles', () => {
  it('after the text, a short headline line that ends in a date is a link: not text, not the page\'s date', () => {
    const page = ['某县召开县政府第5次常务会议', '发布时间：2024-03-02', '3月1日，县长钱文主持召开县政府第5次常务会议。', '· 区长孙立主持召开区政府第12次常务会议 2023-05-06', '县委书记赵刚出席全县安全生产工作会议并讲话（2023-05-04）'].join('\n');
    const n = normalise(page);
    expect(n.meta.publishedRaw).toEqual(['2024-03-02']);
    expect(n.text).not.toContain('孙立');
    expect(n.text).not.toContain('赵刚');
    const r = extractDocument({ source: 't.txt', text: page });
    expect(r.ok && r.record.meetings.map((m) => m.name)).toEqual(['县政府第5次常务会议']);
    // a sign-off (an office and the date) is no link: its date is still read
    expect(normalise(['3月1日，县长钱文主持召开县政府常务会议。', '某县人民政府办公室 2024年3月2日'].join('\n')).meta.publishedRaw).toEqual(['2024年3月2日']);
    // a sentence that ends in a date is text
    expect(normalise(['3月1日，县长钱文主持召开县政府常务会议。', '会议决定，下次会议于2024-05-06'].join('\n')).text).toContain('下次会议于2024-05-06');
  });

  it('after a heading of other articles (新闻推荐, 相关阅读 …), their teasers are not text; a byline there is still read', () => {
    const page = ['3月1日，县长钱文主持召开县政府第5次常务会议，副县长孙立出席会议。', '新闻推荐', '8月5日，县政府召开第九次全体会议，县长赵刚出席会议。', '（责任编辑：周平）'].join('\n');
    const n = normalise(page);
    expect(n.text).not.toContain('赵刚');
    const r = extractDocument({ source: 't.txt', text: page });
    expect(r.ok && r.record.meetings.map((m) => m.name)).toEqual(['县政府第5次常务会议']);
    expect(r.ok && r.record.people.filter((p) => p.role === 'staff').map((p) => p.name)).toEqual(['周平']);
    // the words inside a sentence are text
    expect(normalise(['3月1日，县长钱文主持召开常务会议。', '会议研究了新闻推荐工作。'].join('\n')).text).toContain('新闻推荐工作');
  });
});

describe('ASCII full stops', () => {
  it('end a sentence after Chinese text; not in a number, a web address, an ellipsis or an item number', () => {
    expect(normalise('3月1日，市长主持召开会议.副市长出席会议.').text).toBe('3月1日，市长主持召开会议。副市长出席会议。');
    expect(normalise('“5.18”经贸活动，网址www.example.gov.cn，等等...').text).toBe('“5.18”经贸活动，网址www.example.gov.cn，等等...');
    expect(normalise('一.会议审议了有关事项.').text).toBe('一.会议审议了有关事项。');
    const r = extractDocument({ source: 't.txt', text: '3月1日，市委书记邬启明主持召开市委常委会会议.市委副书记童嘉树出席会议.' });
    expect(r.ok && r.record.people.map((p) => [p.name, p.titles])).toEqual([['邬启明', ['市委书记']], ['童嘉树', ['市委副书记']]]);
  });
});

describe('scraper leftovers', () => {
  it('decodes HTML entities and reads corner brackets as quotation marks', () => {
    expect(normalise('市长&nbsp;主持&ldquo;十四五&rdquo;规划&#12290;').text).toBe('市长 主持“十四五”规划。');
    expect(normalise('審議「三年行動方案」').text).toBe('审议“三年行动方案”');
    // small and vertical forms of the marks (﹔﹐﹒︑) are the marks
    expect(normalise('主持會議並講話﹔市長韓立﹐市政協主席邵文出席︑列席會議﹒').text).toBe('主持会议并讲话；市长韩立，市政协主席邵文出席、列席会议。');
  });
});

describe('PDF page furniture', () => {
  it('drops page-number lines', () => {
    const n = normalise(['会议要求，各地要抓好落实。', '- 3 -', '第4页 共22页', '12/22', '要压实责任。'].join('\n'));
    expect(n.text).not.toMatch(/- 3 -|第4页|12\/22/);
    expect(n.text).toContain('要压实责任。');
  });
});

describe('bracketed page labels', () => {
  it('drops a section label before the headline and lines of bracketed widgets', () => {
    const n = normalise(['【政务要闻】区政府召开第九次常务会议', '【字体：大 中 小】', '5月6日，区长主持会议。', '【打印本页】【关闭窗口】'].join('\n'));
    expect(n.meta.title).toBe('区政府召开第九次常务会议');
    expect(n.text).not.toMatch(/【/);
    expect(n.meta.sourceName).toBeNull();
    // a mark that the story has pictures ([图], [组图], (图)) before it, and a longer label of a series
    expect(normalise(['[图]【聚焦2024某县“两会”】县政协召开会议', '5月6日，区长主持会议。'].join('\n')).meta.title).toBe('县政协召开会议');
    expect(normalise(['(组图)区政府召开第九次常务会议', '5月6日，区长主持会议。'].join('\n')).meta.title).toBe('区政府召开第九次常务会议');
    // a byline label in brackets of its own (【作者】某某) is no section label: the byline stays to be read
    expect(normalise(['区政府召开第九次常务会议', '5月6日，区长主持会议。', '【作者】张小三', '【责任编辑】李小四'].join('\n')).text).toContain('【作者】张小三');
  });

  it('a reporter\'s byline in brackets before the lead (【全媒体记者 某某】6月30日，…) is no section label: its reporter is staff', () => {
    const text = ['县委召开常委会会议', '【全媒体记者 周明】6月30日，县委书记韩某某主持召开县委常委会第9次会议。'].join('\n');
    expect(normalise(text).text).toContain('【全媒体记者 周明】');
    const r = extractDocument({ source: 't.txt', text });
    expect(r.ok && r.record.relations.filter((x) => x.type === 'REPORTED').map((x) => x.from)).toHaveLength(1);
    expect(r.ok && r.record.people.map((p) => p.name)).toContain('周明');
    // a section label that merely starts with 记者 (【记者手记】) is still dropped
    expect(normalise(['【记者手记】某镇的一天', '5月6日，镇长主持会议。'].join('\n')).text).not.toMatch(/【/);
  });

  it('an outlet\'s label (【某某新闻网】) is the source when no 来源 line names one, and the city follows it', () => {
    const n = normalise(['市政府召开常务会议', '【锦州新闻网】3月1日，市长主持召开市政府第12次常务会议。'].join('\n'));
    expect(n.meta.sourceName).toBe('锦州新闻网');
    expect(n.text).not.toMatch(/【/);
    expect(normalise(['【锦州新闻网】3月1日，市长主持会议。', '来源：某某日报'].join('\n')).meta.sourceName).toBe('某某日报');
    const r = extractDocument({ source: 't.txt', text: ['市政府召开常务会议', '【锦州新闻网】3月1日，市长柴明主持召开市政府第12次常务会议。'].join('\n') });
    expect(r.ok && r.record.document.city).toBe('锦州');
  });

  it('an e-paper\'s issue and page label (1679 期 / 第2版：2) is no headline', () => {
    expect(normalise(['1679 期 / 第2版:2', '我县召开重点项目建设调度会', '本报讯 11月26日，我县召开调度会。'].join('\n')).meta.title).toBe('我县召开重点项目建设调度会');
  });

  it('drops breadcrumbs, links to neighbouring articles and e-paper page labels before the headline', () => {
    const n = normalise(['首页 > 新闻中心 > 政务要闻', '<<上一篇 下一篇>>', '第A02版：要闻', '区政府召开第九次常务会议', '5月6日，区长主持会议。', '上一篇：某某调研某项工作'].join('\n'));
    expect(n.meta.title).toBe('区政府召开第九次常务会议');
    expect(n.text).not.toMatch(/首页|上一篇|A02/);
    // with bars from the home page on; a byline with a bar stays
    const m = normalise(['首页 | 新闻中心 | 政务动态', '某县召开县政府常务会议', '县长主持会议。', '编辑 | 某某'].join('\n'));
    expect(m.meta.title).toBe('某县召开县政府常务会议');
    expect(m.text).not.toMatch(/首页/);
    expect(m.text).toMatch(/编辑 \| 某某/);
  });

  it('a page flattened into one line: headline, publication date and source are still read', () => {
    const n = normalise('某县召开县政府第5次常务会议 发布时间：2024-03-02 08:31 来源：某县人民政府办公室 3月1日，县长主持召开县政府第5次常务会议。');
    expect(n.meta.title).toBe('某县召开县政府第5次常务会议');
    expect(n.meta.publishedRaw).toEqual(['2024-03-02']);
    expect(n.meta.sourceName).toBe('某县人民政府办公室');
    expect(n.text).toMatch(/^3月1日，县长主持召开/m);
    // a field inside a sentence is no page field; a labelled line that runs on into the text is text
    expect(normalise('会议明确了资金来源：市级财政。').text).toBe('会议明确了资金来源：市级财政。');
    const runOn = '作者：某局 责任编辑：某某 字号：T|T' + '3月1日下午，某县重点项目会审工作会议在县政府召开，副县长主持会议并讲话。'.repeat(3);
    expect(normalise(runOn).text).toContain('重点项目会审工作会议');
  });

  it('a flattened page\'s other header fields: 日期, an empty 来源, a date with no label, a masthead with its weekday', () => {
    const a = normalise('- 某区召开书记专题会 - 日期：2025-03-14 来源： 3月13日下午，区委书记主持召开书记专题会。');
    expect(a.meta.publishedRaw).toEqual(['2025-03-14']);
    expect(a.text).toMatch(/^3月13日下午，区委书记主持召开/m);
    const b = normalise('首页 > 要闻 某市召开市政府常务会议 2017-08-22 某某网 21日，市长主持召开市政府常务会议。');
    expect(b.meta.publishedRaw).toEqual(['2017-08-22']);
    expect(normalise('市政府第六次全体会议召开 07.01.2015  01:02 1月5日下午，会议召开。').meta.publishedRaw).toEqual(['07.01.2015']);
    const c = normalise('2025年04月02日 星期三 | 某区召开常委会会议 日期：2025-02-20 11:15 2月19日，区委常委会召开会议。');
    expect(c.meta.title).toBe('某区召开常委会会议');
    expect(c.meta.publishedRaw).toContain('2025-02-20');
    // a date inside a sentence is no page field
    expect(normalise('会议定于 2024-05-06 召开。').text).toContain('会议定于 2024-05-06 召开。');
  });

  it('straight double quotes around Chinese words read as “”, so a quoted title is a plan', () => {
    expect(normalise('审议通过了"某市停车管理办法"，版本号"v2"不变。').text).toBe('审议通过了“某市停车管理办法”，版本号"v2"不变。');
    const r = extractDocument({ source: 't.txt', text: '3月1日，市长主持召开市政府第20次常务会议，审议通过了"某市停车管理办法"。' });
    expect(r.ok && r.record.plans.map((p) => p.title)).toEqual(['某市停车管理办法']);
  });

  it('angle brackets used as title marks become 《》; a title nested in 《》 keeps its 〈〉', () => {
    expect(normalise('会议审议通过了&lt;某市停车管理办法&gt;和〈某县河道治理方案〉。').text).toBe('会议审议通过了《某市停车管理办法》和《某县河道治理方案》。');
    expect(normalise('会议听取了《关于〈某某规划〉实施情况的报告》。').text).toBe('会议听取了《关于〈某某规划〉实施情况的报告》。');
    expect(normalise('<p>会议审议了有关事项。</p>').text).toBe('会议审议了有关事项。');
    const r = extractDocument({ source: 't.txt', text: '3月1日，市长主持召开市政府第20次常务会议，审议通过了<某市停车管理办法>。' });
    expect(r.ok && r.record.plans.map((p) => p.title)).toEqual(['某市停车管理办法']);
  });

  it('a Taiwan page dates by the Republic\'s years', () => {
    expect(normalise(['某县政府召开县务会议', '发布日期：113-05-21', '县长主持会议。'].join('\n')).meta.publishedRaw).toEqual(['2024-05-21']);
  });

  it('keeps a bracketed byline field', () => {
    expect(normalise(['区政府召开常务会议', '5月6日，区长主持会议。', '【责任编辑：某某】'].join('\n')).text).toMatch(/【责任编辑：某某】/);
  });
});

describe('a paragraph broken mid-sentence', () => {
  it('joins a long line of running text that stops without punctuation, not a headline', () => {
    const n = normalise(['区政府召开常务会议', '3月5日，区委副书记、区长吕方主持召开区政府第', '12次常务会议，研究有关工作。', '责任编辑：祝晓'].join('\n'));
    expect(n.text).toContain('主持召开区政府第12次常务会议');
    expect(n.text).toMatch(/^区政府召开常务会议\n/);
    expect(n.text).toMatch(/\n责任编辑/);
  });

  it('a short line whose only mark is a 、 between titles (a caption, a headline) is a line of its own', () => {
    const n = normalise(['县委副书记、县长吕方参加第一代表团审议', '副县长祝晓参加第二代表团审议', '3月5日下午，吕方与代表们共同审议《政府工作报告》。'].join('\n'));
    expect(n.text).toMatch(/^县委副书记、县长吕方参加第一代表团审议\n副县长祝晓/);
    // a long one is running text, joined as before
    expect(normalise(['3月5日，区委副书记、区长吕方，区委常委、常务副区长祝晓出席会议并', '讲话。'].join('\n')).text).toContain('出席会议并讲话');
  });

  it('a paragraph closed by its photograph\'s credit (…主持会议。 某某社记者 某某 摄) is complete: the next is not joined to it', () => {
    const lines = ['3月5日，区政府第12次常务会议在区行政中心举行。区长吕方主持会议。 本报记者 祝晓 摄', '会议听取了区财政局局长钱文作的汇报。'];
    expect(normalise(lines.join('\n')).text).toMatch(/摄\n会议听取/);
    const r = extractDocument({ source: 't.txt', text: lines.join('\n') });
    expect(r.ok && r.record.people.filter((p) => p.role === 'staff').map((p) => p.name)).toEqual(['祝晓']);
    // nor one that ends a sentence and then a stray footnote or picture number (…台阶。1)
    expect(normalise(['会议强调，要推动各项事业发展再上新台阶。1', '县委书记钱文作了重要讲话。'].join('\n')).text).toMatch(/1\n县委书记/);
    // a line that breaks after 记者 and what follows it in running text is still joined
    expect(normalise(['3月5日，区政府召开常务会议，本报记者从会上获悉，区政府第', '12次常务会议研究了有关工作。'].join('\n')).text).toContain('区政府第12次常务会议');
  });
});

describe('an ASCII full stop in a list of names', () => {
  it('joins the parts of a transliterated name (、阿依.买买提、) with ·, and still ends a sentence elsewhere', () => {
    expect(normalise('副主席钱文、阿依.买买提、帕巴.格列，秘书长孙立出席.会议强调，要抓好落实。').text).toBe('副主席钱文、阿依·买买提、帕巴·格列，秘书长孙立出席。会议强调，要抓好落实。');
  });

  it('drops a listed name\'s romanised form right after it (、巴干.巴万Bakan Pawa、), not other Latin words', () => {
    expect(normalise('出席：钱文、巴干.巴万Bakan Pawa、孙立').text).toBe('出席：钱文、巴干·巴万、孙立');
    expect(normalise('出席：钱文、巴干·巴万 Bakan Pawa，孙立').text).toBe('出席：钱文、巴干·巴万，孙立');
    expect(normalise('会议研究了5G基站、GDP核算等事项。').text).toBe('会议研究了5G基站、GDP核算等事项。');
  });
});

describe('a page that broke its lines before the marks', () => {
  it('joins a line that starts with 。，、； to the line before it', () => {
    expect(normalise(['5月8日，县人民代表大会第一次会议开幕', '。大会执行主席钱文、孙立', '、李明出席会议。'].join('\n')).text).toBe('5月8日，县人民代表大会第一次会议开幕。大会执行主席钱文、孙立、李明出席会议。');
  });
});

describe('a title broken across lines', () => {
  it('joins a line with an unclosed 《 to the line that closes it', () => {
    expect(normalise('会议审议通过了《某市城市\n更新条例》。').text).toBe('会议审议通过了《某市城市更新条例》。');
  });

  it('across three lines, and where the closing mark starts the next line (…实施方案⏎》《…, …“五一⏎”联动…)', () => {
    const text = ['会议审议通过了《某市甲方案》《某', '市乙活动的实施方案', '》《某市“五一', '”联动促销方案》。会议强调，要抓好落实。'].join('\n');
    expect(normalise(text).text).toBe('会议审议通过了《某市甲方案》《某市乙活动的实施方案》《某市“五一”联动促销方案》。会议强调，要抓好落实。');
    // a line that ends a sentence stays a paragraph of its own though a 《 before is open
    expect(normalise('会议指出《某某\n新闻稿。\n第二段。').text.split('\n').length).toBeGreaterThan(1);
  });
});
