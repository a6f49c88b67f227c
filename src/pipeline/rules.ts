/**
 * Every rule that puts an edge in the graph: its id (what the `rule` on the edge says, exactly),
 * what it reads, and how far it is trusted. Confidence is read from here, never from the rule's
 * text. A participation edge is as sure as the weaker of its role cue and the way the person's
 * name was read (`person:*`, also given on the edge as `nameRule`).
 */
export interface Rule {
  id: string;
  description: string;
  confidence: number;
}

export const RULES = [
  // ---- role cues (lexicon.ts ROLE_CUES): a person's part in a meeting
  { id: 'chair+speech:主持召开…并讲话', description: '某某主持召开…会议并讲话: chaired the meeting named and spoke', confidence: 0.95 },
  { id: 'chair:主持召开', description: '某某主持召开…会议: chaired the meeting named after the verb', confidence: 0.95 },
  { id: 'attend:带队调研并召开', description: '某某带领调研组/一行来某地调研(，)并召开…会, right after the name: the one who led the visiting group was at the meeting it convened (who presided the text says apart)', confidence: 0.75 },
  { id: 'chair:调研并召开', description: '某某(就…)来/到某地调研并召开…会, right after the name: the visitor convened, so presided over, that meeting', confidence: 0.8 },
  { id: 'chair:召开', description: '某某(组织)召开…会议, right after an official\'s name: convened, so presided over, the meeting named after the verb', confidence: 0.85 },
  { id: 'chair+speech:主持…并讲话', description: '某某主持会议并讲话: chaired and spoke', confidence: 0.95 },
  { id: 'attend:主持分组讨论', description: '某某(分别)主持分组讨论/小组审议: led a group\'s session of the meeting, so attended it (no chair of the meeting)', confidence: 0.8 },
  { id: 'attend:授课/述职', description: '某某授课 / 讲党课 / 宣讲了… / (就…)述职(述责/述廉): took the floor (a lecture, a report on one\'s duties), so attended', confidence: 0.8 },
  { id: 'attend:宣布开幕', description: '某某宣布大会开幕 / 会议开始 / 闭幕: declared the meeting open or closed, so attended', confidence: 0.85 },
  { id: 'attend:率领', description: '甲率领/带领/率乙…主持/召开: those the chair leads to the meeting attended it (the chair is the one who led them)', confidence: 0.8 },
  { id: 'chair:主持人', description: '(会议)主持人 written as a title before the name (会议主持人某某宣布…, 主持人：某某): presided', confidence: 0.85 },
  { id: 'chair:在…主持下', description: '(会议)在某某的主持下(进行): the meeting was chaired by the one named', confidence: 0.85 },
  { id: 'chair:召集', description: '由某某召集 / 某某召集(有关部门开会): convened the meeting, so chaired it', confidence: 0.75 },
  { id: 'chair:担任主持人', description: '某某担任(会议)主持人: presided over the meeting', confidence: 0.85 },
  { id: 'chair:主持', description: '某某主持 / 会议由某某主持: chaired (not 主持…工作, a portfolio; nor 主持仪式/揭牌/签约, a ceremony)', confidence: 0.9 },
  { id: 'attend+chair+speech:出席并主持…并讲话', description: '某某出席并主持会议并讲话: attended, chaired and spoke', confidence: 0.95 },
  { id: 'attend+chair:出席并主持', description: '某某出席并主持会议 / 出席会议并主持: attended and chaired', confidence: 0.95 },
  { id: 'attend+speech:出席…并讲话', description: '某某出席/参加/列席会议并讲话: attended and spoke', confidence: 0.95 },
  { id: 'attend:出席/参加/列席', description: '某某出席/参加/列席(会议): attended (not a ceremony, a banquet or a visit named after the verb)', confidence: 0.9 },
  { id: 'attend+speech:到会并讲话', description: '某某(一行)到会(指导)(并)讲话 / 莅临会议并讲话: came to the meeting and spoke', confidence: 0.9 },
  { id: 'attend:颁奖', description: '某某为/向…颁奖/颁发/授牌: presented awards at the meeting, so attended', confidence: 0.8 },
  { id: 'attend+speech:收听收看…并讲话', description: '某某(在分会场)收听收看会议并讲话: watched a televised meeting where it was relayed and spoke there', confidence: 0.85 },
  { id: 'attend:收听收看', description: '某某(在分会场)收听收看: watched a televised meeting where it was relayed, so attended', confidence: 0.85 },
  { id: 'attend:到会', description: '某某(一行)(莅临)到会(指导) / 到场(关心) / 莅临会议: came to the meeting, so attended (not 到会人员, 到场的)', confidence: 0.85 },
  { id: 'speech:作讲话', description: '某某(在会上)作(重要)讲话: spoke', confidence: 0.9 },
  { id: 'speech:在讲话中', description: '某某在…讲话中/时…: spoke', confidence: 0.85 },
  { id: 'speech:speech-byline', description: 'a printed speech (在某会议上的讲话) with its speaker named alone on a line under the title: spoke', confidence: 0.8 },
  { id: 'speech:宣布…并讲话', description: '某某宣布/宣读/传达…并讲话: announced or read out something at the meeting, then spoke', confidence: 0.85 },
  { id: 'speech:发言人：', description: '林代表长征：…, 县长某某：… — a person named at a sentence\'s start, a colon, then what they said (a record of a sitting, a speech\'s summary): spoke', confidence: 0.75 },
  { id: 'speech:讲话', description: '某某讲话/致辞/致贺词/致开幕词/致闭幕词(指出/强调…), 某某讲了五点要求, 某某讲意见, 某某讲了话: spoke', confidence: 0.85 },
  { id: 'attend:作报告/说明/讲座/部署', description: '某某(就/围绕…)作报告/说明/汇报/发言/部署/分析/通报: took the floor, so attended', confidence: 0.85 },
  { id: 'attend:宣誓', description: '某某(在国旗前/依法向宪法)宣誓, 宣誓就职: appointed at the meeting and took the oath there, so attended', confidence: 0.85 },
  { id: 'attend:对…进行汇报', description: '某某(对/就…)进行了汇报/说明/传达/强调/总结/培训/领学/(宪法)宣誓, 对/就…提出/作出要求/意见: took the floor at the meeting, so attended', confidence: 0.85 },
  { id: 'attend:某某关于…的汇报', description: '听取了某某关于…的(情况)汇报/报告/说明, or 某某《…的汇报》: the one reporting attended (the subject may be a list: 关于甲、乙的汇报)', confidence: 0.85 },
  { id: 'attend:传达/通报/汇报', description: '某某(向大家/向常委会)(分别/先后)传达/通报/汇报/宣读/领学/介绍(了)…/总结了/安排(部署)…工作: relayed, reported, led the study, summed up or set out the work at the meeting, so attended', confidence: 0.8 },
  { id: 'attend:在主席台就座', description: '某某在主席台(前排, 执行主席席…)就座: seated on the platform, so attended', confidence: 0.85 },
  { id: 'attend:担任执行主席', description: '担任大会执行主席的有：甲、乙 (or 本次大会的执行主席是甲、乙): the presidium\'s executive chairs, on the platform', confidence: 0.85 },
  { id: 'attend:在会上指出', description: '某某在(动员)会上/会议中指出/强调/指示…: said it at the meeting, so attended', confidence: 0.8 },
  { id: 'attend:强调/指出', description: '(会上，)某某强调/指出/要求/说/表示/裁示，… or 某某要求各单位/与会人员…: said it at the meeting reported, so attended — only where the speaker\'s office is of the meeting\'s level or below, or the article gives the speaker no title at all (a superior\'s words are relayed), and not in or right after a relay', confidence: 0.7 },
  { id: 'attend:肯定', description: '(会上，)某某对…表示充分的肯定 / 充分肯定了…: appraised the work at the meeting reported, so attended — with 强调/指出\'s guard (a superior\'s words are relayed)', confidence: 0.7 },
  { id: 'attend:听取汇报', description: '某某听取了各部门…(的)汇报: heard the reports at the meeting reported, so attended — with 肯定\'s guard (a superior\'s acts are relayed)', confidence: 0.7 },
  { id: 'attend:指示各单位', description: '某某(另)指示各局处/相关部门…: instructed the units at the meeting reported, so attended', confidence: 0.75 },
  { id: 'attend:发言', description: '甲、乙等(相继/先后)发言, 某某就…发了言: took the floor, so attended', confidence: 0.8 },
  { id: 'attend:质询', description: '甲、乙等(议员)(联合)质询: a council member who questions the executive at the session took the floor, so attended', confidence: 0.8 },
  { id: 'attend:作为…发言', description: '某某作为…代表进行了(表态)发言: took the floor, so attended', confidence: 0.8 },
  { id: 'attend:提出意见建议', description: '某某提出意见建议: gave opinions at the meeting, so attended', confidence: 0.8 },
  { id: 'attend:与…座谈交流', description: '某某与企业家代表/大家(面对面)座谈/交流: took part in the talks, so attended (a group after 与, not a person)', confidence: 0.75 },

  // ---- how a person's name was read (people.ts): caps the confidence of their participation edges
  { id: 'person:title', description: 'a name right after a title (市委副书记、市长某某) or with titles in brackets after it', confidence: 0.95 },
  { id: 'person:suffix-title', description: 'a name before a title or honorific (某某总书记, 某某教授)', confidence: 0.85 },
  { id: 'person:generic', description: 'a name after a group label (市领导某某)', confidence: 0.9 },
  { id: 'person:list', description: 'a name in a 、 list after a titled name or a label (副市长甲、乙)', confidence: 0.9 },
  { id: 'person:bare', description: 'a name alone: known from elsewhere in the document, or a surname-led name before a cue', confidence: 0.8 },

  // ---- meetings and plans
  { id: 'studied:传达学习', description: 'the meeting relayed or studied another meeting (传达学习…会议精神)', confidence: 0.8 },
  { id: 'plan:approve', description: '审议通过/原则通过/研究通过/同意《…》: the meeting passed the document', confidence: 0.85 },
  { id: 'plan:review', description: '审议/研究/讨论/听取/表决《…》, not said to be passed: the meeting reviewed it', confidence: 0.85 },
  { id: 'plan:study', description: '传达学习/学习贯彻《…》: studied, not reviewed', confidence: 0.8 },
  { id: 'plan:approve-passive', description: '《…》已经(某日)…会议审议通过: a notice says the meeting named after the title passed it', confidence: 0.85 },
  { id: 'plan:approve+above', description: '一致通过了以上报告 / 审议通过了上述三个报告: passes the reports (事项/文件: the documents) the meeting reviewed in the sentences before', confidence: 0.75 },
  { id: 'plan:approve+counted', description: '审议了《A》、《B》、《C》…通过了《三个报告》: a count of documents passed names those the sentence reviewed before it', confidence: 0.8 },
  { id: 'plan:approve+closing', description: '…讨论了《A》、研究了B，并原则通过: a last clause that passes, with no object of its own, passes what the sentence reviewed', confidence: 0.8 },
  { id: 'plan:approve+list', description: '《…》 alone in its clause, an item of the list a passing verb heads (会议同意，某局提交的《…》)', confidence: 0.8 },
  { id: 'plan:study+list', description: '《…》 alone in its clause right after a clause that studies a 《title》 (学习了《A》，《B》): an item of the studied list', confidence: 0.75 },
  { id: 'plan:review+list', description: '《…》 alone in its clause, an item of the list a reviewing verb heads (会议听取了A，《B》…的报告；C)', confidence: 0.8 },
  { id: 'plan:approve+quoted', description: 'a passing verb before a quoted title ending in a plan word (审议通过“…方案”)', confidence: 0.8 },
  { id: 'plan:review+quoted', description: 'a reviewing verb before a quoted title ending in a plan word', confidence: 0.8 },
  { id: 'plan:对…讨论', description: '对/就/围绕《…》进行讨论 / 提出意见 / 征求意见 / 作(起草)说明: reviewed', confidence: 0.8 },
  { id: 'plan:作…报告', description: '作《…》的报告 / 作《…的报告》: a report delivered to the meeting, reviewed', confidence: 0.8 },
  { id: 'plan:…的学习', description: '《…》的学习/宣传/贯彻: studied', confidence: 0.75 },
  { id: 'plan:approve-bare', description: 'an unbracketed title a passing verb heads, item by item (审议通过了…工作报告)', confidence: 0.7 },
  { id: 'plan:session-report', description: 'a session report named without 《》 (政府工作报告, 关于…计划执行情况…的报告, …决算的报告) that the sentence hears, reviews or delivers (作…报告)', confidence: 0.7 },
  { id: 'plan:review-bare', description: 'an unbracketed 关于… title or a draft (…(草案)) after a reviewing verb; or a document by its own name (…实施方案, …管理办法) the meeting reviewed (会议研究/研究了)', confidence: 0.7 },

  // ---- staff, place, document and tenure facts
  { id: 'staff:labelled', description: 'a byline with its label: 记者 甲 乙, 责任编辑：某某, (记者某某报道), in the text or a page line', confidence: 0.9 },
  { id: 'staff:dateline', description: 'a wire dateline: 记者某某台北10日电 (the name, then a known place and 某日电)', confidence: 0.85 },
  { id: 'staff:name-before-label', description: '某某/文, 某某/摄: the name before the label', confidence: 0.85 },
  { id: 'staff:bracketed-names', description: 'a bracket of names alone closing a paragraph: (甲 乙)', confidence: 0.75 },
  { id: 'staff:names-after-last-sentence', description: 'the names a text ends with, after its last sentence on the same line, with no bracket or label (…参加会议。甲 乙)', confidence: 0.6 },
  { id: 'staff:name-under-headline', description: 'a name alone on a line between a page\'s headline and its text (标题⏎某某⏎本网讯…)', confidence: 0.7 },
  { id: 'staff:header-line', description: 'a page\'s header line of (date,) source and writers with no label (2021-09-29 某某镇人民政府 甲 乙), or its closing line after an outlet (某某融媒 甲 乙)', confidence: 0.75 },
  { id: 'staff:lead-bracket', description: 'a bracket of names alone right after a report\'s lead: 本报讯(甲 乙), 某某网：(甲)', confidence: 0.8 },
  { id: 'staff:bracket-before-day', description: 'a bracket of names (an office sending them left out) opening a line, right before the day the report begins with: (某区外宣办 甲)5月28日，…', confidence: 0.75 },
  { id: 'place:gazetteer', description: 'the city the article is about (GB/T 2260 division named in the source line and body), where its meetings were held', confidence: 0.7 },
  { id: 'document:reports', description: 'the document reports the meetings it says were held', confidence: 1 },
  { id: 'position:city', description: "a position is in the article's city", confidence: 0.7 },
  { id: 'tenure:title', description: 'the person held the title the article gives them, as of the meeting day', confidence: 0.9 },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]['id'];

const BY_ID = new Map<string, Rule>(RULES.map((r) => [r.id, r]));

/** A rule by its id (every id used in the code is one of RULES: the type says so). */
export function rule(id: RuleId): Rule {
  return BY_ID.get(id)!;
}

/** A rule by an id read from outside (a stored edge): undefined when it is not one of ours. */
export function findRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}
