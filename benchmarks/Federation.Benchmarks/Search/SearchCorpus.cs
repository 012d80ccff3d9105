using System.Text;
using Federation.Api.Search.Engine;
using Federation.Api.Search.Lucene;
using Federation.Benchmarks.Synthetic;
using Federation.Cms.Content;

namespace Federation.Benchmarks.Search;

/// <summary>
/// Synthetic items as the search index sees them: for item n, one <see cref="SearchDocument"/> per culture,
/// as <c>SearchDocuments</c> makes them from a published item. Made straight from numbers, with no store:
/// the same item every time, so an index of N items is the same index in every run.
/// </summary>
/// <remarks>
/// Like the synthetic store's news, every title carries <see cref="SyntheticContent.Mark"/>, every item the
/// tag "synthetic", one of <see cref="SyntheticContent.Topics"/> in turn, and the same id. Unlike it, the
/// items are of every type (55% news, 15% courses, 10% forums, showcases, 5% standards and pages), dated
/// over 2012–2025, tagged from a pool of 40, and written from the Federation's words: a hundred common ones
/// drawn by rank (the first in nearly every text, the last in about half), fifteen of the item's topic (in
/// about a tenth of the items each), now and then another topic's, a figure, an English word or the name
/// of an organisation (two characters of sixty: the long tail of rare terms).
/// Bodies run from a few hundred characters to 15,000; half the standards have a full text of 15,000 to
/// 40,000 characters. Two items in five have English text; the others' English documents are their
/// Chinese text, as the index falls back.
/// </remarks>
internal static class SearchCorpus
{
    /// <summary>Changes whenever what is generated changes: an index kept from an earlier version is built again.</summary>
    const string Version = "corpus-1";

    /// <summary>The stamp of every document: the analysis and the corpus.</summary>
    public static string Stamp { get; } = $"{SiteAnalyzer.Version}:{Version}";

    static readonly DateTimeOffset FirstDay = new(2012, 1, 1, 9, 0, 0, TimeSpan.FromHours(8));
    const int Days = 14 * 365;

    // Words every text draws on, most common first (drawn about 1/rank as often), then each topic's own words
    // (SyntheticContent.Topics, in its order), which its items use and others seldom do.
    static readonly string[] ChineseWords =
    [
        "服务", "发展", "企业", "上海", "工作", "管理", "建设", "推动", "提升", "行业", "合作", "市场", "开展", "项目", "活动",
        "创新", "质量", "联合会", "平台", "政策", "专家", "会议", "交流", "举办", "召开", "发布", "促进", "加强", "完善", "建立",
        "实施", "支持", "保障", "优化", "体系", "机制", "重点", "领域", "经验", "成果", "报告", "指南", "要求", "方法", "流程",
        "代表", "嘉宾", "领导", "单位", "部门", "政府", "协会", "社会", "经济", "产业", "技术", "应用", "安全", "诚信", "国际",
        "全国", "全市", "浦东", "徐汇", "静安", "黄浦", "闵行", "嘉定", "临港", "年度", "计划", "方案", "目标", "任务", "情况",
        "问题", "意见", "建议", "研究", "分析", "调查", "数据", "信息", "资源", "环境", "能力", "水平", "效率", "规模", "结构",
        "模式", "路径", "举措", "机遇", "挑战", "未来", "高质量发展", "营商环境", "绿色低碳", "标准",
    ];

    static readonly string[][] ChineseTopicWords =
    [
        ["生产性服务业", "生活性服务业", "服务贸易", "商务服务", "专业服务", "会展", "检验检测", "人力资源", "法律服务", "商务咨询", "服务外包", "总部经济", "楼宇经济", "增加值", "产业融合"],
        ["标准化", "团体标准", "标准制定", "立项", "征求意见", "发布实施", "标准宣贯", "技术委员会", "起草单位", "国家标准", "行业标准", "地方标准", "对标达标", "认证", "合格评定"],
        ["长三角", "一体化", "江苏", "浙江", "安徽", "示范区", "青浦", "嘉善", "吴江", "协同发展", "区域合作", "互认", "跨省通办", "联盟", "虹桥"],
        ["数字化", "数字经济", "人工智能", "大数据", "云计算", "数据要素", "算力", "工业互联网", "智能化", "数据安全", "平台经济", "数字政府", "场景应用", "区块链", "数字化转型"],
        ["职业技能", "技能等级", "认定", "培训班", "证书", "考核", "鉴定", "技能竞赛", "工匠", "人才培养", "职业教育", "实训", "评价机构", "家政服务员", "养老护理员"],
        ["会员单位", "会员大会", "理事会", "秘书处", "入会", "会费", "走访", "调研", "座谈会", "沙龙", "对接会", "政策宣讲", "服务包", "需求", "反馈"],
        ["城市更新", "旧区改造", "街区", "社区", "物业管理", "生活圈", "公共空间", "历史风貌", "保护", "微更新", "城市规划", "基础设施", "绿地", "停车", "便民服务"],
        ["养老", "养老服务", "老年人", "养老机构", "社区食堂", "长护险", "适老化", "助餐", "居家养老", "医养结合", "照护", "护理", "银发经济", "嵌入式", "日间照料"],
        ["金融科技", "金融", "支付", "普惠金融", "绿色金融", "数字人民币", "风险管理", "征信", "保险", "银行", "融资", "投资", "资本市场", "监管", "科创"],
        ["品牌", "上海服务", "品牌建设", "品牌价值", "老字号", "标杆", "案例", "示范", "评选", "榜单", "品质", "口碑", "宣传", "推广", "品牌故事"],
    ];

    static readonly string[] Joins = ["的", "和", "与", "在", "对", "为", "及", "并", "将", "是", "，", "，"];

    static readonly string[] Figures = ["AI", "ESG", "5G", "ISO 9001", "B2B", "APP", "SaaS", "GB/T 19001", "2023年", "2024年", "第三届", "35%", "1.2万", "120家"];

    // Organisations' names: two characters of these and a kind, so the index has the long tail of rare terms real text has.
    const string NameCharacters = "华东申城浦江新瑞安恒泰联创博远中信达汇通鑫宏盛嘉和融智诚德天润海星云启明晨光锦程东方万象欣荣佳华正源";
    static readonly string[] NameKinds = ["服务有限公司", "科技有限公司", "研究院", "行业协会", "服务中心", "咨询有限公司"];

    static readonly string[] EnglishWords =
    [
        "the", "of", "and", "to", "in", "for", "with", "on", "service", "services", "development", "Shanghai", "enterprises", "industry",
        "management", "quality", "innovation", "cooperation", "federation", "association", "government", "policy", "experts", "meeting",
        "held", "launched", "released", "promote", "strengthen", "improve", "establish", "implement", "support", "system", "mechanism",
        "work", "project", "projects", "activities", "results", "report", "guide", "requirements", "market", "international", "national",
        "city", "district", "Pudong", "Xuhui", "year", "plan", "goals", "high-quality", "business", "environment", "low-carbon", "capacity",
        "efficiency", "model", "measures", "opportunities", "future", "new", "more", "than", "its", "their", "will", "has", "have", "was",
        "were", "by", "as", "at", "from", "which", "also", "standard", "standards", "community", "smart", "上海",
    ];

    static readonly string[][] EnglishTopicWords =
    [
        ["producer", "services", "trade", "business", "professional", "exhibitions", "testing", "inspection", "consulting", "outsourcing", "headquarters", "value", "added"],
        ["standardisation", "group", "standards", "drafting", "approval", "consultation", "published", "implementation", "committee", "national", "certification", "conformity"],
        ["Yangtze", "River", "Delta", "integration", "Jiangsu", "Zhejiang", "Anhui", "demonstration", "zone", "regional", "cooperation", "alliance", "长三角"],
        ["digital", "transformation", "artificial", "intelligence", "big", "data", "cloud", "computing", "platform", "blockchain", "industrial", "internet", "security"],
        ["vocational", "skills", "training", "certificate", "assessment", "competition", "craftsmen", "talent", "education", "apprenticeship", "caregivers"],
        ["members", "member", "council", "secretariat", "membership", "visits", "survey", "forum", "salon", "matchmaking", "briefing", "needs", "feedback"],
        ["urban", "renewal", "redevelopment", "neighbourhood", "community", "property", "public", "space", "heritage", "planning", "infrastructure", "parking"],
        ["elderly", "care", "older", "people", "nursing", "homes", "canteens", "meals", "home-based", "medical", "ageing", "silver", "economy", "age-friendly"],
        ["fintech", "finance", "payment", "inclusive", "green", "digital", "yuan", "risk", "credit", "insurance", "banks", "financing", "investment", "capital"],
        ["brand", "brands", "value", "time-honoured", "benchmark", "case", "showcase", "selection", "quality", "reputation", "promotion", "story"],
    ];

    static readonly (string Chinese, string English)[] Tags =
    [
        ("现代服务业", "modern services"), ("团体标准", "group standards"), ("长三角", "Yangtze River Delta"), ("数字化转型", "digital transformation"),
        ("职业技能", "vocational skills"), ("会员服务", "member services"), ("城市更新", "urban renewal"), ("养老服务", "elderly care"),
        ("金融科技", "fintech"), ("品牌建设", "brand building"), ("人工智能", "AI"), ("数据要素", "data"), ("供应链", "supply chain"),
        ("检验检测", "testing"), ("知识产权", "intellectual property"), ("人力资源", "human resources"), ("会展经济", "exhibitions"),
        ("文化创意", "creative industries"), ("文旅融合", "culture and tourism"), ("健康服务", "health services"), ("家政服务", "housekeeping"),
        ("物业管理", "property management"), ("法律服务", "legal services"), ("商务咨询", "consulting"), ("绿色低碳", "low carbon"),
        ("营商环境", "business environment"), ("高质量发展", "high-quality development"), ("标准化", "standardisation"), ("质量认证", "certification"),
        ("服务质量", "service quality"), ("平台经济", "platform economy"), ("跨境电商", "cross-border e-commerce"), ("社区服务", "community services"),
        ("适老化改造", "age-friendly"), ("技能竞赛", "skills contest"), ("人才培养", "talent"), ("国际合作", "international cooperation"),
        ("政策解读", "policy"), ("行业报告", "industry report"), ("年会", "annual meeting"),
    ];

    /// <summary>The documents of item <paramref name="n"/>: zh-CN first, then en.</summary>
    public static SearchDocument[] Of(int n)
    {
        var random = new Random(n);
        var topic = n % SyntheticContent.Topics.Count;
        var write = new Writer(random, topic);
        var type = TypeOf(n);
        var date = FirstDay.AddDays(random.Next(Days)).AddMinutes(random.Next(600));
        var tags = new List<int> { topic };
        for (var more = random.Next(4); more > 0; more--)
        {
            tags.Add(Writer.Ranked(random, Tags.Length));
        }

        var code = type == ContentType.Standard ? $"T/SSFSIDC {n / 20:0000}—{date.Year}" : null;
        var attachment = type == ContentType.Standard && random.Next(2) == 0 ? write.Clauses(15_000 + random.Next(25_000)) : "";
        var chinese = new SearchDocument
        {
            Id = SyntheticContent.IdOf(n),
            Culture = Cultures.Chinese,
            Type = type,
            Title = SyntheticContent.Mark + write.ChineseTitle(type, n, date.Year),
            Summary = write.Chinese(40 + random.Next(80)),
            Body = write.Chinese(BodyLength(random, type), names: true),
            Tags = [.. tags.Select(t => Tags[t].Chinese).Append("synthetic").Distinct()],
            Code = code,
            Attachment = attachment,
            Date = date,
            Stamp = Stamp,
        };
        var english = random.Next(5) < 2
            ? chinese with
            {
                Culture = Cultures.English,
                Title = $"Synthetic: {write.English(30 + random.Next(50)).TrimEnd('.')}",
                Summary = write.English(100 + random.Next(200)),
                Body = write.English(2 * BodyLength(random, type)),
                Tags = [.. tags.Select(t => Tags[t].English).Append("synthetic").Distinct()],
            }
            : chinese with { Culture = Cultures.English };
        return [chinese, english];
    }

    /// <summary>Items <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1, both cultures of each.</summary>
    public static SearchDocument[] Range(int first, int count) => [.. Enumerable.Range(first, count).SelectMany(Of)];

    static ContentType TypeOf(int n) => (n % 20) switch
    {
        < 11 => ContentType.News,
        < 13 => ContentType.Forum,
        13 => ContentType.Standard,
        < 17 => ContentType.Course,
        < 19 => ContentType.Showcase,
        _ => ContentType.Page,
    };

    static int BodyLength(Random random, ContentType type) => type switch
    {
        ContentType.News => random.Next(20) == 0 ? 8_000 + random.Next(7_000) : 800 + random.Next(2_200),
        ContentType.Forum => 500 + random.Next(1_000),
        ContentType.Standard => 300 + random.Next(500),
        ContentType.Course => 300 + random.Next(700),
        ContentType.Showcase => 1_000 + random.Next(2_000),
        _ => 1_500 + random.Next(3_500),
    };

    /// <summary>The text of one item: six words in ten common ones, three of its topic's, then another topic's, a figure or a name.</summary>
    sealed class Writer(Random random, int topic)
    {
        readonly string topicName = SyntheticContent.Topics[topic];

        public string ChineseTitle(ContentType type, int n, int year) => type switch
        {
            ContentType.Forum => $"{year}{topicName}{TopicWord()}论坛 第 {n:000000} 场",
            ContentType.Standard => $"{TopicWord()}{Word()}服务规范",
            ContentType.Course => $"{TopicWord()}{Word()}职业技能培训班（第 {n % 40 + 1} 期）",
            ContentType.Showcase => $"{topicName}品牌案例：{TopicWord()}{Word()}{TopicWord()}",
            ContentType.Page => $"关于{Word()}{TopicWord()}",
            _ => $"{topicName}动态：{TopicWord()}{Joins[random.Next(Joins.Length - 2)]}{Word()}{TopicWord()} 第 {n:000000} 条",
        };

        /// <summary>About <paramref name="length"/> characters of Chinese sentences; with organisations' names in them when <paramref name="names"/>.</summary>
        public string Chinese(int length, bool names = false)
        {
            var text = new StringBuilder(length + 40);
            while (text.Length < length)
            {
                for (var words = 4 + random.Next(8); words > 0; words--)
                {
                    text.Append(random.Next(100) switch
                    {
                        < 60 => Word(),
                        < 90 => TopicWord(),
                        < 96 => ChineseTopicWords[random.Next(ChineseTopicWords.Length)][random.Next(15)],
                        _ when names && random.Next(2) == 0 => Name(),
                        _ => Figures[random.Next(Figures.Length)],
                    });
                    if (words > 1 && random.Next(3) == 0)
                    {
                        text.Append(Joins[random.Next(Joins.Length)]);
                    }
                }

                text.Append('。');
            }

            return text.ToString();
        }

        /// <summary>About <paramref name="length"/> characters of English sentences.</summary>
        public string English(int length)
        {
            var text = new StringBuilder(length + 80);
            while (text.Length < length)
            {
                var first = EnglishWord();
                text.Append(char.ToUpperInvariant(first[0])).Append(first, 1, first.Length - 1);
                for (var words = 5 + random.Next(12); words > 0; words--)
                {
                    text.Append(' ').Append(EnglishWord());
                }

                text.Append(". ");
            }

            return text.ToString(0, text.Length - 1);
        }

        /// <summary>A standard's full text: numbered clauses of about <paramref name="length"/> characters in all.</summary>
        public string Clauses(int length)
        {
            var text = new StringBuilder(length + 200);
            for (var clause = 1; text.Length < length; clause++)
            {
                text.Append(clause / 10 + 4).Append('.').Append(clause % 10 + 1).Append(' ').Append(Chinese(80 + random.Next(200))).Append(' ');
            }

            return text.ToString();
        }

        string Word() => ChineseWords[Ranked(random, ChineseWords.Length)];

        string TopicWord() => ChineseTopicWords[topic][random.Next(ChineseTopicWords[topic].Length)];

        string Name() => $"上海{NameCharacters[random.Next(NameCharacters.Length)]}{NameCharacters[random.Next(NameCharacters.Length)]}{NameKinds[random.Next(NameKinds.Length)]}";

        string EnglishWord() => random.Next(10) < 7
            ? EnglishWords[Ranked(random, EnglishWords.Length)]
            : EnglishTopicWords[topic][random.Next(EnglishTopicWords[topic].Length)];

        /// <summary>An index below <paramref name="count"/>, drawn about 1/(rank) as often: the first in most texts, the last in few.</summary>
        public static int Ranked(Random random, int count) => (int)Math.Pow(count + 1, random.NextDouble()) - 1;
    }
}
