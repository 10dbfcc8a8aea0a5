"""Metadata from the document itself: its id, title, place, years and genre.

A document without a row in ``metadata.csv`` gets what its text and file name
tell (:func:`infer_metadata`), the fields read from them (``doc_id``, ``title``,
``doc_type``, ``year`` and ``period``, ``place`` with its source, ``place_en``, ``level``, ``province``,
``issuing_body``) listed in ``inferred``:

``title``     the document's own title line among its first lines, not page chrome, a salutation
              (各位代表：), a subtitle, a heading or a document number; the title inside a cover notice
              (关于印发《…》的通知) or a web page's bracketed title; the document's own title below a site's
              decorated one, or below 全文如下：; a news story that lost its headline line takes the one its
              lead restates (12月6日，弋阳工会第十四次代表大会召开。; ``title (from the news story's lead)``);
              a report of how a plan or a budget went that has no title line takes the one its speaker names
              (受市政府委托，我向大会作关于…计划执行情况与2025年计划草案的报告; ``title (the report the opening
              delivers)``);
              when the text has no title line (a speech that starts 各位代表：), one is made from year, place
              and genre and marked ``title (made)``
``year``      from the title, else the file name, else a date line near the top, else a heading that
              plans a year (二、2005年工作总体部署; marked ``year (from a heading)``), else the year's economic
              plan the opening names (…2020年国民经济和社会发展计划草案…); a statistical communiqué dated only by
              its release (2020年3月12日) reports on the year before
``doc_type``  the genre (``resources/doc_types.csv``): from the title, else from the opening sentences
              (我代表国务院，向大会作政府工作报告 → ``government_work_report``)
``place``     from the start of the title (常州市总工会…), a byline (在江苏省第十四届人民代表大会…), the
              opening (我代表国务院 → 全国), the issuer's sign-off at the end (鄂城区总工会), the issuer a
              news lead opens with (近日，顺德区总工会召开…), or the file
              name (a province by name or pinyin, ``resources/provinces.csv``, a Chinese place name, or a
              prefecture or county by its pinyin, ``resources/places.csv``)
``level``     national, province, city, prefecture, district, county or township, from the place
``issuing_body`` the issuer at the start of the title (常州市总工会), or the speaker's body in the opening
              (我代表国务院 → 国务院)
``doc_id``    place and year in pinyin (``nanjing-2021``); without a place, the file name romanised
              (:func:`derive_doc_id`); made unique by the corpus reader

Every ``doc_id``, given or derived, must be safe as a file name (:func:`is_valid_doc_id`).
Only the first 3,000 and the last 400 characters of a text are read, in Simplified characters.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from pathlib import Path

from .cleaning import half_width, simplified, without_lost_indents, without_pinyin_notes
from .clutter import remove_web_clutter
from .loader import Resources, load_resources
from .patterns import (CLOCK_TIME, HAN, NEWS_TIME_LEAD, RE_HAN, RE_SALUTATION, bounded_sentence_start, five_year_plan_of,
                       year_value)

__all__ = [
    "RE_DOC_ID", "is_valid_doc_id", "romanise", "english_place", "slug_doc_id", "derive_doc_id", "find_title", "find_years", "plan_heading_year",
    "find_doc_type", "find_place", "place_level", "province_name", "infer_metadata",
]

#: What a ``doc_id`` may look like: it names files (``clean_text/<doc_id>.txt``, figures), so it is
#: letters, digits, Chinese characters, ``_``, ``.`` and ``-``, starting with a letter, digit or
#: Chinese character, at most 80 characters. Nothing else can reach a file name.
RE_DOC_ID = re.compile(r"[^\W_][\w.\-]{0,79}")

_PLACE_SUFFIX = r"(?:省|自治区|特别行政区|市|地区|自治州|州|盟|自治县|县|区|旗)"
_PLACE = rf"[{HAN}]{{1,10}}?{_PLACE_SUFFIX}"
#: A township or a city's subdistrict (三墩镇, 昌硕街道, 某某乡): a place below the county, read only where its
#: issuer or its plan's year follows it at the start of a title, or in an issuer's sign-off.
_TOWNSHIP_SUFFIX = r"(?:街道|镇|乡)"
_TOWNSHIP = rf"[{HAN}]{{2,6}}?{_TOWNSHIP_SUFFIX}"
#: A township's bodies that issue or sign a document (三墩镇总工会, 昌硕街道办事处, 某镇人民政府).
_TOWNSHIP_ISSUER = r"(?:总工会|工会|人民政府|政府|党委|党工委|办事处|[\u4e00-\u9fff]{2}工会(?:联合会)?|工会联合会|工联会)"  # (凤凰镇教育工会联合会: a sector's union)
#: Common nouns that end like a township (城镇, 乡镇, 特色小镇, 各乡镇 end on one): no place's name.
_NOT_TOWNSHIPS = ("城镇", "乡镇", "村镇", "集镇", "小镇", "城乡", "镇乡", "古镇", "名镇", "重镇", "强镇")
_ISSUER = (rf"(?:总工会|工会|人民政府|政府|人大常委会|委员会|党委|委(?=关于)"  # 中共…区委关于…
           rf"|[{HAN}]{{0,16}}?(?:办公室|领导小组|局|厅)(?=关于))")  # 宣城市民生工作领导小组办公室关于…
#: A title that starts with its place: 南京市总工会…, 2018年武进区工会…, 江苏省人民政府….
#: A year a title may open with (2018年武进区工会…, 2019年度…).
_TITLE_YEAR = (r"(?:(?:19|20)\d{2}\s*年度?(?:\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月份?|[上下]半年|第?[一二三四1-4]季度)?)?")
#: (2020年1-11月份宣城市…, 2021年上半年…: the time a progress report covers may come before the place)
_RE_PLACE_TITLE = re.compile(rf"^{_TITLE_YEAR}(?:中国共产党|中共|共青团)?(?P<place>{_PLACE})(?=(?:[市县区]直|直属)?(?:机关)?{_ISSUER})")
#: A title issued by a Youth League committee named the short way (龙华团区委, 团市委): 团 is the League's, the
#: place is the name with the level (龙华区).
_RE_LEAGUE_TITLE = re.compile(rf"^{_TITLE_YEAR}(?P<name>[{HAN}]{{2,6}}?)团(?P<level>[省市县区])委")
#: A title that starts with a place before its subject (东阳市促进残疾人就业行动实施方案, 广州市国民经济…纲要): a short
#: name and its suffix, the shortest that fits (成都市城市社区… is 成都市).
#: A place named with its parent (温州市鹿城区, 江苏省南京市): the inner one is group 1.
_RE_INNER_PLACE = re.compile(rf"[{HAN}]{{2,8}}?(?:省|自治区|市|自治州|州|地区|盟)([{HAN}]{{2,8}}(?:市|区|县|旗))")
_RE_PLACE_LEAD = re.compile(rf"^(?:关于)?{_TITLE_YEAR}(?:中国共产党|中共|共青团)?"
                            rf"(?P<place>[{HAN}]{{2,8}}?自治州|[{HAN}]{{2,4}}?(?:省|自治区|市|县|区|州)|[{HAN}]县"
                            rf"|[{HAN}]{{2,6}}?(?:盟|地区|旗))(?![长级域场圈]|群(?!众))")
#: (a league, a prefecture or a banner too: 锡林郭勒盟国民经济和社会发展第十二个五年规划纲要, 大兴安岭地区…, 准格尔旗…;
#: not 龚正市长; not 推出十项区级实事项目: 区级 is a level's adjective, no place's end, nor is 区域, 市场, 都市圈 or 城市群 (but 东阳市群众 is); a county's name may be one
#: character, 莘县, 沛县; a title beginning 关于 names its place after it: 关于九江市2022年…计划执行情况…的报告)
#: The same with a second level after the first (九江市都昌县2008年…统计公报, 大理白族自治州祥云县…: the lower is the place,
#: :func:`lowest_place`).
_RE_PLACES_LEAD = re.compile(rf"^(?:关于)?{_TITLE_YEAR}(?:中国共产党|中共|共青团)?(?P<place>(?:[{HAN}]{{2,4}}?(?:省|自治区|市)"
                             rf"|[{HAN}]{{2,8}}?(?:自治州|盟|地区))[{HAN}]{{2,4}}?(?:市|县|区|州|旗))(?![长级域场圈]|群(?!众))")
#: Common nouns that end like a place name (社区, 小区, 景区 …): no place at the start of a title.
_NOT_PLACE_ENDS = ("社区", "小区", "景区", "辖区", "片区", "校区", "厂区", "矿区", "街区", "灾区", "牧区", "库区", "林区",
                   "垦区", "老区", "超市")
#: Verbs that start a title's subject, not a place (推进城市更新…, 加强社区…); a title's second line may begin with
#: one (加快建设…三年行动计划).
_TITLE_VERBS = "推进|推动|加强|加快|促进|建设|深化|全面|实施|开展|做好|进一步|提升|打造|构建|完善|健全|创建"
_RE_NOT_PLACE_START = re.compile(rf"^(?:关于|{_TITLE_VERBS}|印发|转发|下达|颁发)")  # 关于转发市…: no place 转发市
#: Common nouns that end like a place (城市管理局关于…, 市区道路…): no place's name.
_COMMON_NOUNS_LIKE_PLACES = frozenset({"城市", "都市", "省市", "城区", "市区", "郊区", "县区", "山区",
                                       "自治区", "自治州", "自治县", "自治旗"})  # a level alone: the own area
#: Function characters that no place name holds (在, 的, 和 …).
_NOT_IN_PLACE_NAMES = "在的和与对于为是了及或把被从向以同跟给由所之其年我"  # 我: 现将我县… is the speaker's own  # 年: 上半年市总工会… names a time
#: A title for the issuer's own area (全市工会工作三年行动计划, 本区…): group 1 the level's suffix.
_RE_OWN_AREA_TITLE = re.compile(r"[全本我]([省市区县州旗盟])")
#: How much of a text is searched for the place of a title for its own area, and the longest place name.
PLACE_SCAN_CHARS = 20_000
_PLACE_NAME_MAX = 8
#: A byline or news lead naming the assembly: 在江苏省第十四届人民代表大会第四次会议上, ，佳县第十九届人民代表大会…,
#: 安徽省十四届人大三次会议开幕 (the short name, 第 left out), also
#: broken over lines or spaced as a page lays it out (在广东省第十四届⏎人民代表大会…, 在通化县第十八届 人民代表大会…); a
#: union report's subtitle naming the union
#: (——在慈溪市总工会十四届七次委员(扩大)会议上的报告).
_RE_PLACE_BYLINE = re.compile(
    rf"(?:在|(?<=[，。；：,;:\s])|^)(?P<place>{_PLACE})\s?第?[一二三四五六七八九十]+届\s?(?:人民代表大会|人大)"
    rf"|——\s*在(?P<union_place>{_PLACE})(?:总工会|工会)[^\n，。]{{0,24}}?会议上", re.M)
#: The issuer's sign-off line at the end: 鄂城区总工会, 某市人民政府办公室.
_RE_SIGN_OFF = re.compile(rf"(?P<place>{_PLACE}){_ISSUER}[{HAN}]{{0,6}}")
#: A township's issuer opening a title, before its body or the plan's year (三墩镇总工会召开…, 东柳街道2023年工作总结…),
#: or signing off (王庆坨镇总工会).
_RE_TOWNSHIP_TITLE = re.compile(rf"^{_TITLE_YEAR}(?P<place>{_TOWNSHIP})(?={_TOWNSHIP_ISSUER}|(?:19|20)\d{{2}}\s*年)")
_RE_TOWNSHIP_SIGN_OFF = re.compile(rf"(?P<place>{_TOWNSHIP}){_TOWNSHIP_ISSUER}[{HAN}]{{0,6}}")
#: The speaker of a national report: 我代表国务院 / 向全国人民代表大会报告.
_RE_NATIONAL = re.compile(r"代表[^，。]{0,12}(?:中央人民政府|国务院)|国务院决定由我"
                          # 根据国务院的决定 (a speaker's mandate), not 根据国务院国函〔1997〕82号文批复 or 根据中共中央、国务院
                          # 印发的《…规划》 (a document cited)
                          r"|根据[^，。]{0,12}(?:中央人民政府|国务院)"
                          r"(?![^，。]{0,8}(?:国函|国发|国办|〔|\[|号|批复|文件|通知|印发|发布|颁布|下发|关于|《))"
                          r"|受[^，。]{0,12}(?:中央人民政府|国务院)的?委托"  # not 受国务院办公厅通报表扬: praised
                          r"|[向在](?:第[一二三四五六七八九十]+届)?全国人民代表大会|总理在[^，。]{0,6}报告")
#: A weaker sign of a national report, used only when nothing else names a place: the whole country's
#: peoples as the subject of the year under review (是我国各族人民…取得伟大成就的一年).
_RE_NATIONAL_WEAK = re.compile(r"(?:我国|全国)各族人民")
#: The speaker's government named with its place: 我代表上杭县人民政府.
_RE_SPEAKER_PLACE = re.compile(rf"代表(?P<place>{_PLACE})人民政府")
#: The speaker's line under a report's title: 广东省省长 孟凡利, 四川省人民政府省长施小琳, 自治区主席 ….
_RE_SPEAKER_LINE = re.compile(
    rf"^[^\S\n]*(?P<place>{_PLACE})(?:人民政府)?[^\S\n]*(?:代)?(?:省长|市长|县长|区长|州长|旗长|盟长|主席)"
    rf"[^\S\n]*[:：]?[^\S\n]*[{HAN}·]{{2,5}}[^\S\n]*$", re.M)  # (兴文县人民政府县长:石进: a colon before the name)
#: An issuer named with its place where a clause starts in the opening (近日，佛山市顺德区总工会召开…; 8月5日，乐至县总工会…;
#: 崇信县人民代表大会常务委员会; 云和县农业局关于印发…的通知; 广西壮族自治区党委、政府在南宁召开…): the subject of a news
#: report or a notice.
#: A union of a trade or sector counts (沈阳市教科文卫工会), and so do the sister bodies 妇联, 团委 and 残联 (日前，安徽省妇联
#: …印发); a development zone's issuer names no place of its own. A department (…局, …委员会) counts before 关于 (a notice)
#: or a verb that begins its account (番禺区卫生健康局围绕…, …局坚持…: a summary's opening).
_RE_OPENING_ISSUER = re.compile(rf"(?:^|(?<=[\s，。；：、,;:（）()【】“”「」]))(?P<place>[{HAN}]{{2,8}}?"
                                rf"(?:省|自治区|自治州|州|市|盟|地区|自治县|县|区|旗)|[{HAN}]县)(?!圈)(?:(?:(?![省市区县州旗])[{HAN}]){{0,10}}?(?:工会|妇联|团委|残联)|党委[、和]?政府|人民政府|政府|人大常委会"
                                rf"|人民代表大会常务委员会|(?:(?![省市区县州旗])[{HAN}]){{0,8}}?(?:局|厅|委员会|办公室)"
                                rf"(?=关于|(?:围绕|坚持|认真|紧紧|始终|全面|按照|立足|深入|积极)))")
#: Verbs a clause may begin with before the issuer it names (走进义乌市总工会一楼大厅, 传达贯彻岳阳市总工会…精神), perhaps after
#: the reporter who does it (笔者走进太原市总工会…, 记者来到…).
_RE_VERB_BEFORE_PLACE = re.compile(r"^(?:笔者|记者|本报记者|我们)?(?:(?:较好|圆满|全面|超额|顺利|基本|胜利|认真|严格|切实|坚决)?"  # 全面落实省《…》
                                   r"(?:走进|来到|前往|深入|走访|传达贯彻|传达|贯彻落实|贯彻|落实|遵照|学习|参加|出席|看望"
                                   r"|结合|配合|对照|对标|围绕|响应"  # 结合区总工会的要求: 区 alone, the district above
                                   r"|根据|按照|依照|依据|经"  # 根据市第十四届人大常委会…安排: 市 alone, the speaker's own
                                   # a task done of a meeting's (较好完成市十五届人大一次会议确定的…目标任务)
                                   r"|完成|实现|执行))+"
                                   r"|^受")  # 受上海市人民政府委托: 'on behalf of', no place 受上海市 (no place's name opens with 受)
#: A place named with a lower level before a higher one (盐田区遵照市): two names run together, not one place.
_RE_LEVELS_UPSIDE_DOWN = re.compile(r"[区县旗镇乡].+(?:省|自治区|市)$")
_OPENING_NOT_PLACE = re.compile(r"代表|^(?:根据|按照|依据|全国|经|报请|请|各)|全[省市区县州]$|开发区$|园区$|综保区$")  # 经县政府同意: 'with the approval of'
#: How much of the opening :data:`_RE_OPENING_ISSUER` reads: the lead of a report.
OPENING_ISSUER_CHARS = 300
_RE_SPEAKER_BODY = re.compile(rf"我代表(?P<body>国务院|中央人民政府|[{HAN}]{{0,10}}人民政府)")
_RE_ISSUER_TITLE = re.compile(rf"^{_TITLE_YEAR}(?P<body>[{HAN}]{{2,12}}?{_ISSUER})")

#: A five-year plan a title names (“十四五”…规划, 十四五规划, 第十四个五年规划): :func:`analysis.patterns.five_year_plan_of`
#: reads it; unquoted only before 规划 or 计划 (not 十五项, 二十五年).
_RE_TITLE_FIVE_YEAR = re.compile(r"(?:(?:[“\"]|(?<![一二三四五六七八九十百千第\d]))十(?P<short>[一二三四五六七八九]?)五"
                                 r"(?:[”\"]|(?=规划|计划))"  # quoted, or before 规划 (汝南县…十四五规划)
                                 r"|第(?P<long>[一二三四五六七八九十]+)个五年)"
                                 r"(?P<end>末)?")
#: A year (or span) in a title: 2021年, 2018—2020年, and a school year (2009学年).
_RE_YEAR_TITLE = re.compile(r"((?:19|20)\d{2})(?:\s*[—\-–－至~]+\s*((?:19|20)\d{2}))?\s*学?年")
#: A year in Chinese digits (二〇二四, 一九九八), perhaps spaced out (二 〇 三五), its zero perhaps a letter O (二O二三).
_CN_YEAR = r"(?:一\s*九|二\s*[〇零○OΟ])\s*[〇零○OΟ一二三四五六七八九]\s*[〇零○OΟ一二三四五六七八九]"
#: Such a year in a title (嵩明县二O二三年…统计公报).
_RE_YEAR_TITLE_CN = re.compile(rf"({_CN_YEAR})\s*年")
#: A year opening a title without 年 (2016中学工会工作计划).
_RE_TITLE_LEADING_YEAR = re.compile(r"^((?:19|20)\d{2})(?=[\u4e00-\u9fff])(?!年)")
#: A bare year before the genre that ends a title (镇原县2024工作报告), not a count (2000个…方案).
_RE_TITLE_BARE_YEAR = re.compile(r"(?<![\d.\-/:])((?:19|20)\d{2})(?![\d年个家项名人万亿元次届件所座条台辆户亩米吨多余])"
                                 r"(?=[\u4e00-\u9fff]{0,8}?(?:报告|计划|要点|总结|方案|规划|公报)$)")
_RE_YEAR_FILE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*[—\-–－_至~]\s*((?:19|20)\d{2}))?(?!\d)")
#: A date (2019年3月; on a paper's page line, 工人日报/2025 年/4 月/2 日/第 002 版, its parts between slashes).
_RE_DATE_LINE = re.compile(r"((?:19|20)\d{2})\s*年\s*/?\s*\d{1,2}\s*月")
#: The same date in Chinese numerals (——二〇二三年一月十五日在江苏省第十四届人民代表大会第一次会议上).
_RE_DATE_LINE_CN = re.compile(rf"({_CN_YEAR})\s*年\s*(?:十[一二]?|[一二三四五六七八九])\s*月")
#: A heading that names the year of the work ahead (二、2005年工作总体部署, 三、对2018年政府工作的建议,
#: 二、2019年下半年工作计划), not a year looked back on (一、1998年工作回顾和…, 2019年上半年工作总结).
_RE_PLAN_HEADING_YEAR = re.compile(
    r"((?:19|20)\d{2})\s*年(?:度)?(?:上半年|下半年|全年)?的?"
    r"(?:(?!回顾|总结|情况|完成|成绩|成效).){0,10}?(?:工作|任务|部署|安排|要求|建议|目标|计划|打算|要点)"
    r"(?![^、和及与，]{0,3}(?:回顾|总结|情况|完成))")
#: The year's economic plan named in the opening (审查…2020年国民经济和社会发展计划草案, 关于1980、1981年国民经济计划
#: 安排的报告), not the last plan's execution (2019年国民经济和社会发展计划执行情况); or the year whose expected
#: targets it sets out (…提出了2019年经济社会发展主要预期目标：…, a news report of a government work report),
#: not a year whose targets were met (完成了2018年主要预期目标); or the year of a plan the opening tells was issued
#: (安徽省妇联…印发《全省妇联2025年工作要点》: a news story of the plan).
_RE_OPENING_PLAN_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?:国民经济和社会发展|国民经济)计划(?!执行)"
                                   r"|(?<!完成)(?<!完成了)(?<!实现)(?<!实现了)((?:19|20)\d{2})\s*年"
                                   r"(?:全[省市区县])?(?:国民经济和社会发展|经济社会发展)?的?主要预期目标"
                                   r"|(?:印发|出台|下发|发布)了?《[^》\n]{0,20}?((?:19|20)\d{2})\s*年度?[^》\n]{0,16}?"
                                   r"(?:工作要点|工作计划|工作方案|实施方案|行动计划)》")
#: The plan's own span of years named in the opening (2012~2015年, 2012年至2015年, 2012年起5年内): its first year,
#: when nothing else dates the plan; not a span looked back on (2008—2012年以来, 2008年至2012年期间取得…), nor one an
#: average or a sum is taken over (2021-2024年年均增长7.4%: a window of past figures).
_RE_OPENING_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*[—\-–－~～至到]\s*((?:19|20)\d{2})\s*年(?!以来|来|间|期间|年均|平均|累计)"
                              r"|((?:19|20)\d{2})\s*年起")
#: The longest span of years a plan sets itself (2021—2035年: a five-year plan and its long-range goals).
PLAN_SPAN_MAX = 15
#: A line at most this long that holds a date is a date line or a byline (its date is the document's).
DATE_LINE_MAX = 50
#: A heading line read for the plan's year: an outline marker, then at most this many characters.
PLAN_HEADING_MAX = 40

#: An e-paper's page line: the day, the paper, its page (图说新闻 2024年03月21日 盐城晚报 12版 县域动态).
_EPAPER_PAGE = (r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^\S\n]*[\u4e00-\u9fff]{2,10}报[^\S\n]*(?:第[^\S\n]*)?[A-Z]?\d{1,3}"
                r"[^\S\n]*版")
_RE_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[、.．]"
                         r"|第[一二三四五六七八九十]+[章部节])")
#: A line of body text: a sentence end or a comma (a title has neither).
_RE_SENTENCE = re.compile(r"[。；！？，,]")
#: A page's time stamp written day (or month), month (or day), year, then the time (05.03.2021  17:41).
_STAMP_YEAR_LAST = r"\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2}\s*\d{1,2}[:：]\d{2}"
_RE_NOT_TITLE = re.compile(r"〔\d{4}〕|\[\d{4}\]\d+号|^(?:时间|日期|地点|主持|来源)\s*[:：]|^[—–\-－]{1,2}"
                           r"|^[□■◆●]?\s*(?:本报记者|记者|通讯员|特约记者)"  # a byline (□本报记者 沈雯)
                           r"|^[□■◆●]?\s*本刊(?:编辑部|記者|记者|評論員|评论员)\s*$"  # a magazine's (□本刊编辑部)
                           r"|^(?:文|图|文图|图文|文字|摄影|撰稿)\s*[/／]"  # a byline by its marks (文/哈工宣, 图/…)
                           r"|^[（(]?\s*(?:转自|转发自|转载自|转载于|来自)\s*[:：]"  # where a page took the story from (转自:中工网,
                           # (转发自:“创新西安”微信公众号))
                           r"|^[^。，；！？\s]{0,16}?(?:记者|通讯员)[ \u3000]*[\u4e00-\u9fff·]{2,4}(?:[ \u3000]|$)"  # an outlet's
                           # byline (石榴云/新疆日报记者 张婷 通讯员 常轶茹)
                           r"|^(?:《[^《》]{1,20}》[ \u3000]*){2,}$"  # a newspaper group's mastheads (《西藏日报》 《西藏商报》)
                           r"|^(?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?$"  # a date alone (2023年01月11日)
                           r"|^(?:19|20)\d{2}\s*年?$"  # a year alone (2023年 over a graphic's figures, round 211)
                           r"|^[\u4e00-\u9fff]{2,12}人民政府(?:门户网站|网站|网)?$"  # a government site's name over its story
                           # (文山市人民政府 / 文山市开展…送温暖慰问活动, round 213)
                           r"|^(?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?\s*\d{1,2}[:：]\d{2}"  # a time stamp (2020年01月06日09:05)
                           rf"|^{_STAMP_YEAR_LAST}"  # one with the year last (05.03.2021  17:41)
                           r"|(?<!\d)(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}\s+\d{1,2}[:：]\d{2}[:：]\d{2}"  # one in a site's
                           # line (公文搜 2021-07-23 10:38:42 政府报告)
                           r"|^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^。，；\n]{2,40}?(?:会议|大会)上"  # a speech's
                           # dateline (2018年4月17日在渭南市第五届人民代表大会第四次会议上)
                           r"|\s来源\s*[:：]"  # a stamp's source after its time (… 来源:《工人日报》)
                           r"|^[\u4e00-\u9fff]{0,4}(?:年份|日期|类型|分类|目录|地域|栏目)$"  # a site's filter (报告年份)
                           # a page's field or button alone, its characters perhaps spaced out (时 间, 分 享, 评 论)
                           r"|^(?:时\s*间|日\s*期|分\s*享|评\s*论|来\s*源|作\s*者|编\s*辑|点\s*击|浏\s*览|打\s*印|收\s*藏|关\s*闭)$"
                           r"|^第\s*[A-Z]?\d+\s*版|^[A-Z]?\d{1,5}\s*版\s*[:：]"  # a newspaper's page (第A02版：要闻, 00002版:浙工会)
                           # its masthead alone (盐城晚报, 甘肃工人报), perhaps with its e-paper's name (浙江工人日报 数字报纸)
                           r"|^[\u4e00-\u9fff]{2,8}(?:日|晚|早|晨|商|时|時|都市|工人|青年|法治|法制|农民|農民|妇女|婦女|经济|經濟|科技)[报報]"
                           r"(?:\s*(?:数字报纸?|电子版|数字报刊|电子报))?$"
                           r"|^[\u4e00-\u9fff]{2,10}[报報]\s*(?:数字报纸?|电子版|数字报刊|电子报)$"  # any paper's e-paper (重庆政协报数字报纸)
                           r"|^(?:19|20)\d{2}\s*年?\s*卷$"  # a yearbook's volume (2022卷), over its entry
                           # a congress session's document head (南宁市西乡塘区第四届人民代表大会 / 第五次会议文件之二): not the title
                           r"|^[\u4e00-\u9fff]{0,20}第[一二三四五六七八九十\d]+届人民代表大会(?:常务委员会)?$"
                           r"|^(?:第[一二三四五六七八九十\d]+次会议)?文件之[一二三四五六七八九十\d]+$"
                           rf"|{_EPAPER_PAGE}"  # an e-paper's page line (图说新闻 2024年03月21日 盐城晚报 12版 县域动态)
                           r"|^[\u4e00-\u9fff（）()]{2,16}\s*/\s*(?:19|20)\d{2}\s*年\s*/"  # an e-paper's page (德宏团结报/2024 年/1 月/18 日/第 008 版)
                           r"|^目\s*录$"  # a table of contents begins
                           r"|^(?:前\s*言|序\s*言|引\s*言|导\s*言|摘\s*要|正\s*文|简\s*介|概\s*述)$"  # a front-matter heading alone (前言, 简介)
                           # a newspaper group's lines: its media listed between bars, its registration (国内统一刊号:CN52-0013)
                           r"|旗下媒体|国内统一刊号|CN\s*\d{2}\s*[-－]\s*\d{4}|(?:[\u4e00-\u9fff]{2,8}\s*[|｜]\s*){3,}"
                           r"|^[（(【\[]?\s*点击(?:查阅|查看|阅读|进入|浏览|下载)"  # a link's words ((点击查阅更多…报告))
                           r"|^[\u4e00-\u9fff]{1,12}(?:网|报|台|社)[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日(?:讯|电)$"  # a dateline alone
                           r"|^(?:[\u4e00-\u9fff]{2,4}\s+){4,}[\u4e00-\u9fff]{2,4}$"  # a site's menu (首页 资讯 社会 经济 快讯 …)
                           r"|^[\u4e00-\u9fff]{0,12}?(?:总理|省长|市长|县长|区长|州长|旗长|盟长|镇长|乡长)\s*[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,4}$"
                           # the speaker (市长 魏尧; 市长 秦 猛, a two-character name spaced to the width of three)
                           # an official who reports, by post and name (省发展改革委主任王前虎; not 市总工会主席团会议)
                           r"|^[\u4e00-\u9fff]{2,16}?(?:主任|局长|厅长|部长|书记|主席|秘书长)\s*(?![^\s]*[会议团报告作])[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,3}$"
                           r"|^[\u4e00-\u9fff]{2,8}\s*[-－_|｜]\s*[\u4e00-\u9fff]{1,8}网$"  # a site's names (工人日报-中工网)
                           r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期[一二三四五六日天]?|周[一二三四五六日天])"
                           # a newspaper's date line, its weekday perhaps lost with the page's image (2017年 8月 12日 星期)
                           r"|^(?:上传|发布|更新|发表)(?:时间|日期)\s*[:：]"  # a page's stamp (上传时间:2016年02月24日 …)
                           r"|(?:会议|大会)上$"  # a speech's dateline broken over lines (——2023年12月13日在…县 / 第十届…会议上)
                           r"|[:：]$")  # a label introducing what follows (温馨提示：), no title
#: A public-disclosure page's field (索引号, [ 主题分类 ] 国民经济发展规划、计划, 发布机构：…): a label and its value,
#: no title, though its value may name a genre.
_DISCLOSURE_LABELS = (r"索\s*引\s*号|(?:主\s*题\s*)?分\s*类|体\s*裁\s*分\s*类|组\s*配\s*分\s*类|发\s*布\s*机\s*构"
                      r"|发\s*文\s*机\s*关|成\s*文\s*日\s*期|发\s*布\s*日\s*期|发\s*文\s*字\s*号|有\s*效\s*性|主\s*题\s*词"
                      r"|公\s*文\s*种\s*类|服\s*务\s*对\s*象|信\s*息\s*来\s*源")
_RE_DISCLOSURE_FIELD = re.compile(rf"^[\[【]?\s*(?:{_DISCLOSURE_LABELS})\s*[\]】:：]"
                                  # numbered, a label of the page's own in brackets (1. [主题分类] …, 2. [规划分类] 其他规划)
                                  r"|^\d{1,2}[.、]\s*[\[【]\s*[\u4e00-\u9fff]{2,6}\s*[\]】]")
#: The bullets such a page's fields (and a page's lists) may begin with.
_BULLETS = "•·●▪"
#: Such a page's field label alone on its line, its value on the next (• 主题分类 / • 国民经济发展规划、计划; • 标题 /
#: • 重庆市涪陵区…计划执行情况及, which the page may cut short): neither line is the title's line.
_RE_DISCLOSURE_LABEL_LINE = re.compile(rf"^[{_BULLETS}]?\s*(?:{_DISCLOSURE_LABELS}|标\s*题|名\s*称)\s*$")
#: A file name's extension left on a title by a document-sharing page (…工作计划.docx, …_3.doc), and a
#: template site's decorations (…工作计划1500字模板6篇, …工作报告 篇1, …工作总结_1, …计划(3篇范文), 第1篇 …).
_RE_TITLE_DECORATION = re.compile(r"(?:_\d+)?[.．](?:docx?|pdf|wps|txt|pptx?|xlsx?)(?:VIP)?$"
                             r"|(?:\d+字)?(?:范文|模板|精选|精品|通用|大全)*(?:\s*(?:\d+篇|篇[一二三四五六七八九十\d]+|【篇\d+】))$"
                             r"|\s*(?:\d+字)?(?:范文|模板|精选|精品|通用|大全)+$|_\d+$"
                             r"|[（(]\d+篇(?:范文|模板|精选)?[）)]$|^第[\d一二三四五六七八九十]{1,3}篇\s*[:：]?\s*"
                             r"|\s*[（(]\s*全文\s*(?:共\s*)?\d+\s*字\s*[）)]$"  # a site's count of the text's characters ((全文29812字))
                             r"|\s+(?:发布时间|发布日期|更新时间|发表时间)\s*[:：].*$"  # a page's stamp run onto the title line
                             r"|^[（(][\u4e00-\u9fff]{2,8}(?:省|自治区|市)[）)]\s*"  # (浙江省)庆元县…: a site's tag
                             r"|^[（(][\u4e00-\u9fff]{2,3}[）)]\s*(?=(?:19|20)\d{2}\s*年)"  # (内蒙古)2022年…: the same, short
                             r"|^\[[\u4e00-\u9fff]{2,8}\]\s*"  # [广西] 2023年梧州市龙圩区政府工作报告: the same in square brackets
                             # a column's tag before the headline (工会送温暖丨…, 聚焦市工代会|日照市…综述): the page's, not the title
                             r"|^[\u4e00-\u9fff]{2,8}\s*丨\s*"
                             r"|^[^|｜\s]{2,8}\s*[|｜]\s*(?=[^|｜]{4,40}(?:综述|计划|总结|要点|方案|报告|规划|纲要|公报)$)"
                             r"|^[^|｜\s]{2,8}\s+[|｜]\s+(?=[^|｜]{17,}$)"  # 人民视频 | …换届工作会议召开: a long headline after it
                             r"|[\s|｜]+$"  # | 标题:…工作计划 | |: a table's cells
                             r"|\s*[*＊]{2,}$"  # …总投资4.42万亿元******: a site's stars after the headline
                             r"|\s*[\U0001F000-\U0001FAFF\uFE0F\u200D]+$"  # 镇原县2024工作报告📜: an emoji after it
                             r"|_[^_\s\d]{2,10}$|\s*[|｜]\s*[^|｜\s]{2,16}$"  # the site's name (…竞赛_全球头条)
                             r"|\s*[（(]全文[）)]$|\s*[-_－]\s*(?:定稿|终稿)$|\s*[（(](?:定稿|终稿)[）)]$"  # a site's or a file's note
                             r"|(?<=[\u4e00-\u9fff）)])\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}$"  # the page's date run on (…工作总结2024-02-29)
                             r"|\s*[（(](?:19|20)\d{2}\s*年?(?:更新|修订|修改)版?[）)]$"  # …十四五规划(2022年更新): the page's update
                             r"|(?<=计划|总结|要点|方案|报告|规划|安排|思路)\d{1,2}$"  # …工作计划1: a template's instance
                             r"|(?<=计划|总结|要点|方案|报告|规划|安排|思路)\s*[（(]\d{1,2}[）)]$"  # …年终总结(7): its 7th
                             r"|^\d{1,2}、(?=[^，。；]{2,40}(?:计划|总结|要点|方案|报告|规划))"  # 1、2020年…计划: a shared file's page 1
                             r"|(?:\s+|\s*[-－_]\s*)[\u4e00-\u9fff]{0,4}(?:资讯|快讯|短讯|要闻|新闻|头条|动态|频道)$"  # …发布 每日资讯,
                             # …服务站点-每日短讯: a site's section
                             r"|\s*(?:→|↓|⬇|👇|>>)+$"  # …实事项目确定了→: an arrow pointing at the story
                             r"|_第\d+页$"  # …工作计划_第1页: a shared file's page
                             r"|\s+(?:二维码|扫一扫|分享到?|打印|收藏|关闭)$"  # …工会工作总结 二维码: a page's button (round 208)
                             r"|\s*[（(](?:19|20)\d{6}[）)]$"  # …政府工作报告(20230106): the page's date (round 208)
                             r"|(?<=公报|报告|计划|总结|要点|方案|规划|纲要)\s*(?:19|20)\d{2}$"  # …统计公报 2022: the page's year tag
                             r"|^名\s*称\s*[:：]\s*|\s+发布日期\s*[:：].*$"  # 名 称: …报告 发布日期: …: a disclosure row's fields
                             r"|^有关于"  # 有关于医院工会工作总结范文: a template site's search phrase
                             # the day it was given, perhaps with the speaker or the meeting (…政府工作报告(2022年1月13日 沈宏宇)):
                             # a dateline, as a byline run onto the title is
                             r"|\s*[（(]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^（）()]{0,40}[）)]$"
                             r"|(?:\s+[-－]\s+[^\s\-－—]{1,12}){0,2}\s+[-－]\s+[^\s\-－—]{0,10}(?:网|频道)$"  # … - 贵州 - 中工网: the site's path
                             r"|\s*[-－_]\s*[^\s\-－—_，。]{1,16}(?:网页版|官网|官方网站|手机版|电脑版|平台|APP|App)$"  # …-m6米乐网页版: a site's name
                             r"|(?<=[\u4e00-\u9fff])\s*VIP(?:专享|专属|免费|下载)?$",  # …政府工作报告VIP专享: a document site's badge
                             re.IGNORECASE)
#: Decorations are taken off a title's end this many times at most (…工作计划(2篇).docxVIP: two).
_DECORATION_LAYERS = 3
#: The genres a document site's menu lists; a line naming :data:`_MENU_MIN_GENRES` of them or more is its menu run
#: together (范文首页自我鉴定总结报告工作总结工作计划党团相关演讲稿讲话稿…), no title.
_RE_MENU_GENRE = re.compile(r"总结|计划|报告|要点|方案|演讲稿|讲话稿|发言稿|范文|合同|心得|鉴定|导游词|致辞|申请书|情书|述职")
_MENU_MIN_GENRES = 4
#: A line of genre words alone (计划总结, 工作总结): a site's category, not a document's title.
_RE_GENRE_WORDS_ONLY = re.compile(r"(?:工作)?(?:计划|总结|要点|报告|方案|规划|安排|打算|汇报)+")
#: A news page's label before a title (原标题：省总工会今年要做实十项重点工作, 【原标题】…), a wire story's dateline before its
#: headline (新华社北京12月26日电 题：…).
_RE_NEWS_PREFIX = re.compile(r"^(?:\|\s*)?(?:原标题|标\s*题|[^，。：:]{0,16}[电讯]\s*题)\s*[:：]\s*(?:\|\s*)?"  # 新华社…电 题：…, 东北网1月9日讯 题：…
                             r"|^[【\[]\s*(?:原标题|标\s*题)\s*[】\]]\s*[:：]?\s*"  # 【原标题】…: the label in brackets
                             r"|^\|\s*[\u4e00-\u9fff]{2,6}\s*\|\s*")  # | 内容概述 | …: a page's field label in a cell
#: A page's label of the original headline in brackets ((原标题:奋力唱响新时代“劳动者之歌”)): the headline.
_RE_BRACKETED_ORIGINAL = re.compile(r"^[（(]\s*原标题\s*[:：]\s*(.+?)\s*[）)]$")
#: A national issuer at the start of the title (the national federation of trade unions, the Party's central
#: committee, the State Council, the national people's congress; the nation's unions, 2024年全国工会重点工作明确, not
#: an honour of theirs a local union won): a national document.
_RE_NATIONAL_ISSUER = re.compile(rf"^{_TITLE_YEAR}(?:(?:中华)?全国总工会|全国工会(?!系统先进|先进)|中共中央|中国共产党中央|国务院|中华人民共和国|全国人民代表大会|全国人大)")
_RE_COVER = re.compile(r"关于(?:印发|下达|转发|颁发)(?:[^《》“”\"，。\n]{0,18}?(?:局|委|厅|办|办公室|部|会|院|中心|政府|小组))?"  # 转发市发展和改革局《…》
                       r"(?:《(?P<title>[^》]{4,80})》(?![\u4e00-\u9fff]{2}[^，。《》\n]{0,60}?的通知)"
                       # (not a document named inside the issued one's title: 关于印发《…发展规划》主要目标…分工方案的通知)
                       r"|[“\"](?P<quoted>[^”\"]{4,60})[”\"])"
                       r"|(?:印发|下达|转发|颁发)《(?P<issued>[^》]{4,80})》的通知"  # …办公室印发《…》的通知
                       r"|^《(?P<noticed>[^》]{4,80})》的通知$"  # a notice's title whose issuer and 关于印发 a page cut off
                       r"|关于(?:印发|下达)(?P<bare>[^，。]{4,60}?)的通知》?$"  # 关于印发2023年区《政府工作报告》…方案的通知
                       # (in title marks too: 《成都市…办公厅关于印发2019年〈政府工作报告〉确定的…分解方案的通知》)
                       # 发布了《…办公厅关于印发银川都市圈建设2019年工作计划的通知》: a notice's title a news lead names (not one
                       # that names a document in its own marks, 经…《关于印发〈…方案〉的通知》批复: the approver, cited)
                       r"|关于(?:印发|下达)(?P<named_bare>[^，。〈〉《》]{4,60}?)的通知(?=》)"
                       r"|^现将(?:《(?P<sent>[^》]{4,80})》|[“\"](?P<sent_quoted>[^”\"]{4,60})[”\"])(?:印发|转发)"
                       # a call for comments on a draft (关于《…实施方案》(征求意见稿)的公告, round 213): the draft's title
                       r"|^关于(?:公开征求)?《(?P<draft>[^》]{4,80})》(?:[（(](?:征求意见稿|草案|送审稿)[）)])?"
                       r"(?:公开)?(?:征求意见)?的?(?:公告|通告)$"
                       # a news lead telling of a report given or a document issued (1月12日，…作《关于…的报告》, …发布关于…的报告。,
                       # 近日，中共酒泉市委发布关于建设…的意见，)
                       r"|^(?:\d{1,2}月\d{1,2}日|近日|日前)[，,][^。]{0,60}?(?:发布|公布|作|印发|出台)了?(?:《(?P<reported>关于[^》]{6,80}?报告)》"
                       r"|(?P<reported_bare>关于[^，。《》]{6,80}?的(?:报告|意见|方案|实施方案|行动计划|规划|决定))[。，,])"
                       # a release's preface before the document's text (近日，…印发了《…三年行动计划(2024-2026年)》，要求…。
                       # 现将计划予以公开发布。): it names the title
                       r"|^(?:\d{1,2}月\d{1,2}日|近日|日前)[，,][^。]{0,60}?(?:印发|发布|出台)了?《(?P<released>[^》]{4,80})》[^。]{0,60}。"
                       r"[^。\n]{0,30}?(?:全文如下|予以公开发布|现予公布|予以公布|现予发布|现将[^。\n]{0,12}(?:公布|发布))"
                       # a news lead announcing the plan (《…2020年工作要点》近日出台): it names the title
                       r"|^《(?P<announced>[^》]{4,80})》(?:近日|日前|正式|已|于[^，。]{2,12})?(?:出台|印发|发布|公布|下发)"
                       # a notice's first sentence: 《…》和《…》已经市人民政府同意，现印发给你们 (the first it names; 《…》《…》 too); 《…》已经…
                       # 人大…审议通过，请…组织实施
                       # (after the addressees on the same line, where the page lost its line breaks: 各县市区人民政府,…: 《…》已经…)
                       r"|^(?:各[^《》。\n]{2,80}?[：:]\s*)?《(?P<approved>[^》]{4,80})》(?:[和及、]?《[^》]{4,80}》){0,4}"
                       r"(?:已经|已|经)[^，。]{0,24}(?:同意|通过|批准)"
                       r"[，,]\s*(?:现(?:印发|转发)给?你们|请)")
#: A line a page cut short (…和黄石市推进国...): the page's link to the document, never its whole title.
_RE_CUT_SHORT = re.compile(r"(?:\.{3,}|…+)$")
_RE_BRACKETED = re.compile(r"^[\[【](?P<title>[^\]】]{4,60})[\]】]")
#: A series' tag in brackets that greets an occasion (【热烈祝贺甘肃省总工会成立七十周年】谱写工运事业发展新篇章, 【喜迎二十大】…):
#: a newspaper's column over many stories; the headline after it is the title, however long the tag.
_RE_CELEBRATION_TAG = re.compile(r"^\s*(?:热烈)?(?:祝贺|庆祝|慶祝|喜迎|迎接|纪念|紀念|献礼|獻禮|礼赞|禮讚)")
#: A news wire's or site's tag in brackets before its lead (【香港商报网讯】, 【新华社北京电】, [本报讯]).
_RE_WIRE_TAG = re.compile(r"(?:网|社|报|台)?(?:讯|电)$"
                          r"|(?:新闻|日报|晚报|早报|网|在线|客户端)$")  # [邯郸新闻]在春节来临之际，…: the outlet's tag
#: A byline run onto the title line (政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强).
_RE_BYLINE_TAIL = re.compile(r"\s*[—－\-]{1,2}\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?"
                             r"在[^—－]{2,40}?(?:会议|大会)上.*$")
#: How the second line of a title broken in two may begin: a year, a verb, a conjunction or a five-year plan's ordinal
#: (静安区全力打响“上海服务”品牌 / 加快建设“国际静安”三年行动计划; 常州市总工会 / 2020年工作要点; …2006年工作总结 /
#: 及2007年工作计划; 喀什地区国民经济和社会发展 / 第十四个五年规划和2035年), or the genre's noun alone on the line, perhaps
#: with a footnote's mark (宿州市2021年国民经济和社会发展 / 统计公报[1]); a title beginning 关于 is whole, whatever
#: stands above it (the issuer's name).
#: Conjunctions that join a title's second part or year to its first (…工作总结及2007年工作计划).
_CONJUNCTIONS = "及|暨|和|与|并"
#: One of them where a match begins (after a genre's name: 工作总结及2021年工作要点; a title's second line: 及2007年…).
_RE_CONJUNCTION = re.compile(_CONJUNCTIONS)
_RE_TITLE_GOES_ON = re.compile(rf"^(?:(?:19|20)\d{{2}}\s*年|{_TITLE_VERBS}|{_CONJUNCTIONS}"
                               r"|第[一二三四五六七八九十]{1,3}个五年|[“\"]十[一二三四五六七八九]?五[”\"]"
                               r"|(?:统计公报|公报|工作报告|工作要点|工作计划|工作总结|规划纲要|纲要|实施方案|行动计划)"
                               r"(?:\s*[\[［]\d{1,2}[\]］])?$)")
#: The first half of a title names its place or its issuer: it begins with a place (静安区全力打响…) or ends with an
#: issuer (常州市总工会); a site's section (云南要闻) does neither.
_RE_TITLE_HALF = re.compile(rf"^(?:中共)?{_PLACE}|{_ISSUER}$")
#: A line above a title that is not its first half: a red-letter head (…文件) or a notice's title.
_RE_NOT_TITLE_HALF = re.compile(r"(?:文件|通知|函)$")
_RE_YEAR_SPAN_LINE = re.compile(r"^[（(]\s*(?:19|20)\d{2}\s*[—\-–－~至]+\s*(?:19|20)\d{2}\s*年?\s*[）)]$")

#: The title is looked for among this many first non-blank lines (after page clutter is removed).
TITLE_WINDOW = 12
#: A title line is at most this long.
TITLE_MAX = 60
#: The opening whose sentences may tell the genre and the speaker.
OPENING_CHARS = 1500
#: A reporter's byline, removed from the text as a caption but telling its genre (□本报记者 沈雯: a news story).
_RE_REPORTER = re.compile(r"记者|通讯员|来源[:：]\s*《?[\u4e00-\u9fff]{0,12}(?:日报|晚报|早报|商报|时报|都市报"
                          r"|新闻网|客户端|融媒体中心|电视台|新闻中心)"  # a newspaper's or a news outlet's line
                          r"|[（(][\u4e00-\u9fff·\s]{0,12}(?:供图|供圖|[摄攝])[）)]$")  # a photo's credit: 慰问一线职工。(供图)
#: A news story's lead opening a line near the top: a wire tag with its date (中国经济网乌鲁木齐1月12日讯,
#: 新华社北京3月5日电, 中新网 太原1月23日电), 本报讯 (昆明信息港讯: a portal's) or a reporter's byline (本报全媒体记者 王何军). The text
#: is a news story whatever it reports (…向大会作政府工作报告时如是说 is quoted, not given).
_RE_NEWS_LEAD = re.compile(r"(?m)^[^\S\n]*[【\[（(]?(?:[\u4e00-\u9fff]{0,20}?(?:[^\S\n][\u4e00-\u9fff]{1,8})?(?:\d{1,2}月)?\d{1,2}日(?:讯|电)(?![\u4e00-\u9fff])|"
                           r"(?:[\u4e00-\u9fff]{1,10}(?:网|在线|客户端|日报|晚报|电视台)[/／、])?"  # 大江网/萍乡头条客户端讯,
                           # 中安在线、中安新闻客户端讯 (round 208)
                           r"(?:本报|本网|[\u4e00-\u9fff]{1,10}(?:网|在线|信息港|客户端|日报|晚报|电视台|融媒体中心|新闻中心))讯"
                           r"|(?:本报|本网|特约)[\u4e00-\u9fff]{0,4}记者"
                           # an outlet's name in brackets before the lead, on its line ([邯郸新闻]在春节来临之际，…)
                           r"|[【\[][\u4e00-\u9fff]{2,10}(?:新闻|日报|晚报|早报|网|在线|客户端)[】\]][^\s】\]]"
                           rf"|[^\n]{{0,12}}?{_EPAPER_PAGE})")  # an e-paper's page line
#: How far into the opening a news lead is looked for (a line or two after a headline the title search missed).
NEWS_LEAD_CHARS = 200
#: A headline that tells of a meeting held (市宣文卫工会召开2023年度工作会议, 市总工会召开…务虚会): a news story, though
#: it names the genre the meeting dealt with (…工作总结及…工作谋划务虚会).
_RE_NEWS_HEADLINE = re.compile(r"^[^，。；：]{2,30}?(?:召开|举行|举办)[^，。；：]{0,40}?"
                               r"(?:会议|大会|务虚会|座谈会|推进会|动员会|表彰会|报告会|见面会|发布会|仪式|委会|[（(]扩大[）)]会议?)"
                               r"(?:[，,][^。；：，,]{2,40})?$"
                               # a meeting that opens, closes or is held (衡水市工会第四次代表大会开幕, …第八次全体(扩大)会议召开,
                               # …人民代表大会第四次会议胜利闭幕, …全委会暨2022年度…工作总结交流培训会召开), perhaps under a
                               # subtitle (…召开——为全市交出…答卷) or with a clause after a comma (“…‘十四五’规划”系列主题
                               # 新闻发布会举行,首场从五个关键字看…答卷: the genre word a headline quotes is another document's)
                               r"|^[^，。；：]{2,50}?(?:会议|大会|全会|委会|[\u4e00-\u9fff]{2}会|[（(]扩大[）)]会议?)"
                               r"(?:昨日|昨天|今日|今天|日前|近日)?"
                               r"(?:隆重|胜利|顺利)?"
                               r"(?:开幕|闭幕|召开|举行)(?:\s*——[^，。；：]{0,40}|[，,][^。；：，,]{2,40})?$"
                               r"|(?:侧记|纪实|特写|速写|专访)$"  # a story's own kinds (…向人民代表报告2008年工作侧记)
                               r"|(?:动态|简讯|快讯)$"  # a column's news (【县(市)工会 】一周工作动态, 工会简讯)
                               # a result reached, ending the headline (陕西“十四五”规划主要目标基本实现, round 161: a story of
                               # how the plan went, not the plan; not a task to reach it, 确保…全面完成)
                               r"|^(?![^，。；]*(?:确保|力争|争取|努力|奋力|全力|保证|(?<![主重需纲])要|必须|将))[^，。；]{2,40}"
                               r"(?:如期|胜利|圆满|基本|提前|全面|顺利|超额)(?:实现|完成)$")
#: A headline that tells a launch or an opening (富阳区总工会一线职工疗休养启动, round 208; …培训班开班): a news story. Not
#: read into a headline from a lead (:func:`_lead_headline`: the labellers of rounds 92, 102 and 132 give a page whose
#: headline was lost, 1月7日，全省工会“两节”送温暖活动全面启动。…, no title).
_RE_LAUNCH_HEADLINE = re.compile(r"^[^，。；：]{4,40}?(?:正式|全面|顺利)?(?:启动|开班|揭牌|开营|落幕)$")
#: A headline that names its subject, a colon, then what the subject did or what came of it (长春市总工会：提质升级
#:让服务触手可及; 牡丹江“十四五”发展报告：城乡收入差距缩小，多项指标超额完成): a news story, unless what follows the colon
#: names a genre itself (专题：2024年政府工作报告) or the part before it is a label (附件1：…, 原标题：…) or a report's
#: part with its slogan (2025年工作任务：勇创佳绩攀新高 增创优势开新局, 2024年工作回顾：…). A column's bar may stand for
#: the colon (四川省政府工作报告丨2024年四川地区生产总值预期增长6%左右).
_RE_SUBJECT_HEADLINE = re.compile(r"^(?!附件|附表|原标题|标题|题目|专题|文件)"
                                  r"(?!(?:(?:19|20)\d{2}年)?(?:今年|明年|全年|过去一年)?的?"
                                  r"(?:工作任务|工作安排|工作回顾|主要任务|重点任务|目标任务|工作重点|重点工作|主要工作)[：:])"
                                  r"[^：:丨\n]{2,30}[：:丨]\s*(?P<said>[^：:丨\n]{4,60})$")
#: A headline that offers a reading of what it names (…政府工作报告2022年精彩数据速读, …全会精神解读, 一图读懂…, or the
#: reading's word first as a column's name, in quotes or 数读: “数读”政府工作报告 感受山东高质量发展脉动, round 208; not a
#: plain 解读《…意见》, a policy's reading that its labellers gave the policy's genre, round 170), perhaps as
#: one of a numbered series before the story's own headline (两会聚焦·政府工作报告解读①|回望二〇二三…, round 194): a news
#: story about the document, not the document.
_RE_READING_HEADLINE = re.compile(r"(?:速读|解读|图解|数读|看点|亮点|划重点|速览)(?:$|(?:[①-⑳]|[（(]?[一二三四五六七八九十\d]{1,2}"
                                  r"[）)]|之[一二三四五六七八九十])?\s*[|｜丨:：])|^一图读懂"
                                  r"|^(?:[“\"「](?:速读|解读|图解|数读)[”\"」]|数读)")
#: A document named in title marks, and the punctuation of a headline's sentence (a comma, an exclamation, a question):
#: together, a story about the document (@南阳人,《政府工作报告》2023年成绩单来了!), not the document.
_RE_NAMES_IN_MARKS = re.compile(r"《[^》]{2,60}》")
_RE_HEADLINE_PUNCTUATION = re.compile(r"[，,！!？?]")
#: A dated lead of an event in the opening's first lines (3月9日上午，…第七届职工代表大会第五次会议…隆重开幕; 6月22日至
#: 27日，…一行7人，来到…: a visit), perhaps after a sentence of slogan (与新时代同行，向高质量奋进。12月23日，…开幕), or a
#: newspaper's summary label (核心提示): a news story.
_RE_DATED_EVENT_LEAD = re.compile(r"\A\s*(?:[^\n]*\n\s*){0,2}?(?:[^。！!？?\n\d]{2,30}[。！!]\s*)?(?:核心提示|\d{1,2}月\d{1,2}日(?:[至到—\-]\d{1,2}日)?(?:上午|下午|晚上?)?"
                                  rf"{CLOCK_TIME}?[，,]"
                                  r"[^。\n]{0,80}?(?:召开|举行|举办|开幕|启动|闭幕|来到|走访|调研|视察)"
                                  # a body that released a document, told the day it did (今日，…统计局…发布《2020年…统计公报》):
                                  # a story of the document, whatever genre it names
                                  r"|(?:今日|今天|昨日|昨天|日前|近日)[，,][^。\n《]{2,60}?(?:发布|公布)了?《)")
#: A lead dated by its session that says the session hears the report (5月22日上午9时，十三届全国人大三次会议…开幕，听取国务院
#: 总理…关于政府工作的报告): a page of the report itself under its session's lead (round 17a), not a story of the session.
_RE_HEARS_THE_REPORT = re.compile(r"听取[^。\n]{0,30}关于政府工作的报告")
#: A report delivered (作了《政府工作报告》): the end of the headlines of a report's delivery below.
_REPORT_DELIVERED = r"作了?[《“]?[^，。,\n《》]{0,12}?报告"
#: A report's delivery told in the third person, by the office and name of who gave it (广东省省长王伟中在开幕会上作政府
#: 工作报告, 主席王平作工作报告): in a page's lead, a story of the meeting, whatever genre it names; on a line of its own,
#: no title. The report itself says 我代表….
_REPORTER = rf"(?:总理|省长|市长|县长|区长|州长|旗长|主席)[{HAN}]{{2,3}}"  # the office and name of who gave it
_RE_REPORT_TOLD = re.compile(_REPORTER + r"(?:在[^，。,\n]{0,20}?)?"
                             r"(?:向[^，。,\n]{1,8}?)?" + _REPORT_DELIVERED)  # …县长陈志挺向大会作政府工作报告 (round 200)
#: A headline's deck line telling who delivered the report on whose behalf (…在主席台前排就座 县长刘海亮代表县人民政府向大会作
#: 工作报告, round 205): no sentence's end, the story's line under its headline, never its title.
_RE_DELIVERY_DECK = re.compile(r"^[^。！？]*" + _REPORTER + r"代表[^，。,\n]{2,12}?向[^，。,\n]{1,8}?"
                               + _REPORT_DELIVERED + r"[^。！？]*$")
#: A headline that names who chaired a session and who delivered its report (吴晓军主持 罗东川作政府工作报告).
_RE_CHAIRED_AND_TOLD = re.compile(rf"[{HAN}]{{2,4}}主持[\s\u3000,，、]*[{HAN}]{{2,4}}" + _REPORT_DELIVERED)
#: The speaker's own words: a report, not a story of it.
_RE_FIRST_PERSON_REPORT = re.compile(r"我代表|我受[^，。\n]{0,12}委托")
#: A notice's words that send the document on to those who carry it out (…已经市政府同意，现印发给你们; 现予印发): a
#: government's notice and the document it transmits, however a site stamped the page, not a news story.
#: A speaker who says which report of how a plan or a budget went he delivers (受市政府委托，我向大会作关于深圳市2024年
#: 国民经济和社会发展计划执行情况与2025年计划草案的报告): the report's name, where the text has no title line. Only
#: such reports, and only where the opening tells no other genre itself: 作关于政府工作的报告 names a genre whose title is made
#: from year and place, as does a premier's report on a plan (1960: …纲要的执行情况和…的报告). A union's or a
#: committee's report of its year told so (我受…委员会委托，向大会作2024年度校工会工作报告) is named the same way.
_RE_DELIVERS_REPORT = re.compile(r"向(?:大会|会议|本次会议|各位代表|常委会|委员会)[^。，；\n]{0,4}?作(?P<title>关于[^。，；\n]{4,80}?"
                                 r"(?:执行情况|草案)[^。，；\n]{0,40}?的报告"
                                 r"|(?:19|20)\d{2}年度?[^。，；\n“”]{1,20}?(?<!政府)工作报告)")
_RE_TRANSMITS = re.compile(r"(?:现|特)(?:将[^。\n]{0,60}?)?(?:印发|转发|下发)给?(?:你们|各[^。，\n]{0,12})|现予(?:印发|公布)")
#: An official document's number (国发〔2023〕16号, 懷政辦發〔2023〕9號, 鲁政发〔2024〕5号): the year in its brackets is the
#: year it was issued.
_RE_DOCUMENT_NUMBER_YEAR = re.compile(r"[\u4e00-\u9fff]{1,8}[发办函字]\s*[〔\[［【(（]\s*((?:19|20)\d{2})\s*[〕\]］】)）]\s*\d{1,4}\s*号")
#: A yearbook or a local chronicle named in a page's navigation (…> 志书年鉴, 数字史志 / 年鉴 / …): the page is its entry.
_RE_YEARBOOK = re.compile(r"年鉴|年鑑|志书|志書|史志|地方志")
#: A yearbook's entry as it opens: its bracketed heading, then the year it tells of (【职工经济技术创新“三建功”活动】 2005年，
#: 市总工会深入开展…; 【概况】2010年，…): the page is an entry even where no navigation names the yearbook.
_RE_YEARBOOK_ENTRY = re.compile(r"^\s*【[^】\n]{2,24}】\s*(?:19|20)\d{2}\s*年\s*[，,]", re.M)
#: A yearbook's volume (2015卷, 2022卷): it reports the year before.
_RE_YEARBOOK_VOLUME = re.compile(r"((?:19|20)\d{2})\s*年?\s*卷")
#: Of the lines page clutter removal takes out, the first this many are read for a reporter's byline.
_HEAD_LINES_REMOVED = 20
_NATIONAL = "全国"
#: Metadata is read from the head and the tail of a text (in Simplified characters), never the whole of it.
_HEAD_CHARS, _TAIL_CHARS = 3000, 400
_LEVELS = {"province": "province", "municipality": "province", "autonomous_region": "province", "sar": "province"}


def is_valid_doc_id(doc_id: str) -> bool:
    """True when ``doc_id`` is safe as a file name (see :data:`RE_DOC_ID`).

    Parameters
    ----------
    doc_id : str
        The id; anything that is not a string is not valid.

    Returns
    -------
    bool
        Whether the whole id matches :data:`RE_DOC_ID`: letters, digits,
        Chinese characters, ``_``, ``.`` and ``-``, starting with a letter,
        digit or Chinese character, at most 80 characters.

    Examples
    --------
    >>> [is_valid_doc_id(s) for s in ("wujin-2018", "南京市-2021", "../raw/x", "", ".hidden", "a/b")]
    [True, True, False, False, False, False]
    """
    return isinstance(doc_id, str) and RE_DOC_ID.fullmatch(doc_id) is not None


def romanise(text: str) -> str:
    """``text`` with its Chinese written in toneless pinyin, one word per run of characters, lower case.

    The syllables of a run of Chinese characters are written together
    (南京 → nanjing); other characters are kept as they are, and a space is
    put between a pinyin word and letters that touch it.

    Parameters
    ----------
    text : str
        The text.

    Returns
    -------
    str
        The romanised text, in lower case.

    Examples
    --------
    >>> romanise("2022 苏州 工作要点")
    '2022 suzhou gongzuoyaodian'
    >>> romanise("ABC工会")
    'abc gonghui'
    """
    from pypinyin import lazy_pinyin  # here: its dictionaries take 0.2 s to load, and most builds never romanise

    out, run = [], []
    for part in lazy_pinyin(text, errors=lambda s: [s]):
        if part and RE_HAN.search(part) is None and part.isascii() and part.isalpha() and part.islower():
            run.append(part)  # a syllable
            continue
        if run:
            out.append("".join(run))
            run = []
        out.append(part)
    if run:
        out.append("".join(run))
    text = "".join(o if i == 0 or not (o[:1].isalpha() and out[i - 1][-1:].isalpha()) else f" {o}"
                   for i, o in enumerate(out))
    return text.lower()


def slug_doc_id(filename: str, max_length: int = 40) -> str:
    """A document id made from a file name: romanised, punctuation made ``-``, at most ``max_length`` characters.

    The file name's stem is romanised (:func:`romanise`); every run of
    characters other than ASCII letters, digits, ``_`` and ``-`` becomes one
    ``-``. A longer id is cut at its last ``-`` or ``_`` within the limit, or
    else at the limit.

    Parameters
    ----------
    filename : str
        The file name (a suffix is dropped).
    max_length : int, default 40
        The longest id made.

    Returns
    -------
    str
        The id; ``"document"`` when nothing usable is left.

    Examples
    --------
    >>> slug_doc_id("2021_南京市 工会工作要点.txt")
    '2021_nanjingshi-gonghuigongzuoyaodian'
    >>> slug_doc_id("（）.txt")
    'document'
    """
    stem = romanise(Path(filename).stem)
    slug = re.sub(r"[^\w\-]+", "-", stem, flags=re.ASCII).strip("-_.")
    if len(slug) > max_length:  # cut at a word boundary when there is one
        cut = slug[:max_length + 1]
        slug = cut[:max(cut.rfind("-"), cut.rfind("_"))] if max(cut.rfind("-"), cut.rfind("_")) > 0 else cut[:max_length]
    slug = slug.rstrip("-_.")
    return slug if is_valid_doc_id(slug) else "document"


def derive_doc_id(place: str, year_start: int | None, year_end: int | None, filename: str,
                  resources: Resources | None = None) -> str:
    """A short, readable id for a document without one: place and year(s) in pinyin, else the file name.

    The place loses its administrative suffix (南京市 → nanjing) and 全国 is
    ``national``. Without a place, the id is the file name's
    (:func:`slug_doc_id`), with the years put at its end when it does not
    hold them (other years in it dropped, the rest cut to 30 characters). The
    id is not made unique here; :func:`analysis.corpus.read_corpus` does that.

    Parameters
    ----------
    place : str
        The place (:func:`find_place`), or ``""``.
    year_start, year_end : int or None
        The plan's first and last year, or ``None``.
    filename : str
        The file's name.

    Returns
    -------
    str
        The id: ``place-year``, ``place-first-last`` or one made from the file
        name; ``"document"`` when nothing usable is left.

    Examples
    --------
    >>> derive_doc_id("南京市", 2021, 2021, "x.txt"), derive_doc_id("全国", 1954, 1954, "gwr_1954.txt")
    ('nanjing-2021', 'national-1954')
    >>> derive_doc_id("", 2020, 2020, "某市 要点.txt")
    'moushi-yaodian-2020'
    """
    years = "" if year_start is None else (
        str(year_start) if year_end in (None, year_start) else f"{year_start}-{year_end}")
    if place:
        name = "national" if place == _NATIONAL else re.sub(r"\W+", "", _place_pinyin(place, resources), flags=re.ASCII)
        slug = "-".join(s for s in (name, years) if s)
        if is_valid_doc_id(slug):
            return slug
    slug = slug_doc_id(filename)
    if years and years not in slug:
        slug = re.sub(r"(?:19|20)\d{2}", "", slug).strip("-_.")
        slug = f"{slug[:30].rstrip('-_.')}-{years}" if slug and slug != "document" else f"document-{years}"
    return slug if is_valid_doc_id(slug) else "document"


def _place_pinyin(place: str, resources: Resources | None) -> str:
    """A place's name in pinyin without its suffix: a province's as ``provinces.csv`` spells it (陕西 →
    shaanxi, not shanxi like 山西), any other by :func:`romanise`."""
    for row in (resources or load_resources()).provinces:
        if place in (row["name"], row["short"]):
            return row["pinyin"]
    return romanise(_strip_suffix(place))


def english_place(place: str, resources: Resources | None = None) -> str:
    """The place in Latin letters, for English charts: 全国 → National; else the name in pinyin without its
    administrative suffix or parent (南京市 → Nanjing, 武进区（常州市） → Wujin).

    >>> english_place("全国"), english_place("南京市"), english_place("武进区（常州市）"), english_place("")
    ('National', 'Nanjing', 'Wujin', '')
    >>> english_place("陕西省"), english_place("山西省")  # a province as provinces.csv spells it
    ('Shaanxi', 'Shanxi')
    """
    if not place:
        return ""
    if place == _NATIONAL:
        return "National"
    name = re.sub(r"[^A-Za-z ]+", " ", _place_pinyin(place, resources))
    return " ".join(word.capitalize() for word in name.split())


def _strip_suffix(place: str) -> str:
    """A place name without its administrative suffix, when at least two characters remain (南京市 → 南京); of a
    place named with its parent, the inner one (温州市鹿城区 → 鹿城)."""
    place = re.sub(r"[（(].*$", "", place)
    inner = _RE_INNER_PLACE.fullmatch(place)
    place = inner.group(1) if inner else place
    stripped = re.sub(rf"(?:{_PLACE_SUFFIX}|{_TOWNSHIP_SUFFIX})$", "", place)
    return stripped if len(stripped) >= 2 else place


#: A news story's lead at the start of a line (日前，…; 近日，…; 12月20日，…; 本报讯): the line above is its headline.
_RE_LEAD_START = re.compile(NEWS_TIME_LEAD + r"|本报讯[，,]|[\u4e00-\u9fff]{0,16}?\d{1,2}日[讯电]")
#: The longest headline with a comma in it that is read as a title (自治区总工会党组学习习近平总书记重要讲话精神，强调为
#: 推动自治区高质量发展贡献工会力量: 42 characters; the blind labellers' titles with a comma run to 46).
HEADLINE_MAX = 48


def _is_headline(lines: list[str], i: int) -> bool:
    """Whether the first line, a short one with one to three commas and no sentence's end but an exclamation closing
    it, is a news headline: the story's lead starts the next line (广中路街道召开社代会，明年实事项目确定了 / 日前，广中路街道…),
    or the page's stamp does (2021年,我区工会工作这样干! / 05.03.2021  17:41), or its reporter's name over the stamp
    (山东省总工会：总结过去，表彰先进，开好新局 / 田国垒 / 2023年02月14日14:13 来源：…). A page's label before it (原标题：)
    is not counted in its length; a page's button alone on a line between them (字号) is passed over."""
    line = _RE_NEWS_PREFIX.sub("", lines[i], count=1).rstrip("！!")
    after = i + 1
    while after < len(lines) - 1 and _RE_BUTTON_LINE.fullmatch(lines[after].strip()):
        after += 1  # 2024年江西加快构建现代化产业体系,GDP预计增长5% / 字号 / 1月23日,…: a page's button between (round 213)
    return (i == 0 and len(line) <= HEADLINE_MAX and 1 <= len(_RE_SENTENCE.findall(line)) <= _HEADLINE_COMMAS
            and not re.search(r"[。；！？!?]", line) and after < len(lines)
            and bool(_RE_LEAD_START.match(lines[after]) or _RE_PAGE_STAMP.match(lines[after])
                     or _is_byline_name(lines, after)))


#: A page's button alone on its line, under a headline (字号, 字体, 打印, 分享, 收藏).
_RE_BUTTON_LINE = re.compile(r"(?:大|小)?(?:字号|字体)|打印|分享|收藏|关闭")


#: The most commas a headline read as a title holds (山东省总工会：总结过去，表彰先进，开好新局).
_HEADLINE_COMMAS = 3


#: A name alone on a line: two to four Chinese characters.
_RE_NAME_LINE = re.compile(rf"[{HAN}]{{2,4}}|[{HAN}]{{2,3}}(?:[ \u3000]+[{HAN}]{{2,3}}){{1,3}}")  # (葉小鐘 趙思遠: two reporters)


def _is_byline_name(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a reporter's or author's name alone, over the page's time stamp or source line
    (刘旭 / 2020年01月06日09:05 来源:《工人日报》): a byline, no title."""
    return bool(_RE_NAME_LINE.fullmatch(lines[i])) and i + 1 < len(lines) and bool(_RE_NOT_TITLE.search(lines[i + 1]))


def _is_issuers_line(lines: list[str], i: int) -> bool:
    """Whether line ``i`` names an issuer alone, over another issuer or a date (漳州市统计局 / 国家统计局漳州调查队 /
    2020年3月12日, or (2023年4月); …统计局国家统计局宁夏调查总队 / 2018年5月2日: a communiqué whose title the page
    lost): who signs the document, no title. An issuer over the rest of its title (常州市总工会 / 2020年工作要点) is a
    title's first half. An issuer over the salutation (西乡塘区发展和改革局 / 各位代表：) is the speaker's office."""
    below = lines[i + 1] if i + 1 < len(lines) else ""
    return bool(_RE_ISSUER_LINE.search(lines[i]) and not _RE_GENRE_NAME.search(lines[i])
                and (_RE_ISSUER_LINE.search(below) or _RE_DATE_ALONE.fullmatch(below)
                     or _RE_BRACKETED_MONTH.fullmatch(below) or RE_SALUTATION.match(below)))


#: A month of release in brackets alone on its line under the issuer ((2023年4月): a communiqué's date line).
_RE_BRACKETED_MONTH = re.compile(r"[（(]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[）)]")


#: A date alone on its line (2020年3月12日, 2023-01-11, 2019年12月3日星期二, 2023-02-20 15:38).
_RE_DATE_ALONE = re.compile(r"(?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?"
                            r"(?:\s*(?:星期[一二三四五六日天]?|周[一二三四五六日天]))?"
                            r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")


def _is_epigraph(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is an epigraph: a sentence quoted at the top (要树立大抓基层的鲜明导向，…。) over its author's name
    alone (习近平, ——习近平), both among the first lines."""
    below = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return (i < _EPIGRAPH_REACH and bool(re.search(r"[。！？]$", lines[i].strip()))
            and bool(_RE_EPIGRAPH_AUTHOR.fullmatch(below)))


#: An epigraph's author under it (习近平, —— 习近平), and how far down the page an epigraph stands.
_RE_EPIGRAPH_AUTHOR = re.compile(rf"[—－-]*\s*[{HAN}]{{2,4}}")
_EPIGRAPH_REACH = 3


def _title_candidates(lines: list[str]) -> list[tuple[int, str]]:
    """(index, title) for the lines that can be a title: plain lines up to the first heading or sentence of the
    body, and the title a cover notice names anywhere in the opening."""
    out = []
    body_begun = False
    tags = _runs_of_tags(lines)
    for i, line in enumerate(lines):
        if _RE_DISCLOSURE_FIELD.match(line):
            continue  # [ 主题分类 ] 国民经济发展规划、计划: a page's field, not the bracketed title of a category
        cover = _RE_COVER.search(line) or _RE_BRACKETED.match(line)
        if cover and cover.re is _RE_COVER and _RE_CITED_BEFORE.search(line, 0, cover.start()):
            body_begun = True  # 根据《…关于印发…方案的通知》…，结合楚雄州实际，制定本方案: the notice cited as the basis,
            continue  # not this document's cover
        if cover:  # a cover notice names the title wherever it stands in the opening (现将《…》印发给你们)
            title = next(g for g in cover.groups() if g).strip()  # 关于印发《…》的通知, 关于印发…的通知, 现将《…》印发
            rest = line[cover.end():].strip()
            if cover.re is _RE_BRACKETED and _RE_WIRE_TAG.search(title) and _RE_SENTENCE.search(rest):
                body_begun = True  # 【香港商报网讯】2月19日，…开幕。: a news lead, its source in brackets
                continue
            if cover.re is _RE_BRACKETED and (len(RE_HAN.findall(rest)) > len(RE_HAN.findall(title))
                                              or _RE_CELEBRATION_TAG.match(title) and len(RE_HAN.findall(rest)) >= 4) \
                    and not _RE_SENTENCE.search(rest):
                title = rest  # 【工会报告】工会主席在…会议上的报告, 【县(市)工会 】一周工作动态: the bracket holds a category,
                # the title follows (its characters counted, not its brackets and spaces)
            out.append((i, title))
        elif not body_begun and (_is_epigraph(lines, i) or i and _is_epigraph(lines, i - 1)):
            continue  # 要树立大抓基层的鲜明导向，… / 习近平: a leader's words and name above a speech's title
        elif body_begun or _RE_HEADING.match(line) or _RE_SENTENCE.search(line) and not _is_headline(lines, i):
            body_begun = True  # the body has begun: a plain title line comes before it
        elif len(line) <= TITLE_MAX and RE_HAN.search(line) and not (
                RE_SALUTATION.match(line) or _RE_NOT_TITLE.search(line) or _RE_CUT_SHORT.search(line)
                or len(set(_RE_MENU_GENRE.findall(line))) >= _MENU_MIN_GENRES
                or _is_byline_name(lines, i) or _is_issuers_line(lines, i) or line.strip() in _place_names_alone()
                or i in tags):
            out.append((i, line))  # (天津 alone under 主页 > 资讯 > 天津 >: the page's category, a place, no title)
    return out


#: A word that cites a document as the basis of this one, before a notice's title in its sentence (根据《…的通知》,
#: 按照…《…》要求), in the same clause: the notice is another document's (not 为贯彻落实…精神，现将《…》印发给你们,
#: this one's cover).
_RE_CITED_BEFORE = re.compile(r"(?:根据|按照|依据|依照|遵照|贯彻|落实)[^，,。；！？\n]{0,30}$")


#: A document site's keywords, one to a line (2023 / 总工会 / 半年 / 工作总结 / 下半年 / 工作思路): at least this many
#: lines in a row of at most :data:`_TAG_MAX` characters, no punctuation.
_TAG_RUN_MIN = 4
_TAG_MAX = 4
_RE_TAG_PUNCTUATION = re.compile(r"[，。；：、！？,.;:!?（）()《》“”]")


def _runs_of_tags(lines: list[str]) -> set[int]:
    """The indices of the lines in runs of :data:`_TAG_RUN_MIN` or more short lines (a site's keyword tags or a menu
    set out a word to a line): none of them is a title, though one may name a genre (工作思路, 工作总结). One pass.

    >>> sorted(_runs_of_tags(["2023", "总工会", "半年", "工作总结", "下半年", "工作思路", "区总工会XX年半年工作总结"]))
    [0, 1, 2, 3, 4, 5]
    >>> _runs_of_tags(["政府工作报告", "2024年", "各位代表："])
    set()
    """
    out: set[int] = set()
    run: list[int] = []
    for k, line in enumerate(lines + [""]):
        text = line.strip()
        if 0 < len(text) <= _TAG_MAX and not _RE_TAG_PUNCTUATION.search(text):
            run.append(k)
            continue
        if len(run) >= _TAG_RUN_MIN:
            out.update(run)
        run = []
    return out


@functools.cache
def _place_names_alone() -> frozenset[str]:
    """The names a line that is only a place's name holds (天津, 天津市, 武进区, 武进): provinces and the places of
    ``places.csv``, full and short."""
    resources = load_resources()
    return frozenset(name for row in resources.provinces for name in (row["name"], row["short"])) \
        | resources.division_names | frozenset(resources.division_short_names)


#: The separators of a site's breadcrumb trail (首页 > 工作计划 > 年度工作计划 > …).
_RE_CRUMB = re.compile(r"\s*(?:>{1,2}|＞{1,2}|»|›)\s*")


def _breadcrumb_tail(line: str, resources: Resources) -> str:
    """A line of a site's breadcrumb trail (找总结网 > 工作计划 > 镇政府2019年工作总结…) reduced to its last step when that
    names a genre (the page's own title); ``""`` when it does not (福建妇联新闻> 基层互动, > 正文: categories, no
    title). Any other line is returned stripped.

    >>> _breadcrumb_tail("找总结网 > 工作计划 > 镇政府2019年工作总结", load_resources()), _breadcrumb_tail("新闻> 基层互动", load_resources())
    ('镇政府2019年工作总结', '')
    """
    line = line.strip()
    steps = _RE_CRUMB.split(line)
    if len(steps) < 2:
        return line
    return steps[-1] if _names_a_genre(steps[-1], resources) else ""


def _names_a_genre(line: str, resources: Resources) -> bool:
    """Whether ``line`` names a genre (a title pattern of ``doc_types.csv``), not with genre words alone (计划总结:
    a site's category)."""
    return any(t is not None and t.search(line) for _, t, _ in resources.doc_types) \
        and not _RE_GENRE_WORDS_ONLY.fullmatch(line)


#: How many lines below a title without a year a dated title is looked for (a site's category over the document).
_DATED_TITLE_REACH = 4


def _dated_title_below(genre: list[tuple[int, str]]) -> tuple[int, str]:
    """The first of the lines that name a genre, unless it names no year and one of the next
    :data:`_DATED_TITLE_REACH` lines does, and is longer: a page's category over the document's own title
    (团委半年工作总结 / 团县委2023年度上半年工作总结及下半年工作思路), which is that line.

    >>> _dated_title_below([(0, "团委半年工作总结"), (1, "团县委2023年度上半年工作总结及下半年工作思路")])
    (1, '团县委2023年度上半年工作总结及下半年工作思路')
    """
    first = genre[0]
    if _RE_YEAR_TITLE.search(first[1]) or _RE_TITLE_FIVE_YEAR.search(first[1]):
        return first
    return next((c for c in genre[1:] if c[0] - first[0] <= _DATED_TITLE_REACH and len(c[1]) > len(first[1])
                 and _RE_YEAR_TITLE.search(c[1])), first)


def _join_open_titles(lines: list[str]) -> list[str]:
    """``lines`` with a line that opens a 《 it does not close joined to the next (a cover notice's title broken
    across two lines: 关于下达《湖南省2017年国民经济和 / 社会发展计划》的通知), and so is a line that ends on a
    dash, when neither holds a clause (a headline broken after its speaker: 全国总工会—— / 努力实现…), and a notice's
    title broken after its verb (…办公厅关于印发 / 云南省“十四五”区域协调发展规划的通知)."""
    out: list[str] = []
    for line in lines:
        if out and (out[-1].count("《") > out[-1].count("》") and "》" in line
                    or out[-1].endswith(("——", "—")) and len(out[-1]) > 2 and not _RE_SENTENCE.search(out[-1] + line)
                    or _RE_NOTICE_OPENS.search(out[-1]) and line.endswith("的通知") and not _RE_SENTENCE.search(line)):
            out[-1] += line
        else:
            out.append(line)
    return out


#: A footnote's mark on a title line and what follows it (…统计公报[1] 2024): no part of the title.
_RE_FOOTNOTE_TAIL = re.compile(r"\s*[\[［]\d{1,2}[\]］].*$")
#: A cover notice's title broken after its verb (云南省人民政府办公厅关于印发 / 云南省“十四五”…规划的通知).
_RE_NOTICE_OPENS = re.compile(r"关于(?:印发|转发|下达|颁发|发布)$")


#: A repeated line is a headline only with this many Chinese characters.
_HEADLINE_MIN_HAN = 6


#: A story's closing byline on a line of its own ((记者 曾小凤), （通讯员 某某 记者 某某）): the story ends there.
_RE_CLOSING_BYLINE = re.compile(r"[（(]\s*(?:本报)?(?:记者|通讯员|编辑|责任编辑|责编)[^（）()\n]{1,30}[）)]")
#: A line that ends in a date glued to it (…发布会举行2024-12-06): an entry of a page's list of other stories.
_RE_DATED_LIST_ENTRY = re.compile(r"(?<=[\u4e00-\u9fff])(?:19|20)\d{2}-\d{1,2}-\d{1,2}$")


def _repeated_headline(lines: list[str], chrome) -> int | None:
    """The index of the first line of ``lines`` that stands again as a whole line further on (a news page's
    headline, shown above its text and again in its lead or its share bar), when it can be a title: at most
    :data:`TITLE_MAX` characters with at least :data:`_HEADLINE_MIN_HAN` Chinese ones (not a button, X 关闭), no
    salutation, byline or source line, no interface word; it may end in ！ or ？ (2023年苏州民生实事项目，交卷！); not an
    entry of a list of other stories, below the story's closing byline ((记者 某某)) or with its date glued to its end
    (…发布会举行2024-12-06)."""
    seen: dict[str, int] = {}
    story_ended = False
    for i, line in enumerate(lines):
        if line in seen:
            return seen[line]
        story_ended = story_ended or bool(_RE_CLOSING_BYLINE.fullmatch(line))
        if story_ended or _RE_DATED_LIST_ENTRY.search(line):
            continue  # …(记者 曾小凤) / 晋江创造·…发布会举行2024-12-06 / 闽南网推出专题报道,… shown twice (round 196): the
            # page's list of other stories below the story's closing byline, an entry's date glued to it
        if len(line) <= TITLE_MAX and len(RE_HAN.findall(line)) >= _HEADLINE_MIN_HAN and line not in chrome and not (
                RE_SALUTATION.match(line) or _RE_NOT_TITLE.search(line) or _RE_HEADING.match(line)
                or re.search("[。；]", line)):
            seen.setdefault(line, i)
    return None


#: A page's stamp under its headline: when it was put up, or where from (发布时间:2012-12-31 14:38 来源:…).
_RE_PAGE_STAMP = re.compile(r"^(?:发布|上传|更新|发表|刊发|刊登)(?:时间|日期)\s*[:：]|^来源\s*[:：]|^(?:浏览|阅读|点击)(?:量|次数|数)?\s*[:：]\s*\d+"
                            r"|^(?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?\s*\d{1,2}[:：]\d{2}"
                            rf"|^{_STAMP_YEAR_LAST}"  # the year last (05.03.2021  17:41)
                            r"|^(?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?\s+来源\s*[:：]"  # a date and the source (2023-12-11 来源:…)
                            r"|^【\s*(?:信息|文章|新闻|稿件)?(?:来源|时间|发布时间)\s*[:：]"  # 【信息来源:【信息时间:2022-02-15
                            # who put it up, then when (编辑:李杰 时间:2013-02-04, 发布者:某某发布时间:2024-06-07 15:34:45)
                            r"|^(?:编辑|责任编辑|作者|发布者|发布人|供稿|撰稿)\s*[:：][^\n。，；]{0,30}?(?:时间|日期)\s*[:：]\s*"
                            r"(?:19|20)\d{2}[-./年]\d{1,2}"
                            # a short line of a column, a date with its time and a region (政务   2024-11-14 17:22   宁夏)
                            r"|^[^\s。，；！？:：]{1,8}\s+(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?"
                            r"(?:\s+[^\s。，；！？]{1,10})*\s*$")
#: A site's breadcrumb that ends on the story itself (山西频道 > 正文, 当前位置：首页 > 新闻 > 详情): the headline follows.
_RE_CRUMB_TO_STORY = re.compile(r"(?:>{1,2}|＞{1,2}|»|›)\s*(?:正文|详情|内容|阅读文章)\s*$")


def _stamped_headline(lines: list[str], candidates: list[tuple[int, str]], page: str) -> int | None:
    """The index in ``lines`` (the opening's lines, page clutter removed) of a news page's headline: a title
    candidate of at least :data:`_HEADLINE_MIN_HAN` Chinese characters, not genre words alone, right above the
    page's stamp in ``page`` (the text as it came: …召开第八届六次全委(扩大)会议 / 发布时间:…), or the line right after
    a breadcrumb that ends on the story (山西频道 > 正文 / 新晋·新局|2023年的大同，将建成…？), which may hold a comma;
    ``None`` when there is none."""
    plain = {line: i for i, line in reversed(candidates)}
    raw = _page_head(page)
    for k, below in enumerate(raw):
        if not _RE_PAGE_STAMP.match(below):
            continue
        above = [line for line in raw[max(0, k - _FIELDS_ABOVE_STAMP - 1):k] if not _RE_PAGE_FIELD.match(line)]
        if len(above) > 1 and above[-1].startswith("——"):
            above.pop()  # 筑梦新征程 扬帆“星”启航 / ——2024年…亮点工作回眸 / 来源:…: the headline over its subtitle
        line = above[-1] if above else ""  # 所属地区:上海 / 发布日期:…: the page's fields above its stamp passed over
        if line in plain and len(RE_HAN.findall(line)) >= _HEADLINE_MIN_HAN and not _RE_GENRE_WORDS_ONLY.fullmatch(line):
            return plain[line]
    after = next((below for line, below in zip(raw, raw[1:]) if _RE_CRUMB_TO_STORY.search(line)), None)
    if after and after in lines and len(after) <= TITLE_MAX and len(RE_HAN.findall(after)) >= _HEADLINE_MIN_HAN \
            and not (_RE_NOT_TITLE.search(after) or re.search("[。；]", after)):
        return lines.index(after)
    return None


#: The date a page sets after a title in brackets (…计划草案的报告 ( 2026年02月12日 )): no part of the title.
_RE_DATE_AFTER_TITLE = re.compile(r"(?<=\S)\s*[（(]\s*(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-./]\d{1,2}[-./]\d{1,2})"
                                  r"\s*[）)]\s*$")
#: A page's field on a line of its own, a field's label and its value (所属地区:上海, 信息来源：市总工会; not a headline
#: that names its place first, 凤庆县:工会组织建设提升质效): like its stamp, no headline.
_RE_PAGE_FIELD = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:地区|区域|日期|时间|来源|作者|分类|类别|栏目|机构|单位|部门|编号|字号|编辑|关键词)"
                            r"\s*[:：]\s*[^\s，。；:：]{1,16}$")
#: How many such field lines may stand between a headline and its page's stamp.
_FIELDS_ABOVE_STAMP = 2
#: How many lines of a page are read for a headline's stamp or a breadcrumb (menus and logos may come first).
_STAMP_REACH = 40


#: A genre's name ending a title run into the text that follows it (…工作报告, …工作计划), perhaps with a word a
#: document site adds (材料, 范文); and what may follow a title there: a salutation, a year that begins the text, an
#: outline marker or a chapter's (第一章), a colon before a subtitle; spaces may stand between (…统计公报 2023年，…).
_RE_GENRE_NAME = re.compile(r"(?:报告|公报|计划|总结|要点|方案|规划|纲要|安排|打算|意见|汇报)")
_RE_RUN_IN_TITLE_END = re.compile(rf"(?P<end>{_RE_GENRE_NAME.pattern}(?:及(?:措施|打算|计划|思路|安排|设想))?)"
                                  r"(?:材料|范文|全文|稿)?(?=[^\S\n]*(?:各位|同志们|尊敬的|(?:19|20)\d{2}\s*年|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部编]|[:：]"
                                  r"|根据|按照|为了|为(?:贯彻|进一步|全面|认真|更好)|今年以来|[一半]年来|近年来|过去的?一年"
                                  r"|受[^，。,\n]{0,20}委托|现将|来源[:：]|发布(?:时间|日期)[:：]))")  # …统计公报来源:…统计局: its page's stamp
#: Where a title run into the text is looked for: the first this many characters of the text (a report's name in
#: full, 关于…计划执行情况及…计划草案的报告, runs to 60).
_RUN_IN_TITLE_MAX = 80
#: A title that opens on what it is about (关于…的报告): its genre words inside name other documents (…计划执行情况),
#: none is the end of a head that repeats it.
_RE_ABOUT_TITLE = re.compile(r"关于[^。！？；\n]{4,}?的(?:报告|意见|通知|决定|说明|汇报)")


def _run_in_title(line: str) -> str:
    """The title a line longer than a title begins with, its line break lost (区人民政府年度工作报告材料各位代表。…;
    2020年工作情况和2021年工作计划2020年工作情况和2021年工作计划一、…): the text before the last genre's name
    (:data:`_RE_RUN_IN_TITLE_END`) in its first :data:`_RUN_IN_TITLE_MAX` characters that no sentence mark precedes,
    from the end of the one before (a page's head repeating it) if any, with its subtitle after a colon up to the
    speech's salutation; ``""`` when there is none.

    >>> _run_in_title("区人民政府年度工作报告材料各位代表。现在，我代表区人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席会议的同志提出意见。")
    '区人民政府年度工作报告'
    >>> _run_in_title("区总工会领导班子工作报告区总工会领导班子2023年工作报告2023年度，区总工会领导班子在区委、区政府和上级工会的领导和支持下开展工作。")
    '区总工会领导班子2023年工作报告'
    >>> _run_in_title("镇总工会全年总结及措施今年以来我镇总工会认真贯彻落实了上级工会的工作部署，对重点工作逐项抓紧落实，"
    ...               "围绕镇政府中心工作，更好地发挥工会的纽带和桥梁作用。")
    '镇总工会全年总结及措施'
    >>> _run_in_title("关于某省2023年国民经济和社会发展计划执行情况及2024年国民经济和社会发展计划草案的报告受某省人民政府委托，现将"
    ...               "某省2023年计划执行情况提请审议。")
    '关于某省2023年国民经济和社会发展计划执行情况及2024年国民经济和社会发展计划草案的报告'
    >>> _run_in_title("工会2022年度工作报告:深入学习贯彻党的二十大精神发挥工会组织作用助推新区开发开放各位委员,同志们:根据会议安排，"
    ...               "我向全委会报告工作，请予审议。")
    '工会2022年度工作报告:深入学习贯彻党的二十大精神发挥工会组织作用助推新区开发开放'
    >>> _run_in_title("教育工会2021年工作总结及2021年工作要点2021年市教育工会工作在上级工会组织和各级党政领导的关心支持下，"
    ...               "紧紧围绕学校教育教学工作中心，取得了一定的成绩。")
    '教育工会2021年工作总结及2021年工作要点'
    """
    if len(line) <= TITLE_MAX:
        return ""
    head = line[:_RUN_IN_TITLE_MAX]
    sentence = _RE_SENTENCE.search(head)
    head = head[:sentence.start()] if sentence else head
    ends = [m for m in _RE_RUN_IN_TITLE_END.finditer(line, 0, len(head) + 4) if m.start() < len(head)]
    if not ends:
        return ""
    end = ends[-1].end("end")
    about = _RE_ABOUT_TITLE.match(line)
    # (a genre's name a conjunction follows, 工作总结及2021年工作要点, is the first part of the title, no head repeating it)
    before = [] if about and about.end() == end else [m.end() for m in _RE_GENRE_NAME.finditer(line, 0, ends[-1].start())
                                                      if not _RE_CONJUNCTION.match(line, m.end())]
    subtitle = _RE_RUN_IN_SUBTITLE.match(line, end)  # …工作报告:深入学习…开发开放各位委员,同志们:
    title = line[before[-1] if before else 0:subtitle.end("subtitle") if subtitle else end]
    return title if len(RE_HAN.findall(title)) >= 4 else ""


#: A subtitle after the run-in title's colon, up to the salutation that opens the speech (工会2022年度工作报告:深入学习贯彻
#: 党的二十大精神…助推新区开发开放各位委员,同志们:): part of the title.
_RE_RUN_IN_SUBTITLE = re.compile(r"[:：](?P<subtitle>[^，。；！？,;:：\n]{4,60}?)(?=各位|同志们|尊敬的)")


def _undecorated(title: str) -> str:
    """``title`` without a site's or a file's decorations (:data:`_RE_TITLE_DECORATION`), taken off
    :data:`_DECORATION_LAYERS` times at most (…计划(2篇).docxVIP, …总结范文|…总结: one decoration over another)."""
    for _ in range(_DECORATION_LAYERS):
        title, n = _RE_TITLE_DECORATION.subn("", title.strip())
        if not n:
            break
    return title.strip()


def _own_title_below(lines: list[str], candidates: list[tuple[int, str]], i: int, title: str,
                     resources: Resources) -> tuple[int, str]:
    """(index, title): the document's own title on the line below a site's title for it, when line ``i`` bears the
    site's decorations (:data:`_RE_TITLE_DECORATION`: (湖南省)常德市汉寿县…十四五规划(2022年更新)) and the line below,
    with the line that completes it (:func:`_joined_title_halves`), names a genre too and is longer than the site's
    title without its decorations (常德市汉寿县国民经济和社会发展第十四个五年规划和2035年远景目标纲要), or is dated as given
    by the line under it (东川区人民政府2026年《政府工作报告》 / 2026年东川区人民政府工作报告 / ——2026年2月10日在…会议上);
    else ``(i, title)``."""
    plain = dict(candidates)
    below = lines[i + 1] if i + 1 < len(lines) else None
    if title != lines[i] or below is None or plain.get(i + 1) != below:
        return i, title  # only a plain line below (not a bracket's category: [可行性研究报告 - 规划计划] 发表于:…)
    bare = _undecorated(title)
    # the line below is dated as given (——2026年2月10日在…会议上 under it): the document's own title, under the site's
    dated = i + 2 < len(lines) and bool(_RE_DATELINE_LINE.match(lines[i + 2]))
    if bare == title.strip() and not dated:
        return i, title
    below = _joined_title_halves(lines, candidates, i + 1, below, resources)
    # (dated, it is the document's own unless it is a bare genre's name under a fuller title: 政府工作报告 under
    # (湖北省)2025年恩施州咸丰县政府工作报告 keeps the one above, which names the year and place)
    fuller = len(below) > len(bare) or dated and len(below) > len(bare) - _OWN_TITLE_SHORTER
    return (i + 1, below) if _names_a_genre(below, resources) and fuller else (i, title)


#: How many characters shorter than the site's title above it a dated title of its own may be.
_OWN_TITLE_SHORTER = 6


#: A line that dates a report as given (——2026年2月10日在东川区第六届人民代表大会第五次会议上, (2025年1月14日在…会议上)).
_RE_DATELINE_LINE = re.compile(r"^[—－\-（(\s]*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^。]{2,60}?(?:会议|大会|会)上")


def _joined_title_halves(lines: list[str], candidates: list[tuple[int, str]], i: int, title: str,
                         resources: Resources) -> str:
    """``title`` (line ``i``) with the other half of a title broken over two lines: the line above, when it can be a
    title, names its place or issuer (:data:`_RE_TITLE_HALF`) but no genre, is no red-letter head, and line ``i``
    goes on from it (:data:`_RE_TITLE_GOES_ON`); and
    the line below, when it goes on with a conjunction (及2007年工作计划), ends the noun a title beginning 关于 has
    not reached (关于…发展计划 / 执行情况与2025年计划草案的报告) or the noun of a title that stops on a year (…规划和2035年
    / 远景目标纲要). Only for a title that is a line itself."""
    if title != lines[i]:
        return title
    plain = dict(candidates)
    above = plain.get(i - 1, "")
    names_genre = any(t is not None and t.search(above) for _, t, _ in resources.doc_types)
    if above and _RE_TITLE_GOES_ON.match(title) and _RE_TITLE_HALF.search(above) \
            and not _RE_NOT_TITLE_HALF.search(above) and not names_genre \
            and not _RE_SPEAKER_LINE.match(above):  # 兴文县人民政府县长:石进 over the title: the speaker's line
        title = above + title
    elif _RE_DOCUMENT_NOUN_END.search(title):  # 关于广汉市2025年1—6月国民经济和社会 / 发展计划执行情况的报告; 重庆市人民
        # 政府关于 / 印发重庆市推动…建设 / 行动方案(2023—2027年)的通知: a title opened by 关于 runs to its noun
        for k in (i - 1, i - 2):
            opened = plain.get(k, "")
            halves = [plain.get(j, "") for j in range(k, i)]
            if (_RE_OPENS_ABOUT.search(opened) and all(halves) and not any(map(_RE_SENTENCE.search, halves))
                    and not any(map(_RE_DOCUMENT_NOUN_END.search, halves))
                    and len("".join(halves)) + len(title) <= TITLE_MAX):
                title = "".join(halves) + title
                break
    below = plain.get(i + 1, "")
    goes_on = _RE_CONJUNCTION.match(below) and not _RE_ISSUER_LINE.search(below) or (  # 关于金寨县2024年…计划 /
        # 执行情况与2025年计划草案的报告; not the issuer's line under a title (和田地区统计局: 和 begins a place there)
        title.startswith("关于") and not _RE_DOCUMENT_NOUN_END.search(title) and _RE_DOCUMENT_NOUN_END.search(below)) \
        or _RE_ENDS_ON_YEAR.search(title) and _RE_PLAN_NOUN_END.search(below) \
        or title.endswith("个五年") and below.startswith(("规划", "计划"))  # …和2035年 / 远景目标纲要; …第十四个五年 / 规划和…
    if below and goes_on and len(title) + len(below) <= TITLE_MAX:
        title += below
    return title


#: An issuer's own line (和田地区统计局, 某某县人民政府): under a title it signs it, it does not go on with it.
_RE_ISSUER_LINE = re.compile(r"(?:局|厅|委员会|人民政府|政府|总工会|工会|办公室|调查(?:总)?队)$")
#: A line that opens a title with 关于, at its start or after the issuer (重庆市人民政府关于; 国务院关于推动内蒙古高质量发展:
#: the issuer, 关于 and the start of the subject).
_RE_OPENS_ABOUT = re.compile(rf"^关于|^(?:中共)?[{HAN}]{{2,20}}?关于")
#: The noun a title beginning 关于 ends on (…的报告, …的通知), perhaps with the day it was issued after it (…的意见
#: (2021年3月1日)): before it, the title is not yet whole.
_RE_DOCUMENT_NOUN_END = re.compile(r"(?:报告|通知|意见|决定|批复|请示|办法|方案|规定|函)"
                                   r"(?:\s*[（(]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)])?$")
#: A title that stops on a bare year (…第十四个五年规划和2035年) has not reached its noun; the line below that ends on
#: a plan's noun (远景目标纲要, 行动计划) completes it.
_RE_ENDS_ON_YEAR = re.compile(rf"(?:(?:19|20)\d{{2}}|{_CN_YEAR})\s*年$")
_RE_PLAN_NOUN_END = re.compile(r"(?:纲要|规划|计划|要点|方案|报告|总结|意见)$")


def find_title(text: str, resources: Resources | None = None) -> str:
    """The document's title line: the first line of the opening that names a genre, else the first line.

    Page clutter is removed first (:func:`analysis.clutter.remove_web_clutter`);
    then the first :data:`TITLE_WINDOW` non-blank lines up to the first heading
    or sentence of the body are read. A line can be a title when it is at most
    :data:`TITLE_MAX` characters, holds Chinese and is no salutation (各位代表：),
    document number (〔2021〕), time, place or source line, or subtitle (——…);
    the title inside a cover notice (关于印发《…》的通知) or inside brackets at a
    line start ([…], 【…】) counts too. The first of these whose words name a
    genre (a title pattern of ``doc_types.csv``; not genre words alone, a site's
    category such as 计划总结) is the title; else the title a cover notice
    names; else the first line (after a newspaper's page line, a time or source
    line, or a lone interface word such as 投稿), if it can be a title. A
    following line that is only a span of years (（2018—2020年）) is added when
    the title names no year, and spaces between Chinese and digits are removed;
    so are a file extension and a template site's decorations
    (…工作计划1500字模板6篇, …_3.docx, …工作计划1), a news site's (全文), a file's -定稿, a wire dateline or a field label before
    the title (新华社…电 题：, 标题：, | 内容概述 |), a byline run onto the title line
    (…——2024年3月5日在…会议上…), a site's tag or name around it
    ((浙江省)…, …_全球头条, …|某某网), and the spaces of a title spaced out letter
    by letter (政 府 工 作 报 告).

    Parameters
    ----------
    text : str
        The document's text.
    resources : Resources or None, default None
        The genres and clutter word lists; ``None`` means the project's
        (:func:`analysis.loader.load_resources`).

    Returns
    -------
    str
        The title; ``""`` when no line of the opening can be one.

    Examples
    --------
    >>> find_title("当前位置：首页 > 文件\\n各位代表：\\n全市工会工作三年行动计划\\n（2018—2020年）\\n一、目标")
    '全市工会工作三年行动计划（2018—2020年）'
    >>> find_title("各位代表：\\n现在，我代表国务院，向大会作政府工作报告。")
    ''
    """
    resources = resources or load_resources()
    page = without_pinyin_notes(text)[0]
    return _title_of(page, remove_web_clutter(page, resources)[0], resources)


#: A newspaper's headline in labelled parts: the kicker (引题, 肩题, 眉题) above the main headline (主题), the subheading
#: (副题) below it.
_RE_HEADLINE_PART = re.compile(r"\s*[（(]\s*(引题|肩题|眉题|主题|副题)\s*[)）]\s*$")


def _main_headline(lines: list[str]) -> list[str]:
    """``lines`` with a newspaper's headline parts read by their labels: the main headline (…181家(主题)) without its
    label, no kicker or subheading line (聚焦职工需求 投入专项资金(引题), 新增货车司机会员数全省居首(副题)).

    >>> _main_headline(["原标题：投入专项资金(引题)", "儋州市总打造“十大服务品牌”(主题)", "记者近日获悉，…"])
    ['儋州市总打造“十大服务品牌”', '记者近日获悉，…']
    """
    out = []
    for line in lines:
        m = _RE_HEADLINE_PART.search(line)
        if m is None:
            out.append(line)
        elif m.group(1) == "主题":
            out.append(line[:m.start()])
    return out


#: A news story's words before the document it reproduces (近日，市委市政府印发了《…》，全文如下：; 原文如下:): the
#: document's own title is on the next line (not 现将…报告如下：, a memo's words before its own text).
_RE_TEXT_FOLLOWS = re.compile(r"(?:原文|全文|主要内容|详情)如下\s*[:：。]?\s*$")
#: Such words after the reproduced document's title in title marks (《…三年行动计划(2023-2025年)》主要内容如下。): the title.
_RE_NAMED_TEXT_FOLLOWS = re.compile(r"^《(?P<title>[^《》]{4,80})》的?(?:原文|全文|主要内容)如下\s*[:：。]?\s*$")


#: A text that opens by naming itself before the short name it goes by (《宣城市…第十二个五年规划纲要(草案)》(以下简称
#: 《纲要》)根据…编制): its title, when no title line stands above it.
_RE_SELF_NAMED = re.compile(r"^《(?P<title>[^《》]{4,80})》\s*[（(]\s*以下简(?:称|$)"
                            # a plan's preface naming it before what it was drawn up from (厦门市…第十三个五年(2016—2020)
                            # 规划纲要，根据《…的建议》编制，主要阐明…)
                            r"|^《?(?P<preface>[^《》，。,]{4,60}?(?:规划纲要|规划|纲要|行动方案|实施方案|行动计划)"
                            r"(?:[（(][^（）()]{1,16}[）)])?)》?\s*[，,]\s*(?:是)?(?:根据|依据|依照|按照)")
#: A preface that ends on the plan it is the preface of (…根据《…的建议》，制定《鄂尔多斯市…远景目标纲要》。): the plan the
#: line says is drawn up here, at its end, in title marks.
_RE_MADE_HERE = re.compile(r"(?:制定|编制)了?《(?P<made>[^《》]{4,80}?(?:规划纲要|规划|纲要|行动方案|实施方案|行动计划)"
                           r"(?:[（(][^（）()]{1,16}[）)])?)》[。.]?\s*$")
#: The genres a text names itself by further down (规划纲要, 方案 …), not a document it cites (《…的建议》(以下简称《建议》)).
_RE_OWN_GENRE_END = re.compile(r"(?:规划|纲要|方案|计划|要点|报告)(?:[（(][^（）()]{1,6}[）)])?$")


#: A preface's heading (前言, 序 言).
_RE_PREFACE_HEADING = re.compile(r"(?:前|序|引)\s*言")


def _self_named(lines: list[str]) -> str:
    """The title of a text that names itself before the short name it goes by (:data:`_RE_SELF_NAMED`): on its first
    line, or on a later line of the first :data:`TITLE_WINDOW` when every line above is text (“十二五”期间，…。 /
    《乐清市…第十二个五年规划纲要》(以下简称…)是根据…编制; a preface ending on 制定《…纲要》。, :data:`_RE_MADE_HERE`) and
    the name is of a plan's genre; ``""`` when none does."""
    for k, line in enumerate(lines[:TITLE_WINDOW]):
        m = _RE_SELF_NAMED.match(line)
        name = m and (m.group("title") or m.group("preface"))
        made = _RE_MADE_HERE.search(line)
        name = name or (made and made.group("made"))
        if name and (k == 0 or _RE_OWN_GENRE_END.search(name)):
            return name.strip()
        if _RE_PREFACE_HEADING.fullmatch(line.strip()):
            continue  # 前 言 over the preface that names the plan
        if not _RE_SENTENCE.search(line):
            return ""  # a title's line (or a page's) above: the title is looked for there
    return ""


def _over_a_page_stamp(page: str, title: str) -> bool:
    """Whether ``title`` stands on a line of ``page`` right above the page's stamp (发布时间:…, 浏览:639次 时间:…,
    2018-3-1 10:23:50发布): an article a site put up. Of a title that names no genre, it tells a news story. The
    line may hold the site's decorations around the title (工作动态丨…: a column's tag)."""
    raw = _page_head(page)
    return not _RE_ISSUER_LINE.search(title) and any(  # 许昌市人民政府 / 2023-02-20 15:38: the issuer, no headline
        title in line and _RE_PAGE_STAMP.match(below) for line, below in zip(raw, raw[1:]))


#: How many of a page's first non-blank lines are read for a stamp that opens it.
_OPENING_STAMP_LINES = 3


def _opens_on_a_stamp(page: str) -> bool:
    """Whether one of the first :data:`_OPENING_STAMP_LINES` non-blank lines of ``page`` is a page's stamp (来源: 时间:
    2018-05-04 13:30, 发布时间:…): a site's article, its headline lost."""
    return any(_RE_PAGE_STAMP.match(line) or _RE_OPENING_TIME_STAMP.search(line)
               for line in _page_head(page)[:_OPENING_STAMP_LINES])


#: A stamp's time of day after its date, anywhere on a short line (来源: 时间:2018-05-04 13:30【字号:大 中 小】).
_RE_OPENING_TIME_STAMP = re.compile(r"(?:时间|日期)\s*[:：]\s*(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}")


#: A page's time stamp laid out a part a line near its top (2024 / 01/26 / 10:49 under a headline, round 197).
_RE_SPLIT_STAMP = re.compile(r"(?m)^[^\S\n]*((?:19|20)\d{2})[^\S\n]*\n[^\S\n]*(\d{1,2}/\d{1,2})[^\S\n]*\n"
                             r"[^\S\n]*(\d{1,2}:\d{2})[^\S\n]*$")


def _page_head(page: str) -> list[str]:
    """The non-blank lines among the first :data:`_STAMP_REACH` of ``page``, stripped and without their bullets: where
    a headline and its page's stamp are looked for."""
    return [line for line in map(_unbulleted, page.split("\n", _STAMP_REACH)[:_STAMP_REACH]) if line]


def _unbulleted(line: str) -> str:
    """``line`` stripped, without the bullet a page's list sets before it (• 凤庆县:工会组织建设提升质效)."""
    return line.strip().lstrip(_BULLETS).strip()


def _without_disclosure_fields(lines: list[str]) -> list[str]:
    """``lines`` without a public-disclosure page's fields laid out a label a line, each followed by its value
    (• 索引号 / • 1150…/2025-00004 / • 主题分类 / • 国民经济发展规划、计划 …): a title is looked for below them."""
    out, value_mark = [], None  # the mark a value line begins with ("" when its label had none), or None
    for line in lines:
        if _RE_DISCLOSURE_LABEL_LINE.match(line):
            value_mark = line[0] if line[0] in _BULLETS else ""
        elif value_mark is not None and line.startswith(value_mark):
            value_mark = None
        else:  # a line after a label without a value (• 有 效 性 / 重庆市…报告) that does not begin as the fields do
            value_mark = None
            out.append(line)
    return out


#: A row of a table drawn with bars (| 2026年政府工作报告 |, | 索引号 | 620702001/2026-00010 | 发文字号 | |).
_RE_TABLE_ROW = re.compile(r"\s*\|(?P<cells>.*)\|\s*")


def _table_row_text(line: str) -> str:
    """A table row's one filled cell (| 2026年政府工作报告 |: a page's banner drawn as a table), ``""`` for a row of
    several (| 关键词 | 发布机构 | 政府办 |: a disclosure page's fields, no title); any other line as it is."""
    m = _RE_TABLE_ROW.fullmatch(line)
    if not m:
        return line
    cells = [cell.strip() for cell in m.group("cells").split("|") if cell.strip()]
    return cells[0] if len(cells) == 1 else ""


#: A notice's title at the top of a page that cut its 关于印发 off, without title marks, the plan it sends named by its
#: genre (南宁市人口发展规划(2021—2030年)的通知): its title is the plan's. Only as the page's first line: below it, such
#: a line is the end of a title broken over lines (某省人民政府关于印发 / 某省国民经济和社会发展 / 第十四个五年规划纲要的通知).
_RE_UNMARKED_NOTICE = re.compile(r"(?![^\n]*(?:关于|印发|转发|下达|颁发))(?![和及与并暨])"
                                 r"(?P<title>[^《》“”\"，。、\s]{6,50}(?:规划|计划|方案|要点|纲要|意见|办法|细则)"
                                 r"(?:[（(][^（）()]{1,16}[）)])?)的通知")
#: A document-sharing site's notice near the top that names the file it shares (《2022工会上半年工作总结 (19).doc》由会员分享,
#: 《…工作要点.docx》由用户上传): the file's name without its copy number, date tag and extension is the document's title
#: (the notice itself is clutter, removed from the text).
_RE_SHARED_FILE = re.compile(r"《(?P<title>[^《》\n]{4,80}?)\s*(?:[（(]\d{1,8}[）)])?\.(?:docx?|pdf|wps|txt|pptx?)》"
                             r"由(?:会员|用户)(?:分享|上传)")
_SHARED_FILE_LOOK = 2000


def _title_of(page: str, cleaned: str, resources: Resources) -> str:
    """:func:`find_title` of a ``page`` without pinyin notes, given the page with its clutter removed (``cleaned``):
    a caller that has removed it already does not remove it twice."""
    shared = _RE_SHARED_FILE.search(page, 0, _SHARED_FILE_LOOK)
    if shared:
        return shared.group("title").strip()  # 《2022工会上半年工作总结 (19).doc》由会员分享: the file the site shares
    lines = [_breadcrumb_tail(_table_row_text(line), resources) for line in cleaned.split("\n") if line.strip()]
    lines = [_RE_DATE_AFTER_TITLE.sub("", _unbulleted(line))
             for line in _without_disclosure_fields([line for line in lines if line])]
    lines = _join_open_titles(_main_headline([line for line in lines if line][:TITLE_WINDOW]))
    shown = _headline_labelled_original(lines)
    if shown:
        return shown  # 牢记嘱托 主动作为，… / 原标题:牢记嘱托 主动作为，…: the page names its headline, whatever its punctuation
    unmarked = _RE_UNMARKED_NOTICE.fullmatch(lines[0].strip()) if lines else None
    if unmarked:
        return unmarked.group("title")  # 南宁市人口发展规划(2021—2030年)的通知 atop the page: the plan it sends
    follows = next((k for k, line in enumerate(lines) if _RE_TEXT_FOLLOWS.search(line)), len(lines))
    named = _RE_NAMED_TEXT_FOLLOWS.match(lines[follows]) if follows < len(lines) else None
    if named:
        return named.group("title").strip()  # 《…》主要内容如下。: a news story that reproduces the document it names
    own = _self_named(lines) or _self_named(lines[follows + 1:])  # …详情如下： / 前言 / …规划纲要，根据…编制
    if own:
        return own  # 《…规划纲要(草案)》(以下简称《纲要》)根据…编制: the text names itself
    lines = lines[follows + 1:] or lines  # a news story that reproduces the document: its title follows 全文如下：
    chrome = resources.clutter_words["chrome_words"]
    candidates = [c for c in _title_candidates(lines)  # 投稿 alone: a page's button; 首页   十四五规划: its menu
                  if c[1] not in chrome and not (len(words := c[1].split()) > 1 and words[0] in chrome)
                  and not (c[0] and _RE_DELIVERY_DECK.search(c[1]))]  # a deck line under the headline
    genre = [c for c in candidates if _names_a_genre(c[1], resources)  # 计划总结 alone: a site's category
             and not _RE_REPORT_TOLD.search(c[1])]  # 省长王凯作政府工作报告: a story's line, not the report's title
    genre = genre or [c for c in candidates if _RE_COVER.search(lines[c[0]])]  # 关于印发…的通知 names the title
    repeated = _repeated_headline(lines, chrome)
    stamped = _stamped_headline(lines, candidates, page)
    announced = next((k for k, line in candidates if _RE_FULL_TEXT_HEADLINE.search(line)), None)
    covered = [c for c in candidates if announced is not None and c[0] > announced and _RE_COVER.search(lines[c[0]])]
    below = [c for c in genre if announced is not None and c[0] > announced]
    if covered:  # 吉林省“十四五”规划纲要全文来了! over the notice that names the document: its name
        stamped, genre = None, covered
    elif below:  # 权威发布!2021年四川省委一号文件(全文) over the document's own title (关于…的意见): its title
        stamped, genre = None, below
    if stamped is not None and not any(k < stamped for k, _ in genre):
        i, title = stamped, lines[stamped]  # a news page's headline over its stamp (发布时间: …), above any kicker
    elif genre:
        i, title = _dated_title_below(genre)
        i, title = _own_title_below(lines, candidates, i, title, resources)
    elif repeated is not None:
        i, title = repeated, lines[repeated]  # a page shows its headline twice (above the text, in its lead)
    elif candidates and candidates[0][0] == next(
            (k for k, line in enumerate(lines) if not (_RE_NOT_TITLE.search(line) or line in chrome
                                                       or _is_epigraph(lines, k) or k and _is_epigraph(lines, k - 1))), 0):
        i, title = candidates[0]  # the first line, after a newspaper's page, a source line or an epigraph
    elif lines and (run_in := _run_in_title(lines[0])):
        i, title = 0, run_in  # a text whose line breaks were lost: the title runs into the body
    else:
        return ""
    title = _joined_title_halves(lines, candidates, i, title, resources)
    if i + 1 < len(lines) and _RE_YEAR_SPAN_LINE.match(lines[i + 1]) and not _RE_YEAR_TITLE.search(title):
        title += lines[i + 1]
    title = _RE_NEWS_PREFIX.sub("", _RE_BYLINE_TAIL.sub("", _RE_BRACKETED_ORIGINAL.sub(r"\1", title.strip())))
    title = _undecorated(_RE_FOOTNOTE_TAIL.sub("", title))
    below = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if below.startswith("——") and _names_a_genre(below, resources) and not _RE_SENTENCE.search(below) \
            and not _names_a_genre(title, resources):
        title += below  # 高歌唱响新时代“咱们工人有力量” / ——2023年全省工会工作综述: a subtitle that names the genre
    if re.fullmatch(rf"[{HAN}](?:\s+[{HAN}])+", title):
        title = re.sub(r"\s+", "", title)  # a title spaced out letter by letter (政 府 工 作 报 告)
    return re.sub(rf"(?<=[{HAN}])\s+(?=\d)|(?<=\d)\s+(?=[{HAN}])", "", title)  # 总工会 2020年 → 总工会2020年


#: A page's label of the original headline on a line of its own (原标题:…, 原标题：…).
_RE_ORIGINAL_HEADLINE = re.compile(r"^(?:\|\s*)?[【\[]?\s*原标题\s*[】\]]?\s*[:：]\s*(?P<title>\S.{3,}?)\s*$")


def _headline_labelled_original(lines: list[str]) -> str:
    """The headline a page shows above its 原标题：… line when that label names the same words (a headline with a
    comma, which would otherwise read as the body's first sentence); ``""`` when none does."""
    for k, line in enumerate(lines[:TITLE_WINDOW]):
        m = _RE_ORIGINAL_HEADLINE.match(line.strip())
        if m and any(above.strip() == m.group("title") for above in lines[:k]):
            return m.group("title")
    return ""


#: A headline that announces the full text of a document the page reproduces (…规划纲要全文来了!, …全文发布, …(全文)):
#: where the page's cover notice names the document, or the document's own title line follows, its name is the title.
_RE_FULL_TEXT_HEADLINE = re.compile(r"全文(?:来了|来啦|发布|公布|出炉|公开)|[（(]全文[）)]")
#: A five-year plan's year that a title names by its place in the plan (“十四五”收官年, 开局之年): its last or first.
_RE_YEAR_OF_PLAN = re.compile(r"[”\"’']?\s*(?:规划|计划)?的?(?:(?P<last>收官|决胜)|开局|起步|开篇)之?年")


def find_years(title: str, filename: str, text: str) -> tuple[int | None, int | None]:
    """(first, last) year of the plan: from the title, else the file name, else a date line near the top.

    A year is 1900–2099. In the title a year (or a span of two) must be
    followed by 年, else a five-year plan it names gives its years (第十四个五年规划,
    “十四五”规划: 2021–2025), else a year opening it (2016中学工会工作计划) or standing before the genre that ends it
    (镇原县2024工作报告); in the file name it must stand
    apart from other digits.
    Failing both, the year of the first date (2019年3月) in the first
    :data:`TITLE_WINDOW` lines of ``text`` is used for both, where the date
    is a line's own (a date line, a byline ——2017年3月5日在…, also run onto the title line, a dated lead) and not a
    past date inside a sentence (本届政府1998年3月就职，…): it opens its line,
    or the line is at most :data:`DATE_LINE_MAX` characters long. Failing that too, a subtitle in those
    lines that names a year and a genre (——2015年…工作报告) gives it.

    Parameters
    ----------
    title : str
        The document's title (``""`` when none).
    filename : str
        The file's name (only its stem is read).
    text : str
        The document's text.

    Returns
    -------
    tuple of (int or None, int or None)
        The first and last year, the same for a one-year plan; a last year
        before the first is taken as the first. ``(None, None)`` when no year
        is found.

    Examples
    --------
    >>> find_years("南京市总工会2021—2023年工作三年行动计划", "x.txt", ""), find_years("", "gwr_1954.txt", "")
    ((2021, 2023), (1954, 1954))
    >>> find_years("", "plan.txt", "某市工会工作要点\\n2019年3月5日")
    (2019, 2019)
    >>> find_years("衢州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "x.txt", "")
    (2021, 2025)
    """
    for pattern, source in ((_RE_YEAR_TITLE, title), (_RE_TITLE_FIVE_YEAR, title), (_RE_TITLE_LEADING_YEAR, title),
                            (_RE_TITLE_BARE_YEAR, title), (_RE_YEAR_TITLE_CN, title), (_RE_YEAR_FILE, Path(filename).stem)):
        m = next((m for m in pattern.finditer(source)  # 到2025年建成…: a deadline, not the document's year
                  if not (source is title and (source[m.start() - 1:m.start()] == _DEADLINE_MARK
                                               or source.startswith(_VISION_MARK, m.end())))), None)
        if m and pattern is _RE_TITLE_FIVE_YEAR:
            span = five_year_plan_of(m)  # …第十四个五年规划和二〇三五年远景目标的建议: 2021–2025
            year_of = _RE_YEAR_OF_PLAN.match(source, m.end())  # “十四五”收官年: 2025; “十五五”开局之年: 2026
            if span and year_of:
                return (span[1], span[1]) if year_of.group("last") else (span[0], span[0])
            if span:
                return span
        elif m and pattern is _RE_YEAR_TITLE_CN:
            year = year_value(re.sub(r"\s+", "", re.sub("[○OΟ]", "〇", m.group(1))))
            return year, year
        elif m:
            start = int(m.group(1))
            end = int(m.group(2)) if m.re.groups > 1 and m.group(2) else _joined_year(source, m) \
                if pattern is _RE_YEAR_TITLE else start
            return start, end if end >= start else start
    for line in text.split("\n")[:TITLE_WINDOW]:
        m = _RE_DATE_LINE.search(line) or _RE_DATE_LINE_CN.search(line)  # 2019年3月, 二〇二三年一月
        byline = m and _RE_BYLINE_TAIL.search(line)  # 政府工作报告—2021年7月29日在…会议上…县长 孙立良: a title's byline
        if m and (len(line.strip()) <= DATE_LINE_MAX or not line[:m.start()].strip("——-－ 　（(")):
            year = year_value(re.sub(r"\s+", "", re.sub("[○OΟ]", "〇", m.group(1))))
            return year, year
        dated = next((d for d in _RE_DATE_LINE.finditer(line) if byline and byline.start() <= d.start() < byline.end()),
                     None)  # the byline's date, after an e-paper's (商洛日报/2024 年/2 月/6 日/第 001 版政府工作报告——2024 年…)
        if dated:
            return int(dated.group(1)), int(dated.group(1))
    for line in text.split("\n")[:TITLE_WINDOW]:  # a subtitle naming the year and the genre, under a title of words
        m = _RE_SUBTITLE_YEAR.search(line)
        if m:
            return int(m.group(1)), int(m.group(1))
    return None, None


#: What makes a year in a title a deadline (长沙启动…行动 到2025年建成1000个站点), not the year the document is for.
_DEADLINE_MARK = "到"
#: What makes a year in a title a vision's horizon (…第十四个五年规划和2035年远景目标纲要: the plan's five years
#: date it, 2021–2025), not the year the document is for.
_VISION_MARK = "远景"
#: A subtitle that names the document's year and genre (强化服务意识… ——2015 年复旦大学教代会、工会工作报告).
_RE_SUBTITLE_YEAR = re.compile(r"——\s*((?:19|20)\d{2})\s*年度?[^，。；——]{0,30}?(?:报告|计划|总结|要点|方案|规划|安排)")


#: A second year a title joins to its first (2006年工作总结及2007年工作计划): a summary of one year and the plan of the next.
_RE_JOINED_YEAR = re.compile(rf"[^，。；]{{0,30}}?(?:{_CONJUNCTIONS})[^，。；\d]{{0,6}}?((?:19|20)\d{{2}})\s*年")


def _joined_year(title: str, first: re.Match) -> int:
    """The last year of a title that joins a second year to its ``first`` (2006年工作总结及2007年工作计划 → 2007),
    when it is at most five years later; else the first year.

    >>> t = "2020年工作情况和2021年工作计划"; _joined_year(t, _RE_YEAR_TITLE.search(t))
    2021
    """
    start = int(first.group(1))
    joined = _RE_JOINED_YEAR.match(title, first.end())
    year = int(joined.group(1)) if joined else start
    return year if start < year <= start + 5 else start


def plan_heading_year(text: str) -> int | None:
    """The year a heading of ``text`` plans for (二、2005年工作总体部署 → 2005), or ``None``.

    For a document whose title, file name and opening date line give no year
    (a government work report titled 政府工作报告 alone): the first line that
    opens with an outline marker, is at most :data:`PLAN_HEADING_MAX`
    characters long and names a year with the work ahead (工作, 任务, 部署,
    安排, 要求, 建议, 目标, 计划, 要点) gives it. A year looked back on
    (1998年工作回顾, 2019年上半年工作总结) is passed over. Each line is read
    once: linear in the text.

    Examples
    --------
    >>> plan_heading_year("一、1998年工作回顾和1999年工作的总体要求\\n……")
    1999
    >>> plan_heading_year("一、过去一年工作回顾\\n2004年，全国……\\n二、2005年工作总体部署"), plan_heading_year("2005年，全国……")
    (2005, None)
    """
    for line in text.split("\n"):
        line = unicodedata.normalize("NFKC", line.strip())
        if len(line) > PLAN_HEADING_MAX or not _RE_HEADING.match(line):
            continue
        m = _RE_PLAN_HEADING_YEAR.search(line)
        if m:
            return int(m.group(1))
    return None


#: A heading that reviews a year's work (一、过去四年及2021年工作回顾, 二、2019年工作总结).
_RE_REVIEW_HEADING_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?(?:全年)?的?(?:主要)?(?:政府)?工作(?:回顾|总结)")


def review_heading_year(text: str) -> int | None:
    """The year a heading of ``text`` reviews (一、过去四年及2021年工作回顾 → 2021), or ``None``: a report that
    reviews then plans (a government work report) is given in the year after it. Like
    :func:`plan_heading_year`, only outline headings of at most :data:`PLAN_HEADING_MAX` characters are read.

    >>> review_heading_year("各位代表：\\n一、过去四年及2021年工作回顾\\n过去四年，极不平凡。"), review_heading_year("2021年，全市…")
    (2021, None)
    """
    for line in text.split("\n"):
        line = unicodedata.normalize("NFKC", line.strip())
        if len(line) <= PLAN_HEADING_MAX and _RE_HEADING.match(line):
            m = _RE_REVIEW_HEADING_YEAR.search(line)
            if m:
                return int(m.group(1))
    return None


def find_doc_type(title: str, opening: str, resources: Resources | None = None) -> str:
    """The genre: ``news_report`` for a headline of a meeting held (…召开…会议) or of a reading of a document
    (…政府工作报告2022年精彩数据速读), else the first ``doc_types.csv``
    row whose title pattern matches, else ``news_report`` when the opening leads as a news story does (a wire tag
    with its date, 本报讯, a reporter's byline, a dated lead of an event, 核心提示, a report's delivery told in the
    third person: 省长王凯作政府工作报告), else the first row whose body pattern matches.

    Parameters
    ----------
    title : str
        The document's title (``""`` when none).
    opening : str
        The start of the text (:data:`OPENING_CHARS` characters are read by
        :func:`infer_metadata`).
    resources : Resources or None, default None
        The genres (``doc_types.csv``); ``None`` means the project's.

    Returns
    -------
    str
        The ``doc_type`` of the row, or ``"unknown"`` when no pattern matches.

    Examples
    --------
    >>> find_doc_type("常州市总工会2020年工作要点", ""), find_doc_type("", "各位代表：现在，我代表国务院，向大会作政府工作报告")
    ('work_points', 'government_work_report')
    """
    rows = (resources or load_resources()).doc_types
    news = any(row[0] == "news_report" for row in rows)
    if news and (_RE_NEWS_HEADLINE.search(title.strip()) or _RE_LAUNCH_HEADLINE.match(title.strip())):
        return "news_report"  # 市总工会召开2024年工作总结及2025年工作谋划务虚会: a meeting held is news
    if news and (_RE_REPORT_TOLD.match(title.strip()) or _RE_CHAIRED_AND_TOLD.match(title.strip())):
        return "news_report"  # 省长刘伟平作政府工作报告, 吴晓军主持 罗东川作政府工作报告: a headline that tells the report's
        # delivery (and who chaired the session), in the third person
    if news and _RE_READING_HEADLINE.search(title.strip()):
        return "news_report"  # 北京两会:政府工作报告2022年精彩数据速读: a story that reads the document it names
    if news and _RE_NAMES_IN_MARKS.search(title) and _RE_HEADLINE_PUNCTUATION.search(title):
        return "news_report"  # @南阳人,《政府工作报告》2023年成绩单来了!: a headline's sentence about the document it names
    kicker = _RE_SUBJECT_HEADLINE.match(title.strip())
    if news and kicker and not any(pattern is not None and pattern.search(kicker.group("said"))
                                   for _, pattern, _ in rows):
        return "news_report"  # 牡丹江“十四五”发展报告：城乡收入差距缩小，多项指标超额完成: a story's subject, then its news
    for doc_type, title_pattern, _ in rows:
        if title and title_pattern is not None and title_pattern.search(title):
            return doc_type
    if news and (_RE_NEWS_LEAD.search(opening[:NEWS_LEAD_CHARS])
                 or _RE_DATED_EVENT_LEAD.search(opening) and not _RE_HEARS_THE_REPORT.search(opening)
                 or _RE_REPORT_TOLD.search(opening[:NEWS_LEAD_CHARS]) and not _RE_FIRST_PERSON_REPORT.search(opening)):
        return "news_report"  # a news story's lead: whatever genre it quotes (作政府工作报告时如是说)
    for doc_type, _, body_pattern in rows:
        if body_pattern is not None and body_pattern.search(opening):
            return doc_type
    return "unknown"


def _is_township(place: str) -> bool:
    """Whether a township-like name (:data:`_TOWNSHIP`) is a township's: not the own area (全镇, 各街道), a common noun
    (城镇, 乡镇, 特色小镇) or a verb's object (推进特色小镇)."""
    return not (_own_area(place) or place.endswith(_NOT_TOWNSHIPS) or _RE_NOT_PLACE_START.match(place)
                or any(ch in _NOT_IN_PLACE_NAMES for ch in place))


def _own_area(place: str) -> bool:
    """全市, 本区, 我省, 各县: the issuer's own area, not a name."""
    return place[:1] in ("全", "本", "我", "各", "该") and len(place) <= 3


def _not_a_place(place: str) -> bool:
    """The issuer's own area (:func:`_own_area`), a common noun (城市, 自治县 alone) or words that no place name
    holds (工会主席在市: a function word, 工会, 会议; 韩寓群代表省政府: 代表; 秀屿区领导带领区总工会…: 领导, 带领, round 208;
    现将我县; 县基本县情: a level's word at both ends)."""
    return (_own_area(place) or place in _COMMON_NOUNS_LIKE_PLACES
            or any(w in place for w in ("工会", "会议", "代表", "领导", "带领", "率领"))  # 秀屿区领导带领区总工会: no 领导带领区
            or any(ch in _NOT_IN_PLACE_NAMES for ch in place)
            or place[-2:] in ("强省", "强市", "大省", "大市") and len(place) > 2  # 文化强省, 经济大省: a slogan's aim, no place
            or len(place) == 2 and place[1] in "省市" and place[0] != "某"  # (某市: an anonymised place, kept as one)
            and place not in _one_character_places()  # ——访市人大代表: no 访市
            or len(place) == 2 and all(ch in _LEVEL_WORDS for ch in place)  # 市县民生实事: levels together, no name
            or len(place) > 2 and place[0] == place[-1] and place[0] in "省市县区州"  # 县基本县(情): a heading's words
            or place.endswith("自治区") and place not in _provinces_ending("自治区")  # 讨论拟提请自治区: no region
            or place.endswith("省") and place not in _provinces_ending("省") and place[0] not in "某XＸ×*＊"  # 确保省十四届…:
            # words before 省, no province (某省, X省: an anonymised one, kept as one)
            or len(place) > 2 and place[-2] == "全"  # 努力实现全省: a phrase ending on the whole province, no name
            or place.endswith("地区") and len(place) < 4  # 将地区工会…: one character before 地区 (阿里地区, 和田地区 have two)
            or place.endswith("城市") and place[:-2] in _province_short_names())  # 北京城市副中心, 江苏城市…: a province's
    # name and the noun 城市, no city (晋城市, 盐城市: a name ending in 城, not a province's)


#: The words of administrative levels (市县, 县区, 省市: levels named together, no place).
_LEVEL_WORDS = "省市县区乡镇州村旗盟"


@functools.cache
def _province_short_names() -> frozenset[str]:
    """The short names of ``provinces.csv`` (北京, 江苏, 内蒙古)."""
    return frozenset(row["short"] for row in load_resources().provinces)


@functools.cache
def _one_character_places() -> frozenset[str]:
    """The places of ``places.csv`` whose name is one character and a level's word (芒市): no province and hardly a
    city has such a name, so 访市 (——访市人大代表) or 省 after a verb is none."""
    return frozenset(name for name in load_resources().division_names if len(name) == 2)


@functools.cache
def _provinces_ending(suffix: str) -> frozenset[str]:
    """The provinces of ``provinces.csv`` by their full names ending in ``suffix`` (省: 江苏省; 自治区: 宁夏回族自治区): 省
    and 自治区 end no other place's name, so words before them that name none of these (确保省…, 讨论拟提请自治区…) are
    no place."""
    return frozenset(row["name"] for row in load_resources().provinces if row["name"].endswith(suffix))


@functools.cache
def _leagues_and_banners() -> frozenset[str]:
    """The leagues and banners of ``places.csv`` (锡林郭勒盟, 准格尔旗): 盟 and 旗 end few names, and many words (联盟,
    红旗, 高举旗帜), so a name ending on them is a place only when it is one of these."""
    return frozenset(name for name in load_resources().division_names if name.endswith(("盟", "旗")))


def _heads_a_title(place: str) -> bool:
    """Whether a place-like start of a title is a place: not :func:`_not_a_place`, no common noun that ends
    like one (加强社区, 城市社区), no verb that starts the title's subject (推进城市更新), no league or banner that
    ``places.csv`` does not name (五星红旗, 高举旗)."""
    return not (_not_a_place(place) or place.endswith(_NOT_PLACE_ENDS) or _RE_NOT_PLACE_START.match(place)
                or place.endswith(("盟", "旗")) and lowest_place(place)[0] not in _leagues_and_banners())


def _place_in_file_name(filename: str, resources: Resources, text: str = "") -> str:
    """A province named in the file name (江苏, jiangsu), else a Chinese place name in it, else a prefecture or
    county by its pinyin (02_huaibei_….txt: 淮北市; one that two places share, fuzhou, names neither, unless the
    ``text`` names one of them and no other: 17_jixi_….txt over a text naming 绩溪县 is 绩溪县, not the city 鸡西市)."""
    stem = Path(filename).stem
    words = re.split(r"[^a-z]+", stem.lower())
    tokens = set(words)
    for row in resources.provinces:
        if row["name"] in stem or row["short"] in stem or row["pinyin"] in tokens:
            return row["name"]
    m = re.search(_PLACE, stem)
    if m and not _not_a_place(m.group(0)):
        return m.group(0)
    by_pinyin, sharing = resources.places_by_pinyin, resources.places_of_pinyin
    for word in words:
        if len(word) < _PINYIN_PLACE_MIN or word not in sharing:
            continue
        named = {written for short, written in sharing[word] if short in text}
        if len(sharing[word]) > 1 and len(named) == 1:
            return named.pop()  # the one of the places sharing the pinyin that the text names
        if word in by_pinyin:
            return by_pinyin[word]
    return ""


#: A word of a file name is read as a place's pinyin from this many letters (not a short English word).
_PINYIN_PLACE_MIN = 4


def find_place(title: str, text: str, filename: str, resources: Resources | None = None, *,
               page: str = "") -> tuple[str, str]:
    """(place, where it was found): title, byline, opening, sign-off or file name; ``("", "")`` if none.

    Tried in this order: a place at the start of the title before an issuer
    (常州市总工会…), or before the subject of a title that names a genre
    (东阳市促进残疾人就业行动实施方案; not 城市, 社区 …), or a national issuer there (全国总工会, 中共中央, 国务院 …:
    全国); a byline naming a people's congress (在江苏省第十四届人民代表大会…)
    in the opening; a national speaker (我代表国务院, 向全国人民代表大会) in the
    opening, or the premier reporting (周恩来总理在报告中…), which gives 全国; the
    speaker's government named with its place (我代表上杭县人民政府), or the speaker's own line under the title
    (广东省省长 孟凡利); an
    issuer's sign-off among the last lines (鄂城区总工会); the first issuer
    named with its place where a clause starts in the opening's first
    :data:`OPENING_ISSUER_CHARS` characters (近日，顺德区总工会召开…); a province (by name,
    short name or pinyin; of the places that share a pinyin, the one the page names) or a place name in the file name;
    the one province a title names anywhere
    (深化数字浙江建设…工作要点); for a title that names only the issuer's own area
    (全市工会工作三年行动计划), the place of that level the text names most often (连云港市); last, the whole
    country's peoples in the opening (我国各族人民), 全国 again. The issuer's own area (全市, 本区, 我省) is no place.

    Parameters
    ----------
    title : str
        The document's title.
    text : str
        The document's text (the first :data:`OPENING_CHARS` and the last 400
        characters are read).
    filename : str
        The file's name.
    resources : Resources or None, default None
        The provinces (``provinces.csv``); ``None`` means the project's.
    page : str, default ""
        The page with its clutter (a government site's header, 绩溪县数据资源管理局, names its place); ``""`` means
        ``text``. Read only to tell which of the places sharing a file name's pinyin is meant.

    Returns
    -------
    place : str
        The place as written (常州市, 全国, 江苏省), or ``""``.
    source : str
        ``"title"``, ``"byline"``, ``"opening"``, ``"sign-off"``,
        ``"file name"``, ``"text"``, or ``""`` when no place was found.

    Examples
    --------
    >>> find_place("常州市总工会2020年工作要点", "", "x.txt"), find_place("龙华团区委2019年工作计划", "", "x.txt")
    (('常州市', 'title'), ('龙华区', 'title'))
    >>> find_place("", "各位代表：\\n现在，我代表国务院，向大会作政府工作报告。", "gwr_2018.txt")
    ('全国', 'opening')
    >>> find_place("政府工作报告", "……\\n一、工作", "2026_jiangsu.txt")
    ('江苏省', 'file name')
    """
    resources = resources or load_resources()
    m = _RE_LEAGUE_TITLE.search(title)
    if m:  # 龙华团区委…: the Youth League's committee of 龙华区
        return m.group("name") + m.group("level"), "title"
    m = _RE_PLACE_TITLE.search(title)
    if m and _heads_a_title(m.group("place")):
        return m.group("place"), "title"
    if _RE_NATIONAL_ISSUER.match(title):
        about = title.find("关于")  # 国务院关于推动内蒙古高质量发展…的意见: the province it is about
        subject = next((row["name"] for row in resources.provinces if about >= 0 and re.match(
            rf"[^，。《》]{{0,6}}?{re.escape(row['short'])}", title[about + 2:])), "")
        return (subject, "title's subject") if subject else (_NATIONAL, "title")  # 全国总工会…工作要点
    province = next((row["name"] for row in resources.provinces if re.match(
        rf"{re.escape(row['short'])}(?:省|市|自治区)?(?:全省|全市|全区)?(?:各级)?(?:总工会|工会|省总)", title)), "")
    if province:
        return province, "title"  # 湖南工会启动…送温暖行动, 江西各级工会为…: a province's unions by its short name
    for pattern in (_RE_PLACES_LEAD, _RE_PLACE_LEAD):  # 九江市都昌县…, else 东阳市… (not 成都市城市社区…)
        m = pattern.search(title)
        if (m and _heads_a_title(m.group("place")) and find_doc_type(title, "", resources) != "unknown"
                and not _RE_SUBJECT_HEADLINE.match(title.strip())):  # a story's subject (河北沧州市总：…): its lead tells
            return m.group("place"), "title"  # a plan's title that starts with its place (东阳市促进…实施方案)
    m = _RE_TOWNSHIP_TITLE.match(title)
    if m and _is_township(m.group("place")):
        return m.group("place"), "title"  # 三墩镇总工会召开…, 东柳街道2023年工作总结…: a township's own
    opening = text[:OPENING_CHARS]
    m = _RE_PLACE_BYLINE.search(opening)
    byline_place = _without_verb(m.group("place") or m.group("union_place")) if m else ""
    if byline_place and not _not_a_place(byline_place):  # …的期望，参加天水市第四届人大…: 天水市
        return byline_place, "byline"
    if _RE_NATIONAL.search(opening):
        return _NATIONAL, "opening"
    m = _RE_SPEAKER_PLACE.search(opening)
    if m and _heads_a_title(m.group("place")):
        return m.group("place"), "opening"  # 我代表上杭县人民政府
    m = _RE_SPEAKER_LINE.search(opening)
    if m and _heads_a_title(m.group("place")):
        return m.group("place"), "byline"  # 广东省省长 孟凡利
    tail = [line.strip() for line in text[-400:].split("\n") if line.strip()][-6:]
    for line in reversed(tail):
        m = _RE_SIGN_OFF.fullmatch(line)
        if m and not _not_a_place(m.group("place")):
            return m.group("place"), "sign-off"
        m = _RE_TOWNSHIP_SIGN_OFF.fullmatch(line)
        if m and _is_township(m.group("place")):
            return m.group("place"), "sign-off"  # 王庆坨镇总工会
    own_level = _RE_BARE_ISSUER_TITLE.match(title)  # 市总工会上半年工作总结: a city's, not 湖南省总工会's
    provinces = frozenset(row["name"] for row in resources.provinces) | {f"{row['short']}省" for row in resources.provinces}
    place = _opening_issuer_place(_RE_ADDRESSEES.sub("", opening[:OPENING_ISSUER_CHARS]),
                                  own_level.group(1) if own_level else "", provinces)
    if place:
        return place, "opening"
    place = _subtitle_place(title, opening)
    if place:
        return place, "title"
    last_resorts = ((lambda: _place_in_file_name(filename, resources, (page or text)[:PLACE_SCAN_CHARS]), "file name"),
                    (lambda: _province_in_title(title, resources), "title"),
                    (lambda: _place_of_own_area(title, text, resources), "text"),
                    (lambda: _place_named_most(text, resources), "text"))
    for find, source in last_resorts:
        place = find()
        if place:
            return place, source
    return (_NATIONAL, "opening") if _RE_NATIONAL_WEAK.search(opening) else ("", "")


def _subtitle_place(title: str, opening: str) -> str:
    """The place a subtitle begins with (锚定目标冲刺跑 铿锵迈步谱新篇——临夏州经济社会高质量发展走笔; a line
    ——德宏州总工会2023年…工作纪实 under a headline): a story's own subject, in the title or in the first
    :data:`_SUBTITLE_LINES` lines of the opening; ``""`` when none."""
    lines = [title] + [line.strip() for line in opening.split("\n") if line.strip()][:_SUBTITLE_LINES]
    for line in lines:
        m = _RE_SUBTITLE_PLACE.search(line)
        if m and _heads_a_title(m.group("place")):
            return m.group("place")
    return ""


#: A subtitle (after ——) that begins with a place (——临夏州经济社会…, ——德宏州总工会…).
_RE_SUBTITLE_PLACE = re.compile(rf"(?:^|[^—])——\s*(?P<place>{_PLACE})(?=[\s\S])")  # something follows the place
#: How many lines of the opening are read for a subtitle.
_SUBTITLE_LINES = 6
#: A place the text names at least this often is its subject, when nothing else names one.
PLACE_MENTIONS_MIN = 3


def _place_named_most(text: str, resources: Resources) -> str:
    """The place name (:attr:`analysis.loader.Resources.place_names`) the text names most often in its first
    :data:`PLACE_SCAN_CHARS` characters, at least :data:`PLACE_MENTIONS_MIN` times and more often than any other
    (政协临夏州…、临夏州第十六届人民代表大会…, 临夏州… in a story whose headline names no place), or ``""``."""
    ranked = _places_named(text[:PLACE_SCAN_CHARS], _RE_PLACE_LEVEL, resources.place_names).most_common(2)
    if not ranked or ranked[0][1] < PLACE_MENTIONS_MIN or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return ""
    return ranked[0][0]


def _places_named(body: str, level: re.Pattern, names: frozenset[str]) -> Counter:
    """How often ``body`` names each place name of ``names``: at each match of ``level`` (a level's character), the
    longest name that ends there, of :data:`_PLACE_NAME_MAX` characters or fewer."""
    counts: Counter = Counter()
    for hit in level.finditer(body):
        end = hit.end()
        name = next((body[end - n:end] for n in range(_PLACE_NAME_MAX, 2, -1)
                     if end >= n and body[end - n:end] in names), None)
        if name:
            counts[name] += 1
    return counts


#: The character a place name ends on (its level).
_RE_PLACE_LEVEL = re.compile(r"[省市区县州旗盟]")


def _province_in_title(title: str, resources: Resources) -> str:
    """The one province a title names anywhere, by name or short name (深化数字浙江建设2020年工作要点 → 浙江省), or
    ``""`` (none, or more than one)."""
    named = {row["name"] for row in resources.provinces if row["name"] in title or row["short"] in title}
    return named.pop() if len(named) == 1 else ""


def _place_of_own_area(title: str, text: str, resources: Resources) -> str:
    """The place of a title that names only the issuer's own area (全市工会工作三年行动计划): the place name of that
    level (…市 for 全市; :attr:`analysis.loader.Resources.place_names`) the text names most often in its first
    :data:`PLACE_SCAN_CHARS` characters, at least twice (the first named of those named as often), or ``""``."""
    m = _RE_OWN_AREA_TITLE.search(title)
    if not m:
        return ""
    body = text[:PLACE_SCAN_CHARS]
    counts = _places_named(body, re.compile(re.escape(m.group(1))), resources.place_names)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], body.index(item[0])))
    return ranked[0][0] if ranked and ranked[0][1] >= 2 else ""


#: A title naming its issuer by level alone (市总工会上半年工作总结, 2021年区总工会工作计划): the level of its place.
_RE_BARE_ISSUER_TITLE = re.compile(rf"^{_TITLE_YEAR}([省市县区])(?:总工会|工会|人民政府|政府)")


def _without_verb(place: str) -> str:
    """``place`` without a verb its clause begins with (参加天水市 → 天水市); ``""`` when less than two characters
    are left."""
    place = _RE_VERB_BEFORE_PLACE.sub("", place)
    return place if len(place) >= 2 else ""


#: A notice's line of addressees (各盟行政公署、市人民政府，…:; 兰州市、白银市…人民政府，省政府有关部门…:; the cities by their
#: short names, 南宁、北海…、崇左市人民政府，…:): the bodies it is sent to, none of them its issuer.
_RE_ADDRESSEES = re.compile(r"(?m)^\s*(?:各|[\u4e00-\u9fff]{2,10}(?:市|州|县|区|盟|旗)?、)[^。！？\n]{2,200}[：:][ \t]*$")


def _opening_issuer_place(lead: str, level: str = "", provinces: frozenset = frozenset()) -> str:
    """The place of the first issuer named where a clause of ``lead`` starts (顺德区 of 近日，顺德区总工会召开…), or
    ``""``. 全国总工会 is passed over (a local report names it as a guest or an authority), and so are the
    speaker's own government (我代表市人民政府) and a development zone's issuer; with a ``level`` (市, the title's
    市总工会), so is a place of another level (湖南省总工会《…》下发后: the authority above). With ``provinces``
    (their names, 安徽省), a place ending in 省 is one of them (not 发布会围绕省 of …围绕省政府工作报告)."""
    for m in _RE_OPENING_ISSUER.finditer(lead):
        place = _without_verb(m.group("place"))  # 走进义乌市总工会…: the place is 义乌市
        if not place or _RE_LEVELS_UPSIDE_DOWN.search(place):
            continue  # 盐田区遵照市政府…: a district, then a verb, then the city above; no place's name
        if provinces and place.endswith("省") and place not in provinces:
            continue
        if _heads_a_title(place) and "委" not in place and not _OPENING_NOT_PLACE.search(place) \
                and place.endswith(level):
            return place
    return ""


def place_level(place: str, resources: Resources | None = None) -> str:
    """national, province, city, prefecture, district, county or township; ``""`` when the place says nothing.

    全国 is national; a provincial-level division of ``provinces.csv``
    (municipalities, autonomous regions and special administrative regions
    included) is a province; any other place goes by its suffix (省, 自治区 →
    province; 州, 盟, 地区 → prefecture; 市 → city; 区 → district; 县, 旗 →
    county).

    Parameters
    ----------
    place : str
        The place (:func:`find_place`).
    resources : Resources or None, default None
        The provinces; ``None`` means the project's.

    Returns
    -------
    str
        The level, or ``""``.

    Examples
    --------
    >>> [place_level(p) for p in ("全国", "江苏省", "北京市", "常州市", "武进区", "恩施土家族苗族自治州", "")]
    ['national', 'province', 'province', 'city', 'district', 'prefecture', '']
    """
    if place == _NATIONAL:
        return "national"
    for row in (resources or load_resources()).provinces:
        if place in (row["name"], row["short"]):
            return _LEVELS[row["level"]]
    for suffix, level in (("自治区", "province"), ("省", "province"), ("自治州", "prefecture"), ("州", "prefecture"),
                          ("盟", "prefecture"), ("地区", "prefecture"), ("市", "city"), ("区", "district"),
                          ("县", "county"), ("旗", "county"), ("街道", "township"), ("镇", "township"),
                          ("乡", "township")):
        if place.endswith(suffix):
            return level
    return ""


#: The opening's account of the meeting's business: 总结2020年工会工作，部署2021年工作任务 (a report to a meeting;
#: 回顾总结“十三五”期间和2020年…工作，研究部署2021年工作).
_RE_OPENING_SUMS_UP = re.compile(r"(?:总结|回顾)了?[^。；，,\d]{0,12}?((?:19|20)\d{2})\s*年[^。；]{0,30}?(?:(?:部署|安排|谋划|展望|讨论|研究|筹划)\s*((?:19|20)\d{2})\s*年"
                                 r"|对\s*((?:19|20)\d{2})\s*年[^。；]{0,12}?(?:部署|安排|谋划))")
#: The same told with the year summed up as the object before the verb (对2024年全旗工会工作进行总结，安排部署2025年…;
#: 对市妇联2020年工作进行了总结回顾，对2021年工作进行了安排部署).
_RE_OPENING_SUMS_UP_OBJECT = re.compile(r"对[^。；，,\d]{0,8}?((?:19|20)\d{2})\s*年[^。；]{0,24}?(?:进行|作)?了?(?:总结|回顾)[^。；]{0,16}?"
                                        r"(?:(?:部署|安排|谋划|展望)了?\s*((?:19|20)\d{2})\s*年"
                                        r"|对[^。；，,\d]{0,8}?((?:19|20)\d{2})\s*年[^。；]{0,16}?(?:部署|安排|谋划))")
#: The opening names the document by its year and genre (下面即为2009年工作计划, 现将2020年工作总结如下); not a
#: document it cites (《2020年工作要点》, “…要点”).
_RE_OPENING_OWN_GENRE = re.compile(r"(?<![《“])((?:19|20)\d{2})\s*年度?\s*(?:上半年|下半年)?\s*(?:工会)?(?:工作)?"
                                   r"(?:计划|要点|总结|安排)(?![^。，；]{0,3}[》”])")
#: A summary's opening line begins with the year it looks back on: 2021年，全市人社系统坚持…; a yearbook's entry
#: after its bracketed heading (【概况】2010年，九江市各级工会…).
_RE_OPENING_YEAR_LEAD = re.compile(r"^\s*(?:【[^】\n]{1,24}】\s*)?((?:19|20)\d{2})\s*年(?:度|以来|[上下]半年|前三季度|第?[一二三四]季度)?\s*[，,]")
#: An opening that names its year as the year it is about (2023年是全面贯彻落实党的二十大精神的开局之年。): any genre's.
_RE_OPENING_YEAR_IS = re.compile(r"^\s*((?:19|20)\d{2})\s*年是[^。；！？\n]{2,60}?之年")


#: A line of a text's first three that opens on looking back on a year (回首2024，…; 回望2023年，…), as a year-end review does.
_RE_LOOKS_BACK_ON_YEAR = re.compile(r"(?m)^[^\S\n]*(?:回首|回望|回眸)((?:19|20)\d{2})年?[，,]")


def _opening_own_year(opening: str, leaning: str | None) -> tuple[int | None, int | None]:
    """The year(s) an opening gives its own document: the year summed up and the one planned for
    (:func:`_summed_up_and_planned`; a news story's, ``leaning`` news, only the year planned), the year named with the document's genre (:data:`_RE_OPENING_OWN_GENRE`),
    the year it says it is about (:data:`_RE_OPENING_YEAR_IS`, 2023年是…开局之年), the year a review's first lines look
    back on (:data:`_RE_LOOKS_BACK_ON_YEAR`, 回首2024，…), or, for a genre that looks back
    (``leaning`` review) or none known (``""``), the year its first line of text (the first with a clause's punctuation)
    begins with; for a genre that plans, a news story, a report that reviews then plans or none known, the year its
    lead says the work will be done in (2020年，…将…).

    >>> _opening_own_year("这次会议的主要任务是，总结2020年工会工作，部署2021年工作任务。", "mixed")
    (2020, 2021)
    >>> _opening_own_year("日前，全委会议召开。总结了2022年工会工作，对2023年工作进行安排部署。", "news")
    (2023, 2023)
    >>> _opening_own_year("新的一年即将到来，下面即为2009年工作计划。", None), _opening_own_year("2021年，全市人社系统成绩显著。", "review")
    ((2009, 2009), (2021, 2021))
    >>> _opening_own_year("为落实《2021年工作要点》，现提出以下措施。", None), _opening_own_year("2021年，全市工会将…", "")
    ((None, None), (2021, 2021))
    >>> _opening_own_year("2021年，全市工会取得…", "mixed"), _opening_own_year("2021年，全市工会将…", "mixed")
    ((None, None), (2021, 2021))
    >>> _opening_own_year("2021年，全市工会将…", "plan"), _opening_own_year("2021年，全市工会取得…", "plan")
    ((2021, 2021), (None, None))
    >>> _opening_own_year("2023年是全面贯彻落实党的二十大精神的开局之年。全市工会…", None)
    (2023, 2023)
    >>> _opening_own_year("市科协科普工作总结\\n时间:2024-02-14\\n2011年,市科协在市委的领导下…", "review")
    (2011, 2011)
    >>> _opening_own_year("九江市总工会\\n【概况】2010年，九江市各级工会组织…", "review")
    (2010, 2010)
    """
    years = _summed_up_and_planned(opening)
    if years:  # …总结了2022年工会工作，对2023年工作进行安排部署: a report of both years; a meeting's story, of the
        return (years[1], years[1]) if leaning == "news" else years  # year it plans (as a report of its session)
    m = _RE_OPENING_OWN_GENRE.search(opening)
    if m:
        return int(m.group(1)), int(m.group(1))
    m = _RE_OPENING_YEAR_IS.match(opening)
    if m:
        return int(m.group(1)), int(m.group(1))
    m = _RE_LOOKS_BACK_ON_YEAR.search("\n".join(opening.split("\n", 3)[:3]))
    if m and leaning in ("review", "", None):
        return int(m.group(1)), int(m.group(1))  # 岁月更迭，四季轮回 / 回首2024，是乘风破浪…: the year a review looks back on
    m = _RE_OPENING_YEAR_LEAD.match(_first_text_line(opening.split("\n")))  # under the title and the page's lines
    if m and leaning in ("review", "record", "", None):  # (a text of no known genre: whether it reviews its year or
        return int(m.group(1)), int(m.group(1))  # plans it, the year its text opens on is the one it is about)
    m = _RE_PLAN_LEAD_YEAR.search(_first_text_line(opening.split("\n"), _PLAN_LEAD_LINES))
    if m and leaning in ("plan", "news", "mixed", "", None):
        return int(m.group(1)), int(m.group(1))  # 2020年，闵行区总工会将进一步…: the year a plan's lead says it will work in
        # (a story's lead on what will be done this year, 2025年，兴庆区将…; a report's on the year it plans)
    return None, None


#: A line of a plan's opening that opens on a year, perhaps after a news story's 本报讯 and its byline, and says in its
#: first clause what will be done then (本报讯（…记者…）2020年，闵行区总工会将进一步完善…; not 2020年，全区…取得…: a look
#: back at the year before).
_RE_PLAN_LEAD_YEAR = re.compile(r"(?m)^\s*(?:本报讯\s*(?:[（(][^）)\n]{0,30}[）)])?\s*)?((?:19|20)\d{2})\s*年\s*[，,]"
                                r"[^。！？\n，,]{0,30}?(?:将|要|计划|力争|拟|准备|着力)")
#: How many of an opening's first lines of text are read for it (a page's clutter may hold the first).
_PLAN_LEAD_LINES = 3


#: A year named in a news story's lead, not a date's (会议回顾总结了2021年…, 召开2022年度…大会; not 2023年1月19日); of a
#: span, its first (…三年行动方案(2023—2025年): 2023).
_RE_LEAD_YEAR = re.compile(r"((?:19|20)\d{2})\s*(?:[—\-–~至到]\s*(?:19|20)\d{2}\s*)?年(?!\s*\d{1,2}\s*月)")
#: Where a news story's year came from when its lead or page stamp gave it (:func:`_news_year`).
_NEWS_LEAD_YEAR = "year (from the news story's lead or its page's time stamp)"
#: A page's time stamp (更新时间:2023-11-23 23:38, 2012-01-10 01:50:21来源:).
_RE_TIME_STAMP = re.compile(r"(?<!\d)((?:19|20)\d{2})([-/])\d{1,2}\2\d{1,2}(?!\d)"  # 2023-11-23, 2008/5/29
                            r"|(?<![\d.])\d{1,2}\.\d{1,2}\.((?:19|20)\d{2})\s+\d{1,2}:\d{2}"  # the year last (05.02.2023  12:43)
                            # a stamp's label and a date in words (日期:2022年01月24日   作者:   来源:…)
                            r"|^\s*(?:发布|上传|更新|发表|刊发)?(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月")
#: A news story's lead is read for its year this far (its first sentence or two).
NEWS_LEAD_YEAR_CHARS = 200


def _first_text_line(lines: list[str], count: int = 1) -> str:
    """The first of ``lines`` with a clause's punctuation (the text under a title and a page's lines), or ``""``; with
    ``count``, the first that many such lines, joined by line breaks."""
    return "\n".join([line for line in lines if _RE_SENTENCE.search(line)][:count])


#: What opens a news story's lead before its first clause: a wire's or site's dateline with the reporters
#: (2月19日讯(记者 谷雨)), the day and the time of day (3月20日上午，), or a word for when (日前，今天上午，).
_RE_LEAD_OPENING = re.compile(
    r"^(?:[^，。；：\n]{0,20}?\d{1,2}日(?:讯|电)\s*(?:[（(][^）)\n]{0,30}[）)])?\s*)?"
    r"(?:(?:\d{1,2}月)?\d{1,2}日(?:[至到—\-]\d{1,2}日)?|日前|近日|昨日|昨天|今天|今日)?(?:上午|下午|晚上?|早上)?[，,]?\s*")


def _lead_headline(text: str) -> str:
    """A news story's headline told by its lead, for a page that lost the headline line: the lead's first clause
    after its dateline and its day (12月6日，弋阳工会第十四次代表大会召开。; 2月19日讯(记者 谷雨)今天上午，济宁市总工会召开
    第十六届委员会第七次全体会议。), when that clause is a meeting's headline (:data:`_RE_NEWS_HEADLINE`: …召开…会议,
    …大会隆重开幕), as a paper's lead restates its headline; ``""`` when it is not.

    >>> _lead_headline("3月20日，滕州市工会第十七次代表大会隆重开幕。市领导出席会议。")
    '滕州市工会第十七次代表大会隆重开幕'
    >>> _lead_headline("近日，市总工会走访慰问困难职工120户。")
    ''
    """
    lead = _first_text_line([line.strip() for line in text.split("\n")[:TITLE_WINDOW]])
    clause = re.split(r"[，,。；！？]", lead[_RE_LEAD_OPENING.match(lead).end():], maxsplit=1)[0].strip()
    return clause if 6 <= len(clause) <= HEADLINE_MAX and _RE_NEWS_HEADLINE.match(clause) else ""


def _summed_up_and_planned(opening: str) -> tuple[int, int] | None:
    """The year an opening says is summed up and the year it says is planned for (总结了2022年工会工作，对2023年工作
    进行安排部署: (2022, 2023)), the same year or the next; else None.

    >>> _summed_up_and_planned("会议总结2015年工作成绩，安排部署2016年工作任务。"), _summed_up_and_planned("总结2020年工作。")
    ((2015, 2016), None)
    >>> _summed_up_and_planned("会议对2024年全旗工会工作进行总结，安排部署2025年工会发展思路和目标任务。")
    (2024, 2025)
    >>> _summed_up_and_planned("回顾总结“十三五”期间和2020年全省工会工作，研究部署2021年工作。")
    (2020, 2021)
    >>> _summed_up_and_planned("会议对市妇联2020年工作进行了总结回顾，对2021年工作进行了安排部署。")
    (2020, 2021)
    >>> _summed_up_and_planned("省长向大会作政府工作报告，回顾2023年工作，安排2024年工作。")
    (2023, 2024)
    """
    m = _RE_OPENING_SUMS_UP.search(opening)
    years = (int(m.group(1)), int(m.group(2) or m.group(3))) if m else None
    if not m and (m := _RE_OPENING_SUMS_UP_OBJECT.search(opening)):
        years = int(m.group(1)), int(m.group(2) or m.group(3))  # 对2024年全旗工会工作进行总结，安排部署2025年…
    return years if years and years[0] <= years[1] <= years[0] + 1 else None


def _news_year(text: str, removed: list[str]) -> int | None:
    """The year a news story is about: the year planned where its lead tells of a meeting that summed up one year
    and planned the next (held early in that year or at the end of the one before; a labeller dates it by the
    plan, as a government work report by its session), else the first year its lead names that is not a date's (召开2021年度…),
    read in the first :data:`NEWS_LEAD_YEAR_CHARS` characters of its first line of text (a later line may tell of
    the past: 该区2001年提出…); else the year of
    the page's time stamp near the top (更新时间:2023-11-23), in the text or in the page lines removed from it; else
    the year of the full date near its lead's start (:func:`_lead_date_year`).

    >>> _news_year("1月18日上午，市总工会全委会议召开，会议回顾总结了2021年工作，部署2022年任务。", [])
    2022
    >>> _news_year("来源:昭阳信息网 更新时间:2023-11-23 23:38\\n11月23日，区总工会召开全会。", [])
    2023
    """
    lines = text.split("\n")
    lead = _first_text_line(lines)[:NEWS_LEAD_YEAR_CHARS]
    m = next((y for y in _RE_LEAD_YEAR.finditer(lead) if not _RE_HORIZON_AFTER.match(lead, y.end())), None)
    if m and (years := _summed_up_and_planned(lead)):
        return years[1]  # 会议回顾总结了2021年工作，部署2022年任务: a story of the plan it reports, as a report is
    if m and (reviewed := _RE_REPORT_REVIEWS_YEAR.search(lead)) and reviewed.start(1) == m.start(1):
        return int(m.group(1)) + 1  # …作政府工作报告时称，2024年，西藏地区生产总值增长6.3%: the session of the year after
    return int(m.group(1)) if m else _stamp_year(text, removed) or _lead_date_year(text)  # else the day of its event
    # (为…，2024年12月31日，昭苏县总工会开展送温暖慰问活动, round 203: no other year, no stamp)


#: What follows a year that is a far horizon, not the story's (未来5年江苏会是什么样?2035年又有哪些远景可期?, round 196).
_RE_HORIZON_AFTER = re.compile(r"[^，。；！？,;!?]{0,6}?(?:远景|愿景)")
#: A report told in a story's lead, then the year it looks back on opening what it says (…向大会作政府工作报告时称，2024年，
#: 西藏地区生产总值增长6.3%, round 195; 报告显示，2023年…): a report delivered the year after, dated by its session as a
#: labeller dates it; not a year of what is to be done (报告指出，2025年将…, 2025年主要预期目标…).
_RE_REPORT_REVIEWS_YEAR = re.compile(r"报告(?:时)?(?:称|指出|表示|说|显示)[，,：:]\s*((?:19|20)\d{2})\s*年[，,]"
                                     r"(?![^。！？]{0,60}?(?:将|目标|预期|力争|计划|要))")


#: A full date opening a news story's lead, or close to its start (2024年1月29日下午，…; …讯 2024年1月16日—17日，…).
_RE_LEAD_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
#: How far into a lead its full date is looked for.
_LEAD_DATE_CHARS = 60


def _lead_date_year(text: str) -> int | None:
    """The year of the full date near the start of a news story's lead (its first line of text), or ``None``.

    >>> _lead_date_year("为推动工作，2024年1月29日下午，新区总工会组织召开了2023年度述职评议会议。")
    2024
    """
    m = _RE_LEAD_DATE.search(_first_text_line(text.split("\n"))[:_LEAD_DATE_CHARS])
    return int(m.group(1)) if m else None


#: A deadline set ahead (将…在2019年底前建成, 将于2020年前完成, 将…到2025年末): 将, then within its clause-run the year a thing
#: is to be done by; not with a word between that tells it was done (:data:`_RE_DONE_BETWEEN`), nor in a sentence that
#: retells an old plan before it (:data:`_RE_OLD_PLAN_BEFORE`: 2019年省里提出将在2020年底前…, in a later story).
_RE_DEADLINE_AHEAD = re.compile(r"(?<![原曾出])将(?P<between>[^。！？；\n]{0,40}?)(?:在|于|到)((?:19|20)\d{2})\s*年(?:底|末|年底)?(?:前|以前)")
_RE_DONE_BETWEEN = re.compile(r"已|了")
_RE_OLD_PLAN_BEFORE = re.compile(r"原|曾|当时|提出")


def _earliest_deadline_ahead(text: str) -> int | None:
    """The earliest year a news story sets a deadline ahead for (:data:`_RE_DEADLINE_AHEAD`), or ``None``: a story is told
    no later than that year, whatever its page's stamp says (a story of 2019 reposted in 2020).

    >>> _earliest_deadline_ahead("各级工会将与银行对接，在2019年底前建成驿站130个，在2020年底前再建成140个。")
    2019
    >>> _earliest_deadline_ahead("2019年，省里提出将在2020年底前建成驿站。") is None
    True
    """
    years = [int(m.group(2)) for m in _RE_DEADLINE_AHEAD.finditer(text)
             if not _RE_DONE_BETWEEN.search(m.group("between"))
             and not _RE_OLD_PLAN_BEFORE.search(text, bounded_sentence_start(text, m.start(), _DEADLINE_SENTENCE_REACH,
                                                                             "。！？\n"), m.start())]
    return min(years, default=None)


#: How far back the sentence of a deadline is read for an old plan retold (:func:`_earliest_deadline_ahead`).
_DEADLINE_SENTENCE_REACH = 100


def _stamp_year(text: str, removed: list[str]) -> int | None:
    """The year of a page's time stamp near the top (更新时间:2023-11-23), in the text or in the page lines removed
    from it; None when there is none."""
    for line in text.split("\n")[:TITLE_WINDOW] + removed[:_HEAD_LINES_REMOVED]:
        m = _RE_TIME_STAMP.search(line)
        if m:
            return int(next(g for g in m.groups() if g))
    return None


def _opening_span(opening: str) -> tuple[int | None, int | None]:
    """The first span of years the opening names as the plan's own (:data:`_RE_OPENING_SPAN`): (first, last),
    (first, first) for 2012年起, or (None, None).

    >>> _opening_span("1.目标。2012年起5年内，大力实施…"), _opening_span("到2015年，2012～2015年新增…")
    ((2012, 2012), (2012, 2015))
    """
    for m in _RE_OPENING_SPAN.finditer(opening):
        if m.group(3):
            return int(m.group(3)), int(m.group(3))
        first, last = int(m.group(1)), int(m.group(2))
        if first <= last <= first + PLAN_SPAN_MAX:  # not 1950年到1997年: an era looked back on
            return first, last
    return None, None


#: A place written under the places above it (山东省滨州市, 驻马店市驿城区, 大理白族自治州祥云县): the lowest has a name of
#: at least two characters before its suffix (not 汕尾市城区, whose 城区 needs its city), and opens on no suffix's
#: character (郑州市金水区: not 郑州 + 市金水区).
_RE_NESTED_PLACE = re.compile(rf"(?P<upper>(?:{_PLACE}){{1,3}}?)(?![省市区县州旗盟])(?P<lowest>[{HAN}]{{2,10}}?{_PLACE_SUFFIX})")


def lowest_place(place: str) -> tuple[str, str]:
    """The lowest place of one written under the places above it, and the highest of those above (``""`` when the
    place is one): the document is of the county, not of its city and province.

    >>> lowest_place("山东省滨州市"), lowest_place("驻马店市驿城区"), lowest_place("汕尾市城区"), lowest_place("常州市")
    (('滨州市', '山东省'), ('驿城区', '驻马店市'), ('汕尾市城区', ''), ('常州市', ''))
    """
    m = _RE_NESTED_PLACE.fullmatch(place)
    if not m:
        return place, ""
    top = re.match(_PLACE, m.group("upper"))
    return m.group("lowest"), top.group(0) if top else ""


def _under_its_province(place: str, resources: Resources) -> tuple[str, str]:
    """A place written after its province's short name with no 省 (河北唐山市, 西藏拉萨市, 青海海西州): the place and the
    province's full name; else the place and ``""`` (吉林市, 海南藏族自治州: no place follows the short name).

    >>> _under_its_province("河北唐山市", load_resources()), _under_its_province("吉林市", load_resources())
    (('唐山市', '河北省'), ('吉林市', ''))
    """
    for row in resources.provinces:
        rest = place[len(row["short"]):]
        if place.startswith(row["short"]) and place != row["name"] and (
                rest in resources.division_names or rest in resources.prefecture_short_forms.values()):
            return rest, row["name"]
    return place, ""


def province_name(place: str, resources: Resources | None = None) -> str:
    """A provincial-level place by its short name, as ``provinces.csv`` and the metadata rows give the
    province (山东省 → 山东, 广西壮族自治区 → 广西); another place as it is.

    >>> province_name("山东省"), province_name("北京市"), province_name("山东"), province_name("常州市")
    ('山东', '北京', '山东', '常州市')
    """
    for row in (resources or load_resources()).provinces:
        if place in (row["name"], row["short"]):
            return row["short"]
    return place


def _issuing_body(title: str, opening: str, place: str) -> str:
    """The issuer named at the start of the title (常州市总工会), or the speaker's body (国务院)."""
    m = _RE_ISSUER_TITLE.search(title)
    if m and not _own_area(m.group("body")[:2]):
        body = m.group("body")
        bare = re.match(rf"{_PLACE_SUFFIX}{_ISSUER}$", body)  # 区总工会 in 鄂城区's plan
        return (f"{place}{body[1:]}" if place and place != _NATIONAL else "") if bare else body
    m = _RE_SPEAKER_BODY.search(opening)
    if not m:
        return "国务院" if place == _NATIONAL and "国务院" in opening else ""
    body = m.group("body")
    if place and place != _NATIONAL and re.fullmatch(rf"{_PLACE_SUFFIX}?人民政府", body):
        return f"{place}人民政府"  # 我代表省人民政府 in 江苏省's report
    return body


#: Genres no title is made for: an unknown one, and a news report (its headline is its title, or it has none).
_UNTITLED_GENRES = ("unknown", "news_report")


#: A title line that is only a genre's name (政府工作报告, 工作要点): the year and place are put before it.
_RE_BARE_GENRE = re.compile(r"(?:政府)?工作(?:报告|要点|计划|总结|安排|思路)")


def _made_title(year: int | None, place: str, doc_type: str, resources: Resources, last: int | None = None) -> str:
    """A title for a text without one: 1954年政府工作报告, 2026年江苏省政府工作报告, 2016—2020年湛江市发展规划 (``last``, the
    plan's last year)."""
    label = resources.doc_type_labels.get(doc_type, {}).get("zh", "")
    if doc_type in _UNTITLED_GENRES or not label:
        return ""
    years = f"{year}—{last}年" if year and last and last != year else f"{year}年" if year else ""
    return f"{years}{'' if place in ('', _NATIONAL) else place}{label}"


def infer_metadata(text: str, filename: str, resources: Resources | None = None) -> dict:
    """Infer what metadata the text and its file name tell: title, place, level, years, genre, issuer.

    Used for documents without a row in ``metadata.csv``; see the module
    docstring for where each field comes from. A long text is read only at
    its head and tail, converted to Simplified characters. When no title line
    is found, one is made from year, place and genre (1954年政府工作报告).

    Parameters
    ----------
    text : str
        The document's text (decoded, not yet cleaned).
    filename : str
        The file's name.
    resources : Resources or None, default None
        The resource files; ``None`` means the project's.

    Returns
    -------
    dict
        ``doc_id``, ``title``, ``place``, ``place_en`` (:func:`english_place`),
        ``level``, ``province`` (the place's short name
        when it is a province, :func:`province_name`, else ``""``), ``year_start``, ``year_end``
        (int or None), ``period`` (``"2021"``, ``"2021-2023"`` or ``""``),
        ``doc_type``, ``issuing_body``, ``inferred`` (what was inferred,
        separated by ``"; "``; ``title (made)`` or ``title (none found)`` when
        there was no title line, ``title (year and place added)`` when the title
        line is a genre's name alone, 政府工作报告) and ``provenance``.

    Examples
    --------
    >>> m = infer_metadata("\\n南京市总工会2021年工作要点\\n一、……", "x.txt")
    >>> m["doc_id"], m["title"], m["place"], m["year_start"], m["doc_type"], m["level"]
    ('nanjing-2021', '南京市总工会2021年工作要点', '南京市', 2021, 'work_points', 'city')
    >>> m = infer_metadata("各位代表：\\n现在，我代表国务院，向大会作政府工作报告。", "gwr_1954.txt")
    >>> m["doc_id"], m["title"], m["issuing_body"], m["inferred"]
    ('national-1954', '1954年政府工作报告', '国务院', 'doc_id; title (made); doc_type; year; period; place (from the opening); place_en; level; issuing_body')
    """
    resources = resources or load_resources()
    whole = text
    text = simplified(text[:_HEAD_CHARS]) + "\n" + simplified(text[-_TAIL_CHARS:]) if len(text) > _HEAD_CHARS + _TAIL_CHARS \
        else simplified(text)
    text = without_lost_indents(half_width(text))  # 常州市总工会２０２０年工作要点, ????一、综合: read as the cleaned text will be
    page = text = _RE_SPLIT_STAMP.sub(r"\1/\2 \3", without_pinyin_notes(text)[0], count=1)  # 现(xiàn)将《…》: read
    # as the cleaned text will be; a page's stamp laid out a part a line (2024 / 01/26 / 10:49) read as one
    text, removed, _ = remove_web_clutter(text, resources)  # the opening is the document's, not its page's (江苏省…)
    title = _title_of(page, text, resources)  # as find_title(page) reads it, without removing the clutter again
    opening = text[:OPENING_CHARS]
    delivered = None if title else _RE_DELIVERS_REPORT.search(opening)
    if delivered and find_doc_type("", opening, resources) not in (
            "unknown", find_doc_type(delivered.group("title"), "", resources)):
        delivered = None  # 我代表国务院…作关于…纲要的执行情况…的报告: the opening tells another genre, whose title is made
    if delivered:
        title = delivered.group("title")  # 受市政府委托，我向大会作关于…执行情况与2025年计划草案的报告: its own name
    bylines = "\n".join(line for line in removed[:_HEAD_LINES_REMOVED] if _RE_REPORTER.search(line))
    year_start, year_end = find_years(title, filename, text)
    year_source = "year"
    if year_start is None:
        year_start = year_end = plan_heading_year(whole)
        year_source = "year (from a heading)"
    if year_start is None:
        planned = [int(next(g for g in m.groups() if g)) for m in _RE_OPENING_PLAN_YEAR.finditer(opening)]
        year_start = year_end = max(planned) if planned else None
        year_source = "year (from the plan the opening names)"
    doc_type = find_doc_type(title, f"{bylines}\n{opening}" if bylines else opening, resources)  # □本报记者 沈雯: news
    if doc_type == "unknown" and not _RE_TRANSMITS.search(opening) \
            and (title and _over_a_page_stamp(page, title) or not title and _opens_on_a_stamp(page)):
        doc_type = "news_report"  # 宝山区兵分多路送去“娘家人”的温暖 / 2018-3-1 10:23:50发布: a headline over its page's stamp;
        # 来源: 时间:2018-05-04 13:30 / 会上，…: a site's story whose headline the page lost, under its stamp
    yearbook = not _names_a_genre(title, resources) and (any(
        _RE_YEARBOOK.search(line) for line in removed[:_HEAD_LINES_REMOVED] + page.split("\n", 3)[:3])
        or bool(_RE_YEARBOOK_ENTRY.search(opening)))
    if yearbook and doc_type in ("news_report", "unknown", "work_summary"):
        doc_type = "work_summary"  # 首页 > 新会区库 > 志书年鉴 over 工会基层组织建设: a yearbook's entry reviews its year,
        volume = _RE_YEARBOOK_VOLUME.search("\n".join(removed[:_HEAD_LINES_REMOVED] + page.split("\n", 6)[:6]))
        if volume and find_years(title, filename, "") == (None, None):  # the year before its volume's (2015卷保定年鉴:
            year_start = year_end = int(volume.group(1)) - 1  # 2014), whatever its page's stamp or its text's years say
            year_source = "year (the year before its yearbook's volume)"
    if year_start is None and resources.doc_type_leanings.get(doc_type) == "mixed":
        reviewed = review_heading_year(whole)  # 一、过去四年及2021年工作回顾: a report given early in 2022
        year_start = year_end = reviewed + 1 if reviewed else None
        year_source = "year (after the year its review heading names)"
    if year_start is None:
        year_start, year_end = _opening_own_year(opening, resources.doc_type_leanings.get(doc_type))
        year_source = "year (from the opening)"
    if year_start is None and doc_type == "news_report":  # before a span of years: one a story names is as
        # often a past one (获评…2017—2022年…成绩突出集体 in a story of 2023) as the plan it reports
        year_start = year_end = _news_year(text[len(title):] if text.startswith(title) else text, removed)
        year_source = _NEWS_LEAD_YEAR
    if doc_type == "news_report" and year_start is not None and (held := _lead_date_year(text)) and held > year_start:
        year_start = year_end = held  # 2024年1月29日下午，…召开了2023年度…述职评议会议: the event's year, after the year
        year_source = "year (the day of the news story's event)"  # its name carries (a labeller dates the story so)
    elif doc_type == "news_report" and year_source in ("year (from the opening)", "year", _NEWS_LEAD_YEAR) \
            and (stamped := _stamp_year(text, removed)) and (
            year_source == "year (from the opening)" and stamped > year_start
            # a page stamped the year after the one its headline or lead names (杭州园林2017年度工会工作总结会议顺利召开
            # on a page of 2018; …召开…全委会议，总结2023年工作 stamped 2024): a story of the year before told in the
            # next, dated as the labellers date it, by when it is told (on the kept rounds 20 such pages dated so, 7 not)
            or year_source in ("year", _NEWS_LEAD_YEAR) and year_end is not None and stamped == year_end + 1
            # a span its headline names (“十四五”规划主要目标基本实现 on a page stamped 2025, round 161): the story's
            # year within it, as a labeller dates a story
            or year_source == "year" and year_end is not None and year_start < stamped <= year_end
            and find_years(title, "", "")[0] == year_start):
        year_start = year_end = stamped  # 2023-03-29 13:48 / 3月28日下午，…座谈会 … 2022年度总结表彰暨2023年度动员部署会上的
        year_source = "year (from the news story's page stamp)"  # 讲话: a year a later sentence names, not the story's
    if doc_type == "news_report" and year_start is not None and year_start == year_end \
            and (deadline := _earliest_deadline_ahead(text)) is not None and deadline < year_start:
        year_start = year_end = deadline  # 将…在2019年底前建成…130个 on a page stamped 2020: a story told no later than the
        year_source = "year (the earliest deadline the story sets ahead)"  # deadline it sets, reposted later
    if year_start is None and resources.doc_type_leanings.get(doc_type) not in ("review", "record", "mixed"):
        year_start, year_end = _opening_span(opening)  # (a report's or summary's opening looks back)
        year_source = "year (from a span the opening names)"
    if year_start is None and resources.doc_type_leanings.get(doc_type) == "plan" \
            and (numbered := _RE_DOCUMENT_NUMBER_YEAR.search(opening)):
        year_start = year_end = int(numbered.group(1))  # 国发〔2023〕16号 under a plan's or an opinion's title: the year
        year_source = "year (from its document number)"  # it was issued, which it plans for
    if resources.doc_type_leanings.get(doc_type) == "record" and year_source == "year" and year_start is not None \
            and find_years(title, filename, "") == (None, None):  # a communiqué's date line: the day it was released,
        year_start, year_end = year_start - 1, year_end - 1  # early in the year after the one it reports on
        year_source = "year (the year before its release date)"
    place, place_source = find_place(title, text, filename, resources, page=page)
    place, above = lowest_place(place)  # 山东省滨州市: 滨州市, in 山东
    if not above:
        place, above = _under_its_province(place, resources)  # 河北唐山市: 唐山市, in 河北省
    issuing_body = _issuing_body(title, opening, place)  # before the title is made or completed
    inferred = ["doc_id", "title (the report the opening delivers)" if delivered else "title", "doc_type"]
    if not title and doc_type == "news_report" and (title := _lead_headline(text)):
        inferred[1] = "title (from the news story's lead)"
    elif not title:
        title = _made_title(year_start, place, doc_type, resources, year_end)
        inferred[1] = "title (made)" if title else "title (none found)"
    elif _RE_BARE_GENRE.fullmatch(title) and year_start:  # 政府工作报告 alone: one of many alike in a table
        title = f"{year_start}年{'' if place == _NATIONAL else place}{title}"
        inferred[1] = "title (year and place added)"
    level = place_level(place, resources)
    province = (province_name(place, resources) if level == "province"
                else province_name(above, resources) if place_level(above, resources) == "province"
                else province_name(resources.province_of_division.get(place, ""), resources))  # 姑苏区: 江苏
    inferred += ([year_source, "period"] if year_start else []) + (
        [f"place (from the {place_source})", "place_en", "level"] if place else []) + (
        ["province"] if province else []) + (["issuing_body"] if issuing_body else [])
    return {
        "doc_id": derive_doc_id(place, year_start, year_end, filename, resources),
        "title": title,
        "place": place,
        "place_en": english_place(place, resources),
        "level": level,
        "province": province,
        "year_start": year_start,
        "year_end": year_end,
        "period": "" if year_start is None else (
            str(year_start) if year_end == year_start else f"{year_start}-{year_end}"
        ),
        "doc_type": doc_type,
        "issuing_body": issuing_body,
        "inferred": "; ".join(inferred),
        "provenance": "no row in metadata.csv; metadata inferred from the text and the file name",
    }
