import { describe, expect, it } from 'vitest';
import { choosePlace, displayName, gazetteer, orgLevel, placeHits } from '../../src/pipeline/place.js';

const place = (body: string, level: ReturnType<typeof orgLevel>, sourceLines: string[] = []) => {
  const e = choosePlace({ body, sourceLines, level });
  return e ? [displayName(e), e.adminCode] : null;
};

describe('place', () => {
  it('a municipality the source names is the city, but a meeting below its level is about the district the body names', () => {
    const body = '虹口区某某街道召开居民区书记例会，街道党工委书记钱文主持。';
    expect(place(body, null, ['某某网>>上海频道'])).toEqual(['虹口', '310109']);
    expect(place(body, '区', ['某某网>>上海频道'])).toEqual(['虹口', '310109']);
    // a meeting of the municipality itself (市政府…) stays the municipality's
    expect(place('市政府召开常务会议，研究虹口区有关工作。', '市', ['某某网>>上海频道'])).toEqual(['上海', '310000']);
    // (a Taiwan city is no municipality: a county its body names elsewhere does not take its place)
    expect(choosePlace({ body: '某区召开区务会议，彰化县来宾列席。', sourceLines: ['台中市政府新闻'], level: null })?.fullName).toBe('台中市');
  });

  it('loads GB/T 2260 divisions with codes and provinces', () => {
    const g = gazetteer();
    const hz = g.bySurface.get('杭州')?.[0];
    expect(hz).toMatchObject({ fullName: '杭州市', province: '浙江省', adminCode: '330100', level: 'city' });
    expect(g.bySurface.get('北京')?.[0]?.level).toBe('city');
  });

  it('finds the city from the body and the source line, at the meeting’s level', () => {
    expect(place('会议强调，要推动绍兴高质量发展，我市要走在前列。', '市')).toEqual(['绍兴', '330600']);
    expect(place('县委常委会召开会议。', '县', ['某某日报 嘉善县融媒体中心'])).toEqual(['嘉善', '330421']);
    // a district-level meeting prefers the district named with its city
    expect(place('《苏州市姑苏区2023年工作要点》', '区')).toEqual(['姑苏', '320508']);
  });

  it('a dateline\'s place is read whole, whatever word its last character makes with 讯 (闻喜讯, 卓资讯)', () => {
    expect(place('闻喜讯 3月2日，县长主持召开县政府常务会议。', '县')).toEqual(['闻喜', '140823']);
    expect(place('卓资讯 3月2日，县长主持召开县政府常务会议。', '县')).toEqual(['卓资', '150921']);
  });

  it('a city\'s government or committee that the dictionary holds as one word (深圳市政府, 广州市人民政府) names the city', () => {
    expect(place('3月2日，广州市政府召开常务会议。', '市')).toEqual(['广州', '440100']);
    expect(place('3月2日，市长主持召开深圳市人民政府常务会议。', '市')).toEqual(['深圳', '440300']);
    expect(place('3月2日，北京市委召开常委会会议。', '市')).toEqual(['北京', '110000']);
  });

  it('the division in the meeting\'s own name outweighs the city a source line names around it', () => {
    const e = choosePlace({ body: '8月31日，慈利县某某乡第六届人民代表大会第一次会议召开。', sourceLines: ['张家界网 张家界9月2日讯', '来源：张家界网'], level: null, meetingName: '慈利县某某乡第六届人民代表大会第一次会议' });
    expect(e && displayName(e)).toBe('慈利');
    // without it the source line's city wins, as before
    const f = choosePlace({ body: '8月31日，慈利县某某乡第六届人民代表大会第一次会议召开。', sourceLines: ['张家界网 张家界9月2日讯', '来源：张家界网'], level: null });
    expect(f && displayName(f)).toBe('张家界');
  });

  it('a short name that starts with the 镇/乡 closing the name before it names no place (某和镇平某某 has no 镇平)', () => {
    expect(place('9月30日，三和镇第三次人代会召开。（三和镇平某某）', null)).toBeNull();
    expect(place('镇平县召开常务会议。', '县')).toEqual(['镇平', '411324']);
  });

  it('a banner by the abbreviation it goes by (东乌旗, 科左中旗), also before its body (…东乌旗委…)', () => {
    const g = gazetteer();
    expect(g.bySurface.get('东乌旗')?.map((e) => e.fullName)).toEqual(['东乌珠穆沁旗']);
    expect(g.bySurface.get('科左中旗')?.map((e) => e.fullName)).toEqual(['科尔沁左翼中旗']);
    // (one that two banners share names neither: 科左旗 is 科尔沁左翼中旗's and 科尔沁左翼后旗's)
    expect(g.bySurface.get('科左旗')).toBeUndefined();
    expect(place('旗委书记某某主持召开中共东乌旗委外事工作委员会第三次会议。', '旗')).toEqual(['东乌珠穆沁', '152525']);
  });

  it('keeps a one-character county with its suffix', () => {
    expect(place('会议在沛县召开，沛县各部门参加。', '县')).toEqual(['沛县', '320322']);
  });

  it('a provincial meeting is about no city (a province is not one), nor one of its cities named in passing; placeholders name nothing', () => {
    expect(place('省政府常务会议强调，要支持哈尔滨发展。', '省')).toBeNull();
    expect(place('浙江省政府常务会议强调，要支持温州发展，浙江要走在前列。', '省')).toBeNull();
    expect(place('要学习X省的经验，XX等X项指标靠后', '市')).toBeNull();
  });

  it('a two-character name starting with a function word needs to be repeated (和县)', () => {
    expect(place('县总工会和县妇联参加', '县')).toBeNull();
  });

  it('reads the level from organisation words', () => {
    expect(orgLevel('区政府第12次常务会议')).toBe('区');
    expect(orgLevel('', '县委书记主持，县长出席，全县上下')).toBe('县');
  });

  it('a 州 or 盟 body is a prefecture: a county named in passing (in a document title) is not the place', () => {
    expect(orgLevel('第十二届州人民政府第45次常务会议', '州长某某主持')).toBe('州');
    expect(orgLevel('', '盟委书记某某主持召开盟委委员会议')).toBe('盟');
    expect(place('会议原则通过《关于黔东南州职工参加工伤保险的请示》《关于天柱县某金矿事故结案的请示》，州长某某强调', '州')).toEqual(['黔东南', '522600']);
    // named by the short name its seat shares (恩施 for 恩施市 and 恩施州): the prefecture, at its level; the seat at a city's
    expect(place('州委常委会会议召开，研究部署全州工作', '州', ['来源：恩施日报'])).toEqual(['恩施', '422800']);
    expect(place('市政府常务会议召开，研究部署全市工作', '市', ['来源：恩施日报'])).toEqual(['恩施', '422801']);
  });

  it('a 地委 or 行署 is a 地区\'s (a prefecture): the 地区, not the city its seat shares a name with', () => {
    expect(orgLevel('', '地委书记某某主持召开地委委员会议，研究全地区工作')).toBe('地');
    expect(orgLevel('', '行署专员某某出席')).toBe('地');
    // (a 基地 or 土地 before 委 is no 地委)
    expect(orgLevel('', '基地委托第三方，土地委员会')).toBeNull();
    expect(place('阿勒泰地委召开委员会议，阿勒泰地委书记某某主持', '地')).toEqual(['阿勒泰', '654300']);
    expect(place('阿勒泰市委召开常委会议，市委书记某某主持', '市')).toEqual(['阿勒泰', '654301']);
  });
});

describe('former divisions', () => {
  it('finds a county by the name it had before it was renamed', () => {
    const e = choosePlace({ body: '会议审定了户县农村工作方案，评选户县劳动模范。', sourceLines: [], level: '县' });
    expect(e && [displayName(e), e.former]).toEqual(['户县', true]);
  });
  it('prefers the current division when both have the name', () => {
    const e = choosePlace({ body: '推动杭州发展', sourceLines: [], level: '市' });
    expect(e?.former).toBeUndefined();
  });
});

describe('city and its counties', () => {
  it('a city article naming one of its county-level cities is still about the city', () => {
    const e = choosePlace({ body: '会议要求，金华市各地要抓好落实，义乌市要发挥带头作用，金华要走在前列。', sourceLines: [], level: '市' });
    expect(e && displayName(e)).toBe('金华');
  });
});

describe('names that are also words', () => {
  it('新华社, 城市中心 and 金山银山 name no place; the full forms do', () => {
    expect(place('据新华社报道，城市中心区域要践行绿水青山就是金山银山理念。', '区')).toBeNull();
    expect(place('《某市市中区年度工作要点》', '区')?.[0]).toBe('市中');
  });
});

describe('a place name inside another word names no place', () => {
  it('an ordinary word, an outlet or a title that contains a division name', () => {
    // 资源 (资源县), 天山 (天山区), 代县 (代县) inside 森林资源, 天山网, 代县长
    expect(place('会议要求加强森林资源保护管理，确保森林资源稳定增长。', '县')).toBeNull();
    expect(place('天山网讯 自治区人大常委会召开主任会议。', null)).toBeNull();
    expect(place('政府代县长某某主持召开县长办公会。', '县')).toBeNull();
    // the same names as places still count
    expect(place('资源县召开县政府常务会议，资源县各部门参加。', '县')?.[0]).toBe('资源');
  });

  it('a short name after a character the dictionary has only as part of words is the end of a longer name (渤龙湖 holds no 龙湖)', () => {
    expect(place('渤龙湖科技园召开重点项目推进会，园区管委会主任某某主持会议。', null)).toBeNull();
    // (after a word, the short name still names the division)
    expect(place('在龙湖召开重点项目推进会，龙湖各部门参加。', null)?.[0]).toBe('龙湖');
  });

  it('a county named by a conjunction (和县) is no place where it joins two words (市领导和县领导)', () => {
    expect(place('会议审定了市人大代表推荐人选和县人大代表推荐人选，市领导和县领导出席。', '县')).toBeNull();
    // after a city, or opening a clause, it is the county
    expect(place('和县召开县委常委会会议，和县各部门参加。', '县')?.[0]).toBe('和县');
    expect(placeHits('马鞍山市和县召开县委常委会会议。').map((h) => h.entry.fullName)).toEqual(['马鞍山市', '和县']);
  });

  it('knows Taiwan’s cities and counties (coded by their province, 710000)', () => {
    expect(place('屏东县政府召开县务会议，由县长主持。', '县')).toEqual(['屏东', '710000']);
    expect(place('台中市政府召开市政会议。', '市')).toEqual(['台中', '710000']);
  });

  it('never reads a place across a word’s edge, nor from words of government news', () => {
    // 召开州政府 (开州), 乡村振兴 (振兴区), 惠民 (惠民县), 新建 (新建区)
    expect(place('6月14日，州长主持召开州政府第12次常务会议。', null)).toBeNull();
    expect(place('会议审议了乡村振兴重点任务清单，研究了惠民工程和新建项目。', null)).toBeNull();
    expect(place('惠民县召开县政府常务会议。', '县')?.[0]).toBe('惠民');
  });

  it('an everyday-word short name as the subject of a meeting is the place (和平召开区政府常务会议)', () => {
    expect(place('5月8日，和平召开区政府第9次常务会议。', '区')?.[0]).toBe('和平');
    expect(place('会议强调，要维护和平稳定，召开好有关会议。', '区')).toBeNull();
  });

  it('a town named like its county is in it (某县的县城某某镇): the county', () => {
    expect(place('桐庐镇党委召开会议，镇班子成员参加。', null)?.[0]).toBe('桐庐');
  });

  it('never reads a place from a person’s name (会议由常山主持)', () => {
    const body = '会议由常山主持，研究了有关工作。';
    const at = body.indexOf('常山');
    expect(choosePlace({ body, sourceLines: [], level: '县' })).not.toBeNull(); // 常山 (常山县) without the name known
    expect(choosePlace({ body, sourceLines: [], level: '县', masked: [[at, at + 2]] })).toBeNull();
    // and 局长武刚 has no 长武 (across the edge of 局长)
    expect(choosePlace({ body: '副县长兼县公安局局长武刚出席会议。', sourceLines: [], level: '县' })).toBeNull();
    // a post, one character (a surname too rare to be known) and a short name: a given name
    expect(choosePlace({ body: '镇长覔龙海进行总结。', sourceLines: [], level: '县' })).toBeNull();
    expect(choosePlace({ body: '党委书记覔建平出席。', sourceLines: [], level: '县' })).toBeNull();
    // the full name there is still the place
    expect(choosePlace({ body: '镇长到建平县调研。', sourceLines: [], level: '县' })?.fullName).toBe('建平县');
  });

  it('never reads a place from a road or street named like it (东安路, 新市街)', () => {
    expect(choosePlace({ body: '东安路街道党工委召开联席会议。', sourceLines: [], level: null })).toBeNull();
    expect(choosePlace({ body: '会议在建平路召开。', sourceLines: [], level: '县' })).toBeNull();
    expect(choosePlace({ body: '东安区召开联席会议。', sourceLines: [], level: null })?.fullName).toBe('东安区');
  });

  it('nor from a village or community named like it (新民村委, 建平社区)', () => {
    expect(choosePlace({ body: '与会人员参观了某街道新民村委综合文化服务中心。', sourceLines: [], level: null })).toBeNull();
    expect(choosePlace({ body: '会议在建平社区召开。', sourceLines: [], level: '县' })).toBeNull();
    expect(choosePlace({ body: '新民市召开联席会议。', sourceLines: [], level: null })?.fullName).toBe('新民市');
  });

  it('nor from a building named like it (阳明大楼, 建平大厦)', () => {
    expect(choosePlace({ body: '下午前往某区阳明大楼召开区务会议。', sourceLines: [], level: null })).toBeNull();
    expect(choosePlace({ body: '会议在建平大厦召开。', sourceLines: [], level: '县' })).toBeNull();
  });
});

describe('a province is not a city', () => {
  it('a provincial meeting is about no city, unless a city reports it from its own source', () => {
    expect(place('山西省委召开常委会会议，研究山西法治建设。', '省')).toBeNull();
    expect(place('广东省工作会议召开，我市组织收看，鹤山市领导在鹤山分会场参加。', '省', ['来源：鹤山市人民政府门户网'])?.[0]).toBe('鹤山');
  });

  it('a municipality is a city', () => {
    expect(place('天津市政府召开常务会议，研究天津发展。', '市')?.[0]).toBe('天津');
  });
});

describe('autonomous prefectures, counties and banners', () => {
  it('are named without their nationalities (恩施, 凉山州, 察布查尔, 龙胜), as the text names them', () => {
    expect(place('州委常委会召开会议，研究凉山州森林防火工作。', '市')).toEqual(['凉山', '513400']);
    expect(place('县委常委会召开会议。', '县', ['来源：丰宁融媒体中心'])).toEqual(['丰宁', '130826']);
    expect(place('察布查尔县召开县委常委会会议。', '县')?.[0]).toBe('察布查尔');
    expect(place('县委常委会召开会议，龙胜各部门参加。', '县')?.[0]).toBe('龙胜');
    // the nationality is the whole place name (鄂温克族自治旗)
    expect(place('旗委常委会召开会议，鄂温克旗各部门参加。', '旗')?.[0]).toBe('鄂温克');
  });

  it('a short name another division has keeps pointing there; one that is an everyday word names no place', () => {
    expect(place('海南要加快自由贸易港建设。', '省')).toBeNull();
    expect(place('会议强调，要发扬团结互助精神，打通绿色通道。', '县')).toBeNull();
    expect(gazetteer().bySurface.get('海南')?.some((e) => e.fullName.includes('自治'))).toBe(false);
    // words of government news a division is named after (资源县, 新兴县, 安宁市, 江山市, 大方县): only in full
    expect(place('会议强调，资源要爱惜使用，要培育新兴领域，维护社会安宁。', '县')).toBeNull();
    expect(place('资源县召开县政府常务会议。', '县')?.[0]).toBe('资源');
    // 会同 (jointly with), 比如 (for example), 延长 (extend), 全州 (the whole prefecture), 古城 (an old city) …
    expect(place('会议要求，县发改局要会同有关部门抓好落实，比如要延长产业链。', '县')).toBeNull();
    expect(place('会议强调，全州上下要树立政府威信，做好古城和汉代故城遗址保护。', '州')).toBeNull();
    expect(place('会议要求加强平原地区防汛，推动公安、交通等部门协作。', '县')).toBeNull();
    expect(place('会同县委常委会召开会议。', '县')?.[0]).toBe('会同');
    // 城关镇 (the seat's town, in many counties) is not the 城关区 of a city
    expect(place('会后，区委书记到城关镇两个村调研城关片区建设。', '区')).toBeNull();
    // a firm named after a place (某地煤业, 某地集团) names no place
    expect(place('会议听取了关于永兴煤业申请关闭退出事宜的汇报。', '县')).toBeNull();
    // nor a state farm (某山林场, 某地农场)
    expect(place('会后，与会人员到区民族中学和元宝山林场参观考察。', '区')).toBeNull();
  });
});
