import { describe, expect, it } from 'vitest';
import { findPlans, planFacts } from '../../src/pipeline/plans.js';

const plans = (s: string) => findPlans(s, () => false).map((p) => [p.title, p.action]);

describe('plans', () => {
  it('审议并原则通过 approves every title in its list', () => {
    expect(plans('会议审议并原则通过了《某市节水行动方案》《某市河长制工作规则》和《某市排污许可办法》')).toEqual([
      ['某市节水行动方案', 'APPROVED'],
      ['某市河长制工作规则', 'APPROVED'],
      ['某市排污许可办法', 'APPROVED'],
    ]);
  });

  it('审议/讨论/听取 without passing is REVIEWED; each clause has its own verb', () => {
    expect(plans('会议讨论了《某县乡村振兴规划（征求意见稿）》，原则同意《某县旅游发展实施意见》'.replace(/（/g, '(').replace(/）/g, ')'))).toEqual([
      ['某县乡村振兴规划(征求意见稿)', 'REVIEWED'],
      ['某县旅游发展实施意见', 'APPROVED'],
    ]);
  });

  it('甲所作的工作报告和乙所作的主席团工作报告: the report that ends the object is the last one\'s, not both run together', () => {
    expect(plans('大会听取审议了镇长候选人王一民代表镇政府所作的工作报告和镇人大主席李二山所作的镇人大主席团工作报告')).toEqual([['镇人大主席团工作报告', 'REVIEWED']]);
  });

  it('听取了协商审议X: the inner verb heads its own object, no title holds it', () => {
    expect(plans('会议听取了协商审议县政协常务委员会工作报告、县政协提案工作情况报告')).toEqual([['县政协常务委员会工作报告', 'REVIEWED']]);
  });

  it('two reports joined by 和 are two titles; a report to a body keeps its author (某届市委向市第某次党代会的报告)', () => {
    expect(plans('全会原则通过十三届市委向市第十四次党代会的报告和市纪委工作报告')).toEqual([
      ['十三届市委向市第十四次党代会的报告', 'APPROVED'],
      ['市纪委工作报告', 'APPROVED'],
    ]);
    expect(plans('会议审议通过了县政府工作报告和县人大常委会工作报告')).toEqual([
      ['县政府工作报告', 'APPROVED'],
      ['县人大常委会工作报告', 'APPROVED'],
    ]);
  });

  it('studied documents are not reviewed', () => {
    expect(plans('会议学习了《中国共产党纪律处分条例》')).toEqual([['中国共产党纪律处分条例', 'STUDIED']]);
    expect(plans('各级要加强对《安全生产法》的学习宣传')).toEqual([['安全生产法', 'STUDIED']]);
    // a list of studied titles across a comma: each title an item (plan:study+list)
    expect(plans('会议传达学习了《某某工作条例》，《某某监督规定(试行)》')).toEqual([
      ['某某工作条例', 'STUDIED'],
      ['某某监督规定(试行)', 'STUDIED'],
    ]);
    // not a title after a studied spirit: the list is of titles only
    expect(plans('会议学习了上级有关会议精神，《某县防汛预案》')).toEqual([['某县防汛预案', null]]);
  });

  it('关于各代表团审议X (…的情况汇报) is what a report is about, not a title; 关于交办…工作方案 is one', () => {
    expect(plans('会议听取关于各代表团审议政府工作报告，审查区预算执行情况的报告的情况汇报').map(([t]) => t)).not.toContain('关于各代表团审议政府工作报告');
    expect(plans('会议审议了关于交办某次会议代表建议工作方案')).toEqual([['关于交办某次会议代表建议工作方案', 'REVIEWED']]);
    // the group first, the verb right after 关于 (各讨论组关于讨论X及其他报告情况的汇报): no act of this meeting
    expect(plans('会议听取了各讨论组关于讨论政府工作报告及其他有关报告情况的汇报')).toEqual([]);
  });

  it('a bare contingency plan (…应急预案) is a document as a bare 实施方案 is; a revised draft (修订稿, 初稿) stays in its title', () => {
    expect(plans('会议审议了某县防汛应急预案')).toEqual([['某县防汛应急预案', 'REVIEWED']]);
    expect(plans('会议审议了某县城市更新实施方案(修订稿)')).toEqual([['某县城市更新实施方案(修订稿)', 'REVIEWED']]);
    expect(plans('会议审议通过了《某县物业管理办法(初稿)》')).toEqual([['某县物业管理办法(初稿)', 'APPROVED']]);
    expect(plans('会议审议通过了某县人民政府工作规则(修订)')).toEqual([['某县人民政府工作规则(修订)', 'APPROVED']]);
  });

  it('an unbracketed title reviewed, then agreed to issue (研究了…实施方案，原则同意印发实施), is passed as a 《title》 so followed is', () => {
    expect(plans('会议研究了某县城市更新实施方案，原则同意印发实施')).toEqual([['某县城市更新实施方案', 'APPROVED']]);
    expect(plans('会议研究了《某县城市更新实施方案》，原则同意印发实施')).toEqual([['某县城市更新实施方案', 'APPROVED']]);
    expect(plans('会议研究了某县城市更新实施方案，要求抓好落实')).toEqual([['某县城市更新实施方案', 'REVIEWED']]);
  });

  it('a list of titles goes on past ； while each clause is a body\'s 关于… title with no verb of its own', () => {
    expect(plans('会议讨论了县政府关于上半年工作情况的汇报；县人民政府关于上半年国民经济和社会发展计划执行情况的报告、关于上半年财政预算执行情况的报告；县人大常委会关于开展普法教育的决议(草案)')).toEqual([
      ['关于上半年国民经济和社会发展计划执行情况的报告', 'REVIEWED'],
      ['关于上半年财政预算执行情况的报告', 'REVIEWED'],
      // (a body's resolution keeps the body, drafted or not)
      ['县人大常委会关于开展普法教育的决议(草案)', 'REVIEWED'],
    ]);
    // (a clause with a verb of its own is its own: 原则通过了…工作报告(稿))
    expect(plans('会议表决通过了县人大常委会关于代表资格的审查报告；原则通过了县人大常委会工作报告(稿)')).toEqual([['县人大常委会工作报告(稿)', 'APPROVED']]);
  });

  it('各代表团对X报告的审议意见 (对…的讨论情况) is what was heard: the reports are only named', () => {
    expect(plans('会议听取了各代表团对政府工作报告、计划报告和预算报告的审议意见')).toEqual([]);
    expect(plans('会议听取了各小组对选举办法草案讨论情况的汇报')).toEqual([]);
    expect(plans('会议听取了县长所作的政府工作报告')).toEqual([['政府工作报告', 'REVIEWED']]);
  });

  it('审批 passes a document, 审核 examines it (审核通过 passes it)', () => {
    expect(plans('会议审批了《某县甲方案》')).toEqual([['某县甲方案', 'APPROVED']]);
    expect(plans('会议审核了《某县甲方案》')).toEqual([['某县甲方案', 'REVIEWED']]);
    expect(plans('会议审核通过了《某县甲方案》')).toEqual([['某县甲方案', 'APPROVED']]);
  });

  it('a plan named without 《》 may end in 规定, 清单, 协议, 章程, 规则 or 预案; 有关规定 points to rules, it names none', () => {
    expect(plans('会议审议通过了某县机关事务管理规定')).toEqual([['某县机关事务管理规定', 'APPROVED']]);
    expect(plans('会议审议并原则通过了某县突发事件总体应急预案')).toEqual([['某县突发事件总体应急预案', 'APPROVED']]);
    expect(plans('会议研究了某县政府部门权责清单(送审稿)')).toEqual([['某县政府部门权责清单(送审稿)', 'REVIEWED']]);
    expect(plans('会议决定了大会列席人员、议案有关规定和截止时间')).toEqual([]);
  });

  it('a plan named without 《》 may end in the years it covers (…国土空间总体规划(2021—2035年))', () => {
    expect(plans('会议审议通过了某县国土空间总体规划(2021—2035年)')).toEqual([['某县国土空间总体规划(2021—2035年)', 'APPROVED']]);
    expect(plans('会议审议通过了某县国土空间总体规划(2021-2035年)(草案)')).toEqual([['某县国土空间总体规划(2021-2035年)(草案)', 'APPROVED']]);
  });

  it('a document forwarded for another meeting to pass keeps no 的 of the phrase (…全体会议通过的选举办法(草案))', () => {
    expect(plans('会议协商通过提交某届某次会议全体会议通过的选举办法(草案)')).toEqual([['选举办法(草案)', 'APPROVED']]);
  });

  it('对/就/围绕《…》进行讨论 and 作《…》的报告 review the document', () => {
    expect(plans('与会人员围绕《政府工作报告(讨论稿)》进行了认真讨论')).toEqual([['政府工作报告(讨论稿)', 'REVIEWED']]);
    expect(plans('副县长向会议作了《关于全县财政工作情况》的报告')).toEqual([['关于全县财政工作情况', 'REVIEWED']]);
    expect(plans('各部门就《规划纲要(草案)》提出了修改意见')).toEqual([['规划纲要(草案)', 'REVIEWED']]);
    // the title itself a report, delivered to the meeting (代表区政府向大会作《…的报告》)
    expect(plans('区长代表区人民政府向大会作《区政府上半年工作情况的报告》')).toEqual([['区政府上半年工作情况的报告', 'REVIEWED']]);
    // a report the meeting only studies, or a title not a report, is not heard so
    expect(plans('会议传达学习了市长在全会上作的《政府工作报告》')).not.toContainEqual(['政府工作报告', 'REVIEWED']);
    expect(plans('县长作《关于甲镇的调研》')).toEqual([['关于甲镇的调研', null]]);
    // 就《X》作了(起草)说明: the meeting hears the document explained
    expect(plans('县发改委就《某县政府投资计划(草案)》作了说明')).toEqual([['某县政府投资计划(草案)', 'REVIEWED']]);
    expect(plans('县委常委就《决议》作了起草说明')).toEqual([['决议', 'REVIEWED']]);
  });

  it('a quoted title ending in 草案 is a plan (会中并通过“某县自治条例草案”)', () => {
    expect(plans('会中并通过“某县公共设施维护管理自治条例草案”')).toEqual([['某县公共设施维护管理自治条例草案', 'APPROVED']]);
  });

  it('a session report by the one who presented it (县长某某所作的政府工作报告) is the report, named once', () => {
    expect(plans('会议听取和审议了县长韩立所作的政府工作报告')).toEqual([['政府工作报告', 'REVIEWED']]);
    expect(plans('会议听取了韩立代表县人民政府所作的政府工作报告')).toEqual([['政府工作报告', 'REVIEWED']]);
    expect(plans('县长韩立向大会作政府工作报告')).toEqual([['政府工作报告', 'REVIEWED']]);
  });

  it('the reports of a session\'s committees (提案审查情况报告, 代表资格审查报告, …的审查结果报告) are session reports', () => {
    expect(plans('会议通过了县政协九届三次会议提案审查情况报告(草案)')).toEqual([['县政协九届三次会议提案审查情况报告(草案)', 'APPROVED']]);
    expect(plans('会议表决通过了关于某县第八届人民代表大会个别代表的代表资格审查报告')).toEqual([['关于某县第八届人民代表大会个别代表的代表资格审查报告', 'APPROVED']]);
    expect(plans('主席团听取并通过了计划和预算草案的审查结果报告')).toEqual([['计划和预算草案的审查结果报告', 'APPROVED']]);
  });

  it('a CPPCC standing committee\'s report named 常委会议工作报告 is a session report', () => {
    expect(plans('会议讨论政协常委会议工作报告和提案工作报告(征求意见稿)')).toEqual([
      ['政协常委会议工作报告', 'REVIEWED'],
      ['提案工作报告(征求意见稿)', 'REVIEWED'],
    ]);
  });

  it('a township congress hears its presidium\'s report (乡人大主席团工作报告), named without 《》', () => {
    expect(plans('会议听取和审议了乡政府工作报告和乡人大主席团工作报告')).toEqual([
      ['乡政府工作报告', 'REVIEWED'],
      ['乡人大主席团工作报告', 'REVIEWED'],
    ]);
  });

  it('a newspaper, journal or programme in 《》 is no document (《某某》杂志, 《某某日报》)', () => {
    expect(plans('会议学习了总书记在《求索》杂志发表的重要文章《坚持某项工作的若干问题》')).toEqual([['坚持某项工作的若干问题', 'STUDIED']]);
    expect(plans('会议学习了《某省日报》评论员文章')).toEqual([]);
    // a 通报 is a document
    expect(plans('会议学习了《关于某事故的通报》')).toEqual([['关于某事故的通报', 'STUDIED']]);
  });

  it('…等事项/等事宜 closes a passed list, no part of its last item; 关于A方案以及关于B方案 are two titles', () => {
    expect(plans('会议审议通过了某县河长制实施方案等事项')).toEqual([['某县河长制实施方案', 'APPROVED']]);
    expect(plans('会议同意某县河长制实施方案等事宜')).toEqual([['某县河长制实施方案', 'APPROVED']]);
    expect(plans('会议表决通过了关于某县推进节水工作的实施方案以及关于提高某县消防救援水平的工作方案等事宜')).toEqual([
      ['关于某县推进节水工作的实施方案', 'APPROVED'],
      ['关于提高某县消防救援水平的工作方案', 'APPROVED'],
    ]);
    expect(plans('会议表决通过了关于某县推荐代表人选方案以及关于提高某机场救援水平可行性方案等事宜')).toEqual([
      ['关于某县推荐代表人选方案', 'APPROVED'],
      ['关于提高某机场救援水平可行性方案', 'APPROVED'],
    ]);
    expect(plans('会议审议通过了干部任免等事宜')).toEqual([]);
  });

  it('a draft is a document whatever it reports on: …情况报告的决议(草案), 关于…审查情况的报告(草案), each item of the list', () => {
    expect(plans('会议审议通过了某县第三次会议关于县政府工作报告的决议(草案)、某县第三次会议关于议案办理情况报告的决议(草案)、县人大常委会代表资格审查委员会关于代表资格审查情况的报告(草案)')).toEqual([
      ['某县第三次会议关于县政府工作报告的决议(草案)', 'APPROVED'],
      ['某县第三次会议关于议案办理情况报告的决议(草案)', 'APPROVED'],
      ['关于代表资格审查情况的报告(草案)', 'APPROVED'],
    ]);
    // (without a draft mark, a report on how things stand is still only heard)
    expect(plans('会议审议通过了关于议案办理情况的报告')).toEqual([]);
  });

  it('某某关于某委员会关于…的报告(草案): the body\'s report is the title; 审查委员会 names a body, no verb', () => {
    expect(plans('会议审议了某县人大资格审查委员会主任王一民关于某县人大资格审查委员会关于代表资格审查情况的报告(草案)')).toEqual([['关于代表资格审查情况的报告(草案)', 'REVIEWED']]);
  });

  it('bodies alone before the title they share are one item (县人大常委会、法院、检察院工作报告的决议); personnel acts are no plan', () => {
    expect(plans('会议通过了某县人大常委会、法院、检察院工作报告的决议(草案)')).toEqual([['某县人大常委会、法院、检察院工作报告的决议(草案)', 'APPROVED']]);
    // a resolution on a plan's report keeps its 情况 (a progress report alone stays no plan)
    expect(plans('会议表决通过了关于某县2023年计划执行情况与2024年计划的决议')).toEqual([['关于某县2023年计划执行情况与2024年计划的决议', 'APPROVED']]);
    expect(plans('会议审议了关于全县安全生产工作情况的报告')).toEqual([]);
    expect(plans('会议审议通过了某县政府工作报告、某县法院工作报告')).toEqual([
      ['某县政府工作报告', 'APPROVED'],
      ['某县法院工作报告', 'APPROVED'],
    ]);
    expect(plans('会议还一致通过了新的人事任免决议')).toEqual([]);
  });

  it('a plan with no verb is only mentioned', () => {
    expect(plans('要确保《政府工作报告》确定的目标任务全面完成')).toEqual([['政府工作报告', null]]);
  });

  it('an unbracketed object of 研究通过 is a plan when it ends in a plan word', () => {
    expect(plans('会议研究通过了今年“三月三”文化活动总体方案')).toEqual([['“三月三”文化活动总体方案', 'APPROVED']]);
    expect(plans('会议研究通过了我市贯彻落实意见')).toEqual([]);
    expect(plans('会议听取了关于上半年重点工作推进情况的报告')).toEqual([]);
  });

  it('reads a plan’s kind and year', () => {
    expect(planFacts('某市2021年大气污染防治实施方案')).toEqual({ kind: '实施方案', year: 2021 });
    expect(planFacts('某区国土空间总体规划(2021-2035年)(草案)')).toEqual({ kind: '规划', year: null });
  });
});

describe('documents carried out', () => {
  it('审议了落实《…》的方案: the document named is carried out, not reviewed', () => {
    expect(plans('会议审议了落实《某省河湖管理条例》的工作方案')).toEqual([['某省河湖管理条例', null]]);
    expect(plans('会议审议了《某市落实河湖管理条例实施方案》')).toEqual([['某市落实河湖管理条例实施方案', 'REVIEWED']]);
    // an inspection of how a law is carried out: the law is only named
    expect(plans('会议审议了某县人大常委会执法检查组关于检查《某某省水土保持条例》实施情况的报告')).toEqual([['某某省水土保持条例', null]]);
    expect(plans('会议听取了《某县国土空间总体规划》贯彻执行情况的汇报')).toEqual([['某县国土空间总体规划', null]]);
    expect(plans('会议审议了《某县国土空间总体规划(草案)》')).toEqual([['某县国土空间总体规划(草案)', 'REVIEWED']]);
  });

  it('a carrying-out verb inside an earlier item of the list is no verb of the titles after it', () => {
    expect(plans('会议审议了全县落实三项重点任务清单、《某县委常委会2023年工作要点(讨论稿)》《某县2023年度协商计划(讨论稿)》,对下步工作作出安排')).toEqual([
      ['某县委常委会2023年工作要点(讨论稿)', 'REVIEWED'],
      ['某县2023年度协商计划(讨论稿)', 'REVIEWED'],
    ]);
    expect(plans('会议审议了落实《某省河湖管理条例》的方案、《某县河长制办法》')).toEqual([['某省河湖管理条例', null], ['某县河长制办法', 'REVIEWED']]);
  });
});

describe('a year\'s work points passed', () => {
  it('审议通过了…工作要点(草案) is a document passed', () => {
    expect(plans('会议审议通过了县人大常委会2016年工作要点(草案)')).toEqual([['县人大常委会2016年工作要点(草案)', 'APPROVED']]);
  });
});

describe('a document named only by its kind', () => {
  it('a kind with a word that points to it (下步工作方案, 相关实施方案) is no title', () => {
    expect(plans('会议原则同意县农业局提交的下步工作方案，要求认真组织实施')).toEqual([]);
    expect(plans('会议原则通过了相关实施方案')).toEqual([]);
    expect(plans('会议听取了甲项目、乙项目的进展情况、存在问题以及下一步计划')).toEqual([]);
    expect(plans('会议原则通过了县城燃气管道改造实施方案')).toEqual([['县城燃气管道改造实施方案', 'APPROVED']]);
  });
});

describe('a document a meeting passed, said after its title', () => {
  it('《X》已经…会议审议通过 is approved by that meeting (plan:approve-passive)', () => {
    const found = findPlans('《某县物业管理办法》已经2022年3月8日县政府第二次全体会议审议通过，现予印发', () => false);
    expect(found.map((p) => [p.title, p.action, p.rule])).toEqual([['某县物业管理办法', 'APPROVED', 'plan:approve-passive']]);
    // passed by no meeting (经县政府同意): nothing said of a meeting
    expect(plans('《某县物业管理办法》已经县政府同意，现予印发')).toEqual([['某县物业管理办法', null]]);
    // the meeting reported, named by its kind alone (《X》经会议审议通过)
    expect(plans('《某县物业管理办法》经会议审议通过')).toEqual([['某县物业管理办法', 'APPROVED']]);
  });

  it('对《A》《B》予以修订，并经…会议通过: both passed by that meeting', () => {
    expect(plans('区政府决定对《某区政府工作规则》《某区政府会议议事规则》予以修订，并经2021年8月10日区政府第六次常务会议通过，现予印发')).toEqual([
      ['某区政府工作规则', 'APPROVED'],
      ['某区政府会议议事规则', 'APPROVED'],
    ]);
    // revised, and no meeting said to pass it
    expect(plans('对《某区政府工作规则》予以修订，并报区政府同意')).toEqual([['某区政府工作规则', null]]);
  });
});

describe('a count of the documents passed', () => {
  it('通过了《三个报告》 passes the three reports reviewed before it; the count is no title', () => {
    expect(plans('代表们听取和审议了《政府工作报告》、《财政预算报告》、《人大工作报告》，以举手表决方式通过了《三个报告》')).toEqual([
      ['政府工作报告', 'APPROVED'],
      ['财政预算报告', 'APPROVED'],
      ['人大工作报告', 'APPROVED'],
    ]);
    expect(findPlans('审议了《甲报告》、《乙报告》，通过了《两个报告》', () => false).map((p) => p.rule)).toEqual(['plan:approve+counted', 'plan:approve+counted']);
    // a count that does not match what came before names nothing: left as it is
    expect(plans('审议了《甲报告》，通过了《三个报告》')).toEqual([
      ['甲报告', 'REVIEWED'],
      ['三个报告', 'APPROVED'],
    ]);
  });
});

describe('a title another meeting passed', () => {
  it('全会审议通过的《A》和《B》 names the meeting that passed them', () => {
    const found = findPlans('全会审议通过的《关于某事的决定》和《某某改革方案》，体现了改革的要求', () => false);
    expect(found.map((p) => [p.title, p.action, p.by])).toEqual([
      ['关于某事的决定', 'APPROVED', '全会'],
      ['某某改革方案', 'APPROVED', '全会'],
    ]);
    // the meeting reported (会议) passing it names no other
    expect(findPlans('会议审议通过的《某县养老服务办法》要抓好落实', () => false)[0]?.by).toBeUndefined();
  });
});

describe('plans without their own verb, drafts, bare titles', () => {
  it('words after 》 that name the document the title is part of (《某报告》重点任务分工方案) are its title', () => {
    expect(plans('会议审议通过了《某县政府工作报告》重点任务分工方案')).toEqual([['某县政府工作报告重点任务分工方案', 'APPROVED']]);
    expect(plans('会议审议了《某县工作报告》(修改稿)、《某县工作报告》任务分解表(稿)')).toEqual([
      ['某县工作报告(修改稿)', 'REVIEWED'],
      ['某县工作报告任务分解表(稿)', 'REVIEWED'],
    ]);
    // not what is said of the title (…的实施方案 is another's; 实施情况 is no document)
    expect(plans('会议学习了《某某条例》，要求抓好落实')).toEqual([['某某条例', 'STUDIED']]);
  });

  it('a draft marker after 》 is part of the title', () => {
    expect(plans('会议审议了《某市养犬管理条例》(草案)')).toEqual([['某市养犬管理条例(草案)', 'REVIEWED']]);
  });

  it('titles in a list the sentence\'s verb heads across commas and semicolons', () => {
    expect(plans('会议听取了法制委员会关于《某市供水条例》的报告，《某市物业管理办法》修改情况的报告；内务委员会关于《某市档案条例》(草案)的说明')).toEqual([
      ['某市供水条例', 'REVIEWED'],
      ['某市物业管理办法', 'REVIEWED'],
      ['某市档案条例(草案)', 'REVIEWED'],
    ]);
    expect(plans('会议同意，县水务局提交的《关于新建某水厂用地的请示》')).toEqual([['关于新建某水厂用地的请示', 'APPROVED']]);
    // unbracketed items among bracketed ones in one passed list
    expect(plans('会议讨论通过了《某县甲方案》、关于乙林木采伐的请示、《某县丙办法》以及关于丁水库项目的请示')).toEqual([
      ['某县甲方案', 'APPROVED'],
      ['某县丙办法', 'APPROVED'],
      ['关于乙林木采伐的请示', 'APPROVED'],
      ['关于丁水库项目的请示', 'APPROVED'],
    ]);
    // a reviewing verb's unbracketed drafts beside a bracketed title in one clause
    expect(plans('会议讨论了县委十届五次全会工作报告(讨论稿)、听取了有关汇报、讨论了《某县甲实施细则》')).toEqual([
      ['某县甲实施细则', 'REVIEWED'],
      ['县委十届五次全会工作报告(讨论稿)', 'REVIEWED'],
    ]);
    // each item named after the bodies that submit it (某局《A》，某局、某局《B》)
    expect(plans('会议研究并原则通过了县交通局《关于甲路改造的请示》，县民政局、县财政局《关于乙补助的请示》，县林业局《丙防火方案》')).toEqual([
      ['关于甲路改造的请示', 'APPROVED'],
      ['关于乙补助的请示', 'APPROVED'],
      ['丙防火方案', 'APPROVED'],
    ]);
    expect(plans('会议审议了县交通局《关于甲路改造的请示》，县审计局《关于乙项目的报告》')).toEqual([
      ['关于甲路改造的请示', 'REVIEWED'],
      ['关于乙项目的报告', 'REVIEWED'],
    ]);
    // a standing committee's report by its short name, and a 关于… notice, reviewed bare; a notice only relayed is none
    expect(plans('会议审议了区政协常委会报告和关于开展优秀提案评选活动的通知')).toEqual([
      ['区政协常委会报告', 'REVIEWED'],
      ['关于开展优秀提案评选活动的通知', 'REVIEWED'],
    ]);
    expect(plans('会议传达了市委办公室关于做好节日值班工作的通知')).toEqual([]);
    // the titles a list goes on with after a comma, each after the one before it (某某作的《A》、《B》)
    expect(plans('会议听取并审议通过了副县长甲作的《关于甲的报告》，副县长乙作的《关于乙的报告》、《关于丙的报告》')).toEqual([
      ['关于甲的报告', 'APPROVED'],
      ['关于乙的报告', 'APPROVED'],
      ['关于丙的报告', 'APPROVED'],
    ]);
    // (a long title before words that are no title: read at once, however long)
    const long = `某县${'农村人居环境整治'.repeat(8)}方案`;
    expect(plans(`会议审议通过了《${long}》的修订稿和《某县乙办法》`)).toEqual([
      [long, 'APPROVED'],
      ['某县乙办法', 'APPROVED'],
    ]);
    // a clause with a predicate of its own breaks the list
    expect(plans('会议听取了工作汇报，要求各部门抓好《某县防汛预案》落实')).toEqual([['某县防汛预案', null]]);
  });

  it('就《X》，向…征求意见 reviews X', () => {
    expect(plans('县财政局局长就《某县预算调整方案》，向各单位征求了意见')).toEqual([['某县预算调整方案', 'REVIEWED']]);
  });

  it('关于…的请示 after a reviewing verb and the body that submitted it (研究了某局提交的关于…的请示，原则同意)', () => {
    expect(plans('会议研究了县财政局提交的关于调整部分预算的请示')).toEqual([['关于调整部分预算的请示', 'REVIEWED']]);
    expect(plans('会议研究了县财政局提交的关于调整2023年部分预算的请示，原则同意')).toEqual([['关于调整2023年部分预算的请示', 'APPROVED']]);
  });

  it('bare titles: the items a passing verb heads, 关于… and drafts after a reviewing verb', () => {
    expect(plans('会议审议通过了议程和日程；区政协常委会工作报告及报告人；区政协提案工作报告及报告人')).toEqual([
      ['区政协常委会工作报告', 'APPROVED'],
      ['区政协提案工作报告', 'APPROVED'],
    ]);
    expect(plans('会议审议通过了区人大常委会工作报告稿')).toEqual([['区人大常委会工作报告稿', 'APPROVED']]);
    expect(plans('会议还研究关于推进某县老旧小区改造的工作方案')).toEqual([['关于推进某县老旧小区改造的工作方案', 'REVIEWED']]);
    expect(plans('会议审议、表决选举办法(草案)')).toEqual([['选举办法(草案)', 'REVIEWED']]);
    // a 关于 title ends after its 的: 关于…意见和建议…的说明 is not cut at 和
    expect(plans('会议审议了关于规范代表意见和建议办理工作的实施意见(草案)')).toEqual([['关于规范代表意见和建议办理工作的实施意见(草案)', 'REVIEWED']]);
    // a kind alone is no title: 表决 inside a title (…项目表决办法(草案)) is no verb
    expect(plans('会议还提出了某镇选举办法(草案)和某镇实事项目表决办法(草案)，提请代表讨论')).toEqual([]);
    // 讨论提出了X: the object of the second verb is what was discussed; 的通过办法 is a kind of rule, not a verb
    expect(plans('会议讨论提出了某镇选举办法(草案)、某委员会主任人选的通过办法(草案)和某镇实事项目票决办法(草案)')).toEqual([
      ['某镇选举办法(草案)', 'REVIEWED'],
      ['某委员会主任人选的通过办法(草案)', 'REVIEWED'],
      ['某镇实事项目票决办法(草案)', 'REVIEWED'],
    ]);
    // a topic after 研究 is not a plan; nor is procedure after the verb's own object
    expect(plans('会议研究我区贯彻落实意见')).toEqual([]);
    expect(plans('会议审议通过了某县河道治理方案，审议通过了会议议程、会议日程、提案截止日期的决定')).toEqual([['某县河道治理方案', 'APPROVED']]);
  });

  it('a bare title keeps 全县/全市 (whose plan it is), not 今年/我县; counted measures (若干措施, 十条措施) are a document, measures alone are not', () => {
    expect(plans('会议讨论通过了全县2024年重点项目建设实施方案')).toEqual([['全县2024年重点项目建设实施方案', 'APPROVED']]);
    expect(plans('会议审议通过了今年重点项目建设实施方案')).toEqual([['重点项目建设实施方案', 'APPROVED']]);
    expect(plans('会议原则通过了某县招商引资优惠办法、某县人才引进十条措施')).toEqual([
      ['某县招商引资优惠办法', 'APPROVED'],
      ['某县人才引进十条措施', 'APPROVED'],
    ]);
    expect(plans('会议审议通过了某县支持民营经济发展若干政策措施')).toEqual([['某县支持民营经济发展若干政策措施', 'APPROVED']]);
    expect(plans('会议研究了加快民营经济发展的措施')).toEqual([]);
  });

  it('a bare document the meeting reviewed by its own name (会议研究了…实施方案、…扶持办法等事项)', () => {
    expect(plans('会议研究了某镇2024年农田水利项目实施方案、某镇村级集体经济扶持办法等事项')).toEqual([
      ['某镇2024年农田水利项目实施方案', 'REVIEWED'],
      ['某镇村级集体经济扶持办法', 'REVIEWED'],
    ]);
    expect(plans('会议审议了某县2025年度立法工作计划')).toEqual([['某县2025年度立法工作计划', 'REVIEWED']]);
    expect(plans('会议还讨论了某区老旧小区改造三年行动计划(征求意见稿)')).toEqual([['某区老旧小区改造三年行动计划(征求意见稿)', 'REVIEWED']]);
    // what is to be done, not what the meeting did; a document still to be written; its progress; a topic
    expect(plans('会议要求，各部门要认真研究某县农田水利项目实施方案')).toEqual([]);
    expect(plans('会议研究了制定某县文旅融合发展实施方案有关事项')).toEqual([]);
    expect(plans('会议研究了修订某县专项资金管理办法')).toEqual([]);
    expect(plans('会议研究了某县三年行动计划落实情况')).toEqual([]);
    expect(plans('会议研究了下半年重点工作')).toEqual([]);
  });

  it('会议同意 a bare document passes it, without who drafted it; 同意将… agrees to an act', () => {
    expect(plans('会议同意县财政局提出的某县预算调整方案')).toEqual([['某县预算调整方案', 'APPROVED']]);
    expect(plans('会议同意某县供水管网改造实施方案和某县污水处理厂扩建方案')).toEqual([
      ['某县供水管网改造实施方案', 'APPROVED'],
      ['某县污水处理厂扩建方案', 'APPROVED'],
    ]);
    expect(plans('会议同意将某某项目纳入年度计划')).toEqual([]);
  });

  it('a last clause that passes with no object passes all the sentence reviewed (…等两项议题，并原则通过)', () => {
    expect(plans('会议讨论了《某县规划(讨论稿)》、研究了关于某镇更名的请示等两项议题，并原则通过。')).toEqual([
      ['某县规划(讨论稿)', 'APPROVED'],
      ['关于某镇更名的请示', 'APPROVED'],
    ]);
    expect(plans('会议审议了《某县规划》，会议一致同意。')).toEqual([['某县规划', 'APPROVED']]);
    // (a passing still to come is not one: …提交县委常委会审议通过)
    expect(plans('会议讨论了《某县规划》，要求修改完善后提交县委常委会审议通过。')).toEqual([['某县规划', 'REVIEWED']]);
  });

  it('a reviewed title the meeting then agrees to issue is passed (研究了《X》，原则同意印发实施)', () => {
    expect(plans('会议研究了市场监管局提交的《某市食品安全工作要点》，原则同意印发实施')).toEqual([['某市食品安全工作要点', 'APPROVED']]);
    expect(plans('会议审议了《某市供水管理办法(修订草案)》，决定提请市人大常委会审议')).toEqual([['某市供水管理办法(修订草案)', 'REVIEWED']]);
  });

  it('an enumerated list of items after the verb (审议通过了以下事项：一、《A》；二、《B》；三、关于…的请示)', () => {
    expect(plans('会议审议通过了以下事项：一、《某县A方案》；二、《某县B办法》；三、关于某县C项目用地的请示')).toEqual([
      ['某县A方案', 'APPROVED'],
      ['某县B办法', 'APPROVED'],
      ['关于某县C项目用地的请示', 'APPROVED'],
    ]);
    expect(plans('会议研究了以下议题：1.《某县D规划》；2.《某县E意见》')).toEqual([
      ['某县D规划', 'REVIEWED'],
      ['某县E意见', 'REVIEWED'],
    ]);
    // not enumerated: a bare clause after a bracketed title is not taken
    expect(plans('会议审议通过了《某县A方案》，某县B方案')).toEqual([['某县A方案', 'APPROVED']]);
  });

  it('a bare title after where it goes next, and a report on two things, are read whole; a list of drafts taken together is no title', () => {
    // 提交…表决的 describes the document (and 表决 there is no verb acting on it)
    expect(plans('会议表决通过了提请第三次全体会议表决的关于某县人大代表辞职的决定(草案)')).toEqual([['关于某县人大代表辞职的决定(草案)', 'APPROVED']]);
    expect(plans('会议通过了提交大会审议的某镇人大选举办法(草案)')).toEqual([['某镇人大选举办法(草案)', 'APPROVED']]);
    // A和B的审查结果报告: the report is on both, not a plan A (a session committee's report, passed whole)
    expect(plans('会议听取并通过了发展计划和预算草案的审查结果报告')).toEqual([['发展计划和预算草案的审查结果报告', 'APPROVED']]);
    // 关于A、B和C的报告: the 、 is inside the 关于 phrase (no 关于A alone)
    expect(plans('会议听取了审查委员会关于发展纲要、年度计划、财政预算的审查报告')).toEqual([]);
    expect(plans('会议审议了关于甲乡撤并的请示、关于乙镇更名的请示')).toEqual([
      ['关于甲乡撤并的请示', 'REVIEWED'],
      ['关于乙镇更名的请示', 'REVIEWED'],
    ]);
    expect(plans('会议通过了大会各项决议(草案)')).toEqual([]);
    // (稿) is a draft mark; a 关于… decision later in a passed list is a title (not a procedure)
    expect(plans('会议原则通过了县人大常委会工作报告(稿)')).toEqual([['县人大常委会工作报告(稿)', 'APPROVED']]);
    expect(plans('会议表决通过了县人大常委会关于设立法制工作委员会的决定、关于撤销法规工作室的决定')).toEqual([
      ['县人大常委会关于设立法制工作委员会的决定', 'APPROVED'],
      ['关于撤销法规工作室的决定', 'APPROVED'],
    ]);
    // 审议好…: what the meeting is asked to do, not what it did
    expect(plans('会议要求，各位代表要认真审议好《某县政府工作报告》')).toEqual([['某县政府工作报告', null]]);
    expect(plans('会议要求，要讨论好关于某镇合并的请示')).toEqual([]);
    expect(plans('会议原则通过上述方案')).toEqual([]);
  });

  it('和/及 inside a bare title does not split it; between whole titles it does', () => {
    expect(plans('会议审议通过了关于某县国民经济和社会发展第十五个五年规划的决议')).toEqual([['关于某县国民经济和社会发展第十五个五年规划的决议', 'APPROVED']]);
    expect(plans('会议研究通过了某镇集镇改造方案和某镇污水处理办法')).toEqual([
      ['某镇集镇改造方案', 'APPROVED'],
      ['某镇污水处理办法', 'APPROVED'],
    ]);
    // 计划和预算审查委员会: a committee named after what it examines, so the 和 joins no titles
    expect(plans('会议通过了议案审查委员会及某市国民经济和社会发展计划和财政预算审查委员会名单')).toEqual([]);
    expect(plans('会议通过了计划和预算审查委员会名单')).toEqual([]);
  });

  it('session reports named without 《》 are reviewed when heard, examined or delivered; their submitter is not in the title', () => {
    expect(plans('会议听取和审议了某区人民政府关于2022年区级财政决算的报告')).toEqual([['关于2022年区级财政决算的报告', 'REVIEWED']]);
    // nor the official who presents it for the body
    expect(plans('会议听取了县财政局局长某某关于2023年县级决算的报告')).toEqual([['关于2023年县级决算的报告', 'REVIEWED']]);
    expect(plans('会议审议了市发展改革委副主任田野关于今年上半年计划执行情况的报告')).toEqual([['关于今年上半年计划执行情况的报告', 'REVIEWED']]);
    // a resolution on a body's report keeps the body in its title
    expect(plans('会议表决通过了县人民政府关于2024年县级预算调整方案的报告的决议')).toEqual([['县人民政府关于2024年县级预算调整方案的报告的决议', 'APPROVED']]);
    // and a body's decision, drafted or not (what it is sent on to is still no part of it)
    expect(plans('会议审议了某县人大常委会关于设立某专门委员会的决定(草案)')).toEqual([['某县人大常委会关于设立某专门委员会的决定(草案)', 'REVIEWED']]);
    expect(plans('会议表决通过了提请全体会议表决的某县人大常委会关于设立某专门委员会的决定')).toEqual([['某县人大常委会关于设立某专门委员会的决定', 'APPROVED']]);
    expect(plans('大会书面审查了关于某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告、关于某市2023年预算执行情况和2024年预算草案的报告')).toEqual([
      ['关于某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告', 'REVIEWED'],
      ['关于某市2023年预算执行情况和2024年预算草案的报告', 'REVIEWED'],
    ]);
    expect(plans('会议听取了市人大常委会工作报告、市中级人民法院工作报告和市人民检察院工作报告')).toEqual([
      ['市人大常委会工作报告', 'REVIEWED'],
      ['市中级人民法院工作报告', 'REVIEWED'],
      ['市人民检察院工作报告', 'REVIEWED'],
    ]);
    expect(plans('市长代表市人民政府向大会作政府工作报告')).toEqual([['政府工作报告', 'REVIEWED']]);
    // 研究讨论X: one verb phrase, X its object (not 讨论X)
    expect(plans('会议研究讨论省委常委会工作报告')).toEqual([['省委常委会工作报告', 'REVIEWED']]);
    expect(plans('市政协副主席作关于十届二次会议以来提案工作情况的报告')).toEqual([['关于十届二次会议以来提案工作情况的报告', 'REVIEWED']]);
    expect(plans('大会审查和批准了关于某县2023年预算执行情况和2024年预算草案的报告')).toEqual([['关于某县2023年预算执行情况和2024年预算草案的报告', 'APPROVED']]);
    // an ordinary progress report is not a session report
    expect(plans('会议听取了区人民法院关于行政审判工作情况的报告')).toEqual([]);
    expect(plans('会议听取了关于某行动计划上半年推进情况的报告')).toEqual([]);
  });
});

describe('another meeting\'s agenda', () => {
  it('what the agenda of a meeting to come lists is named here, not reviewed (议程为：审议《X》)', () => {
    expect(plans('会议决定，县人大常委会第九次会议于6月27日召开，建议会议议程为：审议《某县物业管理条例(草案)》；听取和审议县人民政府关于2023年县级决算的报告')).toEqual([
      ['某县物业管理条例(草案)', null],
      ['关于2023年县级决算的报告', null],
    ]);
    // what the meeting itself does before the agenda still counts
    expect(plans('会议审议通过了《某某办法》，确定下次会议议程为：审议《某某条例(草案)》')).toEqual([
      ['某某办法', 'APPROVED'],
      ['某某条例(草案)', null],
    ]);
  });
});
