#!/usr/bin/env python3
"""Mine the statistics the person recogniser reads from the annotated dev data.

Writes, into dictionaries/:

  surnames.txt                single and compound surnames with a log-likelihood ratio
  given_name_chars.txt        per-character log-likelihood ratios by given-name position
  transliteration_chars.txt   per-character log-likelihood ratios for transliterated names
  name_context.txt            characters and character pairs seen right before / after names
  not_names.txt               frequent strings shaped like names that the data never tags as one

Only statistics and general vocabulary come out: per-character ratios, surnames, context n-grams that
do not overlap any name, and frequent non-name strings. No person name of the corpus is written, and
name-role counts are taken over distinct names (types), so one person mentioned a hundred times counts
once and no statistic rests on a single name.

Learning uses pd1998_dev.jsonl from line --pd-skip+1 on and cluener_train.jsonl from line
--cluener-skip+1 on (the first lines of each are held out for scoring). CLUENER does not split names into
surname and given name; a Han name of two or three characters starting with a common surname is read so.

    python3 tools/mine_person_stats.py [--dev ../shared/eval/dev] [--out dictionaries]
"""
import argparse
import collections
import json
import math
import os

# Person names jieba's dictionary tags as something else (周恩来 as a time word, t): not
# ordinary words, whatever the tag says.
MISTAGGED_NAMES = {"周恩来"}

# A dictionary word annotated as a name at least NAME_MIN times, in at least NAME_SHARE of its
# occurrences in the learning text, is left out of the common words.
NAME_MIN = 2
NAME_SHARE = 0.6

# A word jieba's dictionary tags as a name, seen at least ORDINARY_MIN times outside names in the learning
# text and inside one (or as one) in at most ORDINARY_SHARE of its occurrences, is an ordinary word (陈述/nr).
ORDINARY_MIN = 3
ORDINARY_SHARE = 0.1

# Common Chinese surnames: general knowledge, so that a surname the learning text happens not to show is
# still a candidate. Learned counts decide how strong each one is.
COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤屈常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦"
    "褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘"
    "池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆"
    "朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭"
    "况那宿鲜印逯隆茹诸战慕危玉银亢嵩帖蔚冶郦贡"
    # Rarer surnames of the traditional lists, each written mostly as a surname.
    "钮嵇荀糜宓郗戎韶鄂濮寿习庾衡步訾巢蒯竺桓昝贲邴隗蓟逄璩郏殳丘回湛茅贝莘暴钭宦庹居檀綦仉蹇雒笪厍缑琚禚酆"
    "眭羿沐汲乜毋夔郇谯佴骞税束禤芈戢幸籍旷汝言姒弓禄"
)
COMPOUND_SURNAMES = (
    "欧阳 司马 诸葛 上官 司徒 东方 皇甫 夏侯 慕容 令狐 尉迟 公孙 长孙 宇文 端木 南宫 独孤 西门 轩辕 百里 呼延 "
    "澹台 公冶 太史 申屠 濮阳 万俟 闻人 赫连 钟离 宗政 仲孙 东郭 拓跋 左丘 第五 梁丘 司空 单于 "
    "贺兰 闾丘 亓官 鲜于 乐正 公羊 谷梁 段干 羊舌 巫马 漆雕 斛律 淳于 公西 微生 壤驷 公良 夹谷 宰父"
).split()

# Loanwords written in transliteration characters that jieba-rs's dictionary tags as names
# (马拉松/nr): general vocabulary, no names.
LOANWORDS = "马拉松 马卡龙 马赛克 巧克力 比基尼 凡士林 迪斯科 麦克风".split()

# A person's place in a photograph, written in brackets after the name (王明（左一）): 左 and 右
# are surnames, but these are positions.
PHOTO_POSITIONS = "左一 左二 左三 左四 左五 右一 右二 右三 右四 右五".split()

# Countries, regions and big cities written phonetically: general vocabulary, so that a run of
# transliteration characters naming a place is not read as a person.
WORLD_PLACES = """
阿富汗 阿尔巴尼亚 阿尔及利亚 安道尔 安哥拉 安提瓜 阿根廷 亚美尼亚 澳大利亚 奥地利 阿塞拜疆 巴哈马 巴林 孟加拉 孟加拉国
巴巴多斯 白俄罗斯 比利时 伯利兹 贝宁 不丹 玻利维亚 波斯尼亚 波黑 博茨瓦纳 巴西 文莱 保加利亚 布基纳法索 布隆迪 柬埔寨
喀麦隆 加拿大 佛得角 乍得 智利 哥伦比亚 科摩罗 刚果 哥斯达黎加 科特迪瓦 克罗地亚 古巴 塞浦路斯 捷克 丹麦 吉布提 多米尼加
多米尼克 厄瓜多尔 埃及 萨尔瓦多 厄立特里亚 爱沙尼亚 埃塞俄比亚 斐济 芬兰 法国 加蓬 冈比亚 格鲁吉亚 德国 加纳 希腊
格林纳达 危地马拉 几内亚 圭亚那 海地 洪都拉斯 匈牙利 冰岛 印度 印尼 印度尼西亚 伊朗 伊拉克 爱尔兰 以色列 意大利 牙买加
日本 约旦 哈萨克斯坦 肯尼亚 基里巴斯 朝鲜 韩国 科威特 吉尔吉斯斯坦 吉尔吉斯 老挝 拉脱维亚 黎巴嫩 莱索托 利比里亚 利比亚
列支敦士登 立陶宛 卢森堡 马达加斯加 马拉维 马来西亚 马尔代夫 马里 马耳他 毛里塔尼亚 毛里求斯 墨西哥 密克罗尼西亚 摩尔多瓦
摩纳哥 蒙古 黑山 摩洛哥 莫桑比克 缅甸 纳米比亚 瑙鲁 尼泊尔 荷兰 新西兰 尼加拉瓜 尼日尔 尼日利亚 挪威 阿曼 巴基斯坦 帕劳
巴勒斯坦 巴拿马 巴布亚新几内亚 巴拉圭 秘鲁 菲律宾 波兰 葡萄牙 卡塔尔 罗马尼亚 俄罗斯 卢旺达 萨摩亚 圣马力诺 沙特 沙特阿拉伯
塞内加尔 塞尔维亚 塞舌尔 塞拉利昂 新加坡 斯洛伐克 斯洛文尼亚 索马里 南非 西班牙 斯里兰卡 苏丹 苏里南 斯威士兰 瑞典 瑞士
叙利亚 塔吉克斯坦 坦桑尼亚 泰国 多哥 汤加 特立尼达 多巴哥 突尼斯 土耳其 土库曼斯坦 图瓦卢 乌干达 乌克兰 阿联酋 英国 美国
乌拉圭 乌兹别克斯坦 瓦努阿图 梵蒂冈 委内瑞拉 越南 也门 赞比亚 津巴布韦 南斯拉夫 苏联 前苏联 欧盟 欧洲 亚洲 非洲 美洲 拉美
大洋洲 北美 南美 中东 东欧 西欧 北欧 南欧 中亚 巴尔干 高加索 加勒比 斯堪的纳维亚 西伯利亚 阿拉伯 波斯湾 车臣 科索沃
华盛顿 纽约 洛杉矶 芝加哥 旧金山 波士顿 费城 休斯敦 西雅图 迈阿密 底特律 亚特兰大 丹佛 拉斯维加斯 伦敦 巴黎 柏林 罗马 马德里
莫斯科 东京 大阪 汉城 首尔 曼谷 河内 胡志明市 金边 万象 仰光 达卡 新德里 孟买 加尔各答 卡拉奇 伊斯兰堡 喀布尔 德黑兰 巴格达
大马士革 贝鲁特 安曼 耶路撒冷 特拉维夫 开罗 利雅得 科伦坡 加德满都 吉隆坡 雅加达 马尼拉 悉尼 墨尔本 堪培拉 惠灵顿 渥太华
多伦多 温哥华 蒙特利尔 墨西哥城 哈瓦那 巴西利亚 圣保罗 里约热内卢 布宜诺斯艾利斯 圣地亚哥 利马 波哥大 加拉加斯 基辅 明斯克
华沙 布拉格 维也纳 布达佩斯 布加勒斯特 索非亚 贝尔格莱德 雅典 伊斯坦布尔 安卡拉 日内瓦 苏黎世 伯尔尼 布鲁塞尔 阿姆斯特丹
海牙 哥本哈根 斯德哥尔摩 奥斯陆 赫尔辛基 里斯本 都柏林 爱丁堡 曼彻斯特 利物浦 米兰 威尼斯 佛罗伦萨 那不勒斯 慕尼黑 汉堡
法兰克福 科隆 波恩 马赛 里昂 巴塞罗那 瓦伦西亚 内罗毕 拉各斯 约翰内斯堡 开普敦 比勒陀利亚 阿尔及尔 突尼斯城 达喀尔
喀土穆 亚的斯亚贝巴 阿拉木图 塔什干 比什凯克 杜尚别 阿什哈巴德 巴库 第比利斯 埃里温 乌兰巴托 平壤 唐宁街 白宫 克里姆林宫
""".split()

SENTENCE_END = set("。！？；;!?…\n")
BOS, EOS = "^", "$"


def half_width(ch):
    """The normalisation the extractor applies before recognition (full-width ASCII → half-width)."""
    o = ord(ch)
    if 0xFF01 <= o <= 0xFF5E:
        return chr(o - 0xFEE0)
    if o == 0x3000:
        return " "
    return ch


def is_han(ch):
    o = ord(ch)
    return 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F


def load(path, skip):
    out = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < skip or not line.strip():
                continue
            r = json.loads(line)
            text = "".join(half_width(c) for c in r["text"])
            persons = [e for e in r.get("entities", []) if e["type"] == "person"]
            ORG_TEXTS.update(text[e["start"]:e["end"]] for e in r.get("entities", []) if e["type"] == "org")
            out.append((text, persons))
    return out


# Every string the learning data annotates as an organisation: never listed as a not-name,
# so that no organisation name of the data is copied into the dictionaries.
ORG_TEXTS = set()


def sentence_bounds(text):
    """Start and end of the sentence around every position, like the extractor's sentence split."""
    starts, ends = [0] * len(text), [len(text)] * len(text)
    s = 0
    for i, c in enumerate(text):
        starts[i] = s
        if c in SENTENCE_END:
            for j in range(s, i + 1):
                ends[j] = i + 1
            s = i + 1
    for j in range(s, len(text)):
        ends[j] = len(text)
    return starts, ends


def cluener_parts(name, surnames):
    """CLUENER does not split names: a two- to four-character Han name starting with a common surname is
    read as surname + given name; any other Han name as one part (transliterated or a pen name)."""
    if not all(is_han(c) for c in name):
        return [name] if any(is_han(c) for c in name) and "·" in name else []
    if name[:2] in COMPOUND_SURNAMES and 3 <= len(name) <= 4:
        return [name[:2], name[2:]]
    if name[0] in surnames and 2 <= len(name) <= 3:
        return [name[0], name[1:]]
    return [name]


def llr(n_role, total_role, n_bg, total_bg, vocab, lam=1.0, lo=-8.0, hi=8.0):
    """Smoothed log-likelihood ratio ln P(c | role) − ln P(c | background), clipped."""
    p_role = (n_role + lam) / (total_role + lam * vocab)
    p_bg = (n_bg + lam) / (total_bg + lam * vocab)
    return max(lo, min(hi, math.log(p_role) - math.log(p_bg)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--dev", default=os.path.join(here, "..", "..", "..", "shared", "eval", "dev"))
    ap.add_argument("--out", default=os.path.join(here, "..", "dictionaries"))
    ap.add_argument("--pd-skip", type=int, default=2000, help="held-out pd1998 lines at the start")
    ap.add_argument("--cluener-skip", type=int, default=3000, help="held-out cluener lines at the start")
    ap.add_argument("--jieba-dict", help="jieba's dict.txt (default: Python jieba's, if installed; jieba-rs ships the same file)")
    args = ap.parse_args()
    if not os.path.isdir(args.dev):
        args.dev = "/work/shared/eval/dev"

    pd = load(os.path.join(args.dev, "pd1998_dev.jsonl"), args.pd_skip)
    cl = load(os.path.join(args.dev, "cluener_train.jsonl"), args.cluener_skip)

    bg = collections.Counter()  # character tokens outside person names
    bg_total = 0
    # Name roles, counted over distinct names so that no single name weighs more than once.
    surname_types, g1, g2, gs, translit = (collections.Counter() for _ in range(5))
    seen_names = set()
    left1, left2, right1, right2 = (collections.Counter() for _ in range(4))
    uni_all, bi_all = collections.Counter(), collections.Counter()
    person_strings = set()
    inside = collections.Counter()  # strings that are (or overlap) a person: never not-names

    known_surnames = set(COMMON_SURNAMES)
    for text, persons in cl:
        for e in persons:
            e["parts"] = cluener_parts(e["text"], known_surnames)
    for text, persons in pd + cl:
        starts, ends = sentence_bounds(text)
        in_name = [False] * len(text)
        for e in persons:
            for k in range(e["start"], e["end"]):
                in_name[k] = True
        for i, c in enumerate(text):
            if not in_name[i]:
                bg[c] += 1
                bg_total += 1
        # Background n-grams with sentence-edge markers, in the form the context features read them.
        for i in range(len(text)):
            prev = text[i - 1] if i > starts[i] else BOS
            uni_all[text[i]] += 1
            bi_all[prev + text[i]] += 1
            if i == starts[i]:
                uni_all[BOS] += 1
            if i + 1 == ends[i]:
                uni_all[EOS] += 1
                bi_all[text[i] + EOS] += 1
        for e in persons:
            name, a, b = e["text"], e["start"], e["end"]
            person_strings.add(name)
            parts = e.get("parts") or [name]
            if name not in seen_names:
                seen_names.add(name)
                if len(parts) >= 2 and len(parts[0]) <= 2:
                    surname_types[parts[0]] += 1
                    given = "".join(parts[1:])
                    if len(given) == 1:
                        gs[given] += 1
                    elif len(given) == 2:
                        g1[given[0]] += 1
                        g2[given[1]] += 1
                elif len(name) == 1:
                    surname_types[name] += 1
                elif len(name) >= 2:
                    for c in name:
                        if is_han(c):
                            translit[c] += 1
            # Context n-grams that touch no name.
            s0, s1 = starts[a], ends[max(a, b - 1)]
            def clean(lo, hi):
                return all(not in_name[k] for k in range(lo, hi))
            if a - 1 >= s0 and clean(a - 1, a):
                left1[text[a - 1]] += 1
                if a - 2 >= s0 and clean(a - 2, a):
                    left2[text[a - 2:a]] += 1
                elif a - 2 < s0:
                    left2[BOS + text[a - 1]] += 1
            elif a == s0:
                left1[BOS] += 1
            if b < s1 and clean(b, b + 1):
                right1[text[b]] += 1
                if b + 1 < s1 and clean(b, b + 2):
                    right2[text[b:b + 2]] += 1
                elif b + 1 >= s1:
                    right2[text[b] + EOS] += 1
            elif b == s1:
                right1[EOS] += 1

    vocab = max(len(bg), 1)
    out = args.out
    header_common = (
        "# Mined by tools/mine_person_stats.py from the annotated dev data (People's Daily 1998, CLUENER; held-out\n"
        "# lines excluded); statistics only: no name of the data is listed. Name-role counts are over\n"
        "# distinct names; ratios are smoothed (add-one) and clipped.\n"
    )

    # ---- surnames
    sur_total = sum(surname_types.values())
    surnames = {}
    for s in set(COMMON_SURNAMES) | set(COMPOUND_SURNAMES) | {s for s, n in surname_types.items() if n >= 2}:
        if not all(is_han(c) for c in s):
            continue
        n = surname_types.get(s, 0)
        if len(s) == 1:
            surnames[s] = llr(n, sur_total, bg.get(s, 0), bg_total, vocab)
        else:
            # A compound surname is read as one unit; its background is how often the pair occurs.
            pair_bg = sum(t.count(s) for t, _ in pd[:3000])
            surnames[s] = llr(n, sur_total, pair_bg, bg_total, vocab)
    with open(os.path.join(out, "surnames.txt"), "w", encoding="utf-8") as f:
        f.write("# zh-extract surnames: single and compound, each with how strongly it signals a name.\n")
        f.write("# Format: `<surname> <llr>`; llr = ln P(string | surname of a name) − ln P(string | other text).\n")
        f.write(header_common)
        f.write("# The candidate set is a list of common surnames plus any surname of at least two distinct names.\n")
        for s, v in sorted(surnames.items(), key=lambda kv: (-kv[1], kv[0])):
            f.write(f"{s} {v:.3f}\n")

    # ---- given-name characters
    t1, t2, ts = sum(g1.values()), sum(g2.values()), sum(gs.values())
    chars = set(g1) | set(g2) | set(gs)
    chars |= {c for c, n in bg.items() if is_han(c) and n >= 3}
    with open(os.path.join(out, "given_name_chars.txt"), "w", encoding="utf-8") as f:
        f.write("# zh-extract given-name characters: evidence that a character stands at a given-name position.\n")
        f.write("# Format: `<char> <first> <second> <single> <seen>`: llr as the first of a two-character\n")
        f.write("# given name, as its second, and as a one-character given name; llr = ln P(char | position)\n")
        f.write("# − ln P(char | other text). <seen> is how often the character occurs in the learning text\n")
        f.write("# outside names, capped at 999 (rare characters have unreliable ratios).\n")
        f.write(header_common)
        for c in sorted(chars):
            if not is_han(c):
                continue
            b = bg.get(c, 0)
            f.write(f"{c} {llr(g1[c], t1, b, bg_total, vocab):.3f} {llr(g2[c], t2, b, bg_total, vocab):.3f} "
                    f"{llr(gs[c], ts, b, bg_total, vocab):.3f} {min(b, 999)}\n")

    # ---- transliteration characters
    tt = sum(translit.values())
    with open(os.path.join(out, "transliteration_chars.txt"), "w", encoding="utf-8") as f:
        f.write("# zh-extract transliteration characters: evidence that a character belongs to a foreign or\n")
        f.write("# minority name written phonetically (克林顿, 阿沛·阿旺晋美).\n")
        f.write("# Format: `<char> <llr>`; llr = ln P(char | transliterated name) − ln P(char | other text).\n")
        f.write(header_common)
        f.write("# Names written with a middle dot in the CLUENER training lines are counted too.\n")
        for c, n in sorted(translit.items()):
            if n >= 2:
                f.write(f"{c} {llr(n, tt, bg.get(c, 0), bg_total, vocab):.3f}\n")

    # ---- context
    def ctx_rows(counter, background, side, min_count=4):
        total = sum(counter.values())
        bg_sum = sum(background.values())
        rows = []
        for g, n in counter.items():
            if n < min_count:
                continue
            # Every kept n-gram has been seen at least min_count times, so only the background needs smoothing.
            v = llr(n, total, background.get(g, 0), bg_sum, 1, lam=0.5, lo=-6, hi=6)
            if abs(v) >= 0.3:
                rows.append((g, side, v))
        return rows

    rows = []
    rows += ctx_rows(left1, uni_all, "left1")
    rows += ctx_rows(right1, uni_all, "right1")
    rows += ctx_rows(left2, bi_all, "left2")
    rows += ctx_rows(right2, bi_all, "right2")
    with open(os.path.join(out, "name_context.txt"), "w", encoding="utf-8") as f:
        f.write("# zh-extract name context: characters and character pairs right before or after person names.\n")
        f.write("# Format: `<n-gram> <side> <llr>`; side is left1/left2 (the one or two characters before the\n")
        f.write("# name) or right1/right2 (after it); `^` and `$` stand for the sentence start and end.\n")
        f.write("# llr = ln P(n-gram | next to a name) − ln P(n-gram | anywhere); n-grams seen next to a name\n")
        f.write("# fewer than 4 times are left out, and so is any n-gram that overlaps a name.\n")
        f.write(header_common)
        for g, side, v in sorted(rows, key=lambda r: (r[1], -r[2], r[0])):
            if " " in g:
                continue
            f.write(f"{g} {side} {v:.3f}\n")

    # ---- not names: frequent strings shaped like names that are never (part of) a person in the data
    single = {s for s in surnames if len(s) == 1}
    compound = {s for s in surnames if len(s) == 2}
    counts = collections.Counter()
    touched = set()
    for text, persons in pd + cl:
        spans = [(e["start"], e["end"]) for e in persons]
        for i, c in enumerate(text):
            for n in (2, 3, 4):
                if i + n > len(text):
                    break
                s = text[i:i + n]
                if not all(is_han(x) for x in s):
                    break
                if (s[0] in single and n <= 3) or (s[:2] in compound and n >= 3):
                    if any(a < i + n and i < b for a, b in spans):
                        touched.add(s)
                    else:
                        counts[s] += 1
    # Runs of transliteration characters that are never names: foreign places, currencies, brands.
    translit_llr = {c: llr(n, tt, bg.get(c, 0), bg_total, vocab) for c, n in translit.items() if n >= 2}
    for text, persons in pd + cl:
        spans = [(e["start"], e["end"]) for e in persons]
        for i in range(len(text)):
            for n in range(2, 7):
                if i + n > len(text) or translit_llr.get(text[i + n - 1], -1.0) <= 0.0 or \
                        translit_llr.get(text[i], -1.0) <= 0.0:
                    break
                s = text[i:i + n]
                if any(a < i + n and i < b for a, b in spans):
                    touched.add(s)
                else:
                    counts[s] += 1
    for _, persons in cl:
        person_strings.update(e["text"] for e in persons)
    not_names = {s for s, n in counts.items()
                 if n >= 6 and s not in touched and s not in person_strings and s not in ORG_TEXTS}
    not_names = sorted(not_names | set(WORLD_PLACES) | set(LOANWORDS) | set(PHOTO_POSITIONS))
    with open(os.path.join(out, "not_names.txt"), "w", encoding="utf-8") as f:
        f.write("# zh-extract not-names: frequent strings that start with a surname but are ordinary words.\n")
        f.write("# Format: one string a line.\n")
        f.write("# Mined by tools/mine_person_stats.py: strings of two or three characters starting with a\n")
        f.write("# surname, and runs of two to six transliteration characters (foreign places, currencies),\n")
        f.write("# seen at least 6 times in the learning text, never inside a person name there and never\n")
        f.write("# annotated as an organisation; and a\n")
        f.write("# written list of countries, regions and big cities (WORLD_PLACES in the script), and of\n")
        f.write("# loanwords written in transliteration characters (LOANWORDS), and a person's place in a\n")
        f.write("# photograph (PHOTO_POSITIONS: 左一).\n")
        for s in not_names:
            f.write(s + "\n")

    # ---- common words: ordinary words of jieba's dictionary shaped like names, with their frequency
    jieba_dict = args.jieba_dict
    if not jieba_dict:
        try:
            import jieba
            jieba_dict = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
        except ImportError:
            jieba_dict = None
    # Words the learning text annotates as names more often than not (a leader jieba's dictionary
    # knows by name and tags nz: 金正日/nz) are no ordinary words either, however frequent.
    annotated = collections.Counter()
    for _, persons in pd + cl:
        annotated.update(e["text"] for e in persons)

    def mostly_a_name(w):
        if annotated[w] < NAME_MIN:
            return False
        seen = sum(text.count(w) for text, _ in pd + cl)
        return annotated[w] >= NAME_SHARE * seen

    # jieba's dictionary, read once: (word, frequency, tag) entries.
    entries = []
    if jieba_dict:
        with open(jieba_dict, encoding="utf-8") as f:
            entries = [(w, int(freq), pos) for w, freq, pos in (line.split() for line in f)]
    dict_words = {w for w, _, _ in entries}

    # Ordinary words jieba's dictionary tags as person names (陈述/nr, 玉米/nr, 银杏/nr): used on their
    # own at least ORDINARY_MIN times outside names in the learning text, and inside one in at most
    # ORDINARY_SHARE of such uses, they are ordinary words too.
    all_text = "\n".join(text for text, _ in pd + cl)

    # The learning text with every annotated name blanked out: what a word occurs as outside names.
    def blank_names(text, persons):
        chars = list(text)
        for e in persons:
            for k in range(e["start"], e["end"]):
                chars[k] = "\u3000"
        return "".join(chars)
    outside_names = "\n".join(blank_names(text, persons) for text, persons in pd + cl)

    def standalone(text, w):
        """Occurrences of w in text not inside a longer dictionary word (罗斯 in 俄罗斯)."""
        n, at = 0, text.find(w)
        while at >= 0:
            end = at + len(w)
            longer = any(text[a:b] in dict_words
                         for a in range(max(0, at - 2), at + 1) for b in range(end, min(len(text), end + 2) + 1)
                         if (a, b) != (at, end))
            n += not longer
            at = text.find(w, at + 1)
        return n

    def ordinary_name_word(w):
        if len(w) > 3 or outside_names.count(w) < ORDINARY_MIN:
            return False
        seen = standalone(all_text, w)
        outside = standalone(outside_names, w)
        return outside >= ORDINARY_MIN and seen - outside <= ORDINARY_SHARE * seen

    common = []
    if jieba_dict:
        for w, freq, pos in entries:
            # Person names (nr*) are left out — but for the ordinary words the dictionary tags so — and
            # so are the names it mistags (MISTAGGED_NAMES): this list is for ordinary words only.
            if w in MISTAGGED_NAMES or freq < 20 or not 2 <= len(w) <= 4 or not all(is_han(c) for c in w):
                continue
            if pos.startswith("nr") and not ordinary_name_word(w):
                continue
            if ((w[0] in single and len(w) <= 3) or w[:2] in compound or
                    all(translit_llr.get(c, -1.0) > 0.0 for c in w)) and not mostly_a_name(w):
                common.append((w, math.log(freq)))
        with open(os.path.join(out, "common_words.txt"), "w", encoding="utf-8") as f:
            f.write("# zh-extract common words: ordinary words shaped like names (starting with a surname, or made\n")
            f.write("# of transliteration characters), with how frequent they are.\n")
            f.write("# Format: `<word> <ln frequency>`.\n")
            f.write("# Taken by tools/mine_person_stats.py from the dictionary of jieba (the segmenter's own word\n")
            f.write("# list, MIT licence): words of two to four characters with frequency at least 20 whose tag is\n")
            f.write("# not a person tag (nr*) — or is, but the learning text uses the word on its own (not inside a\n")
            f.write("# longer dictionary word) at least 3 times outside names and at most a tenth of such uses inside\n")
            f.write("# one (陈述/nr, 玉米/nr) — less the names the dictionary mistags (周恩来/t) and the words the\n")
            f.write("# learning text annotates as names in most of their occurrences (at least twice).\n")
            for w, v in sorted(common):
                f.write(f"{w} {v:.2f}\n")

    print(f"learned from {len(pd)} pd1998 lines and {len(cl)} cluener lines: {len(seen_names)} distinct names, "
          f"{len(surnames)} surnames, {len(chars)} given-name chars, {len(rows)} context n-grams, "
          f"{len(not_names)} not-names, {len(common)} common words")


if __name__ == "__main__":
    main()
