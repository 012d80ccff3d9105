using System.Globalization;
using System.Text.Json.Nodes;
using Federation.Api.Search.Engine;

namespace Federation.Api.Search.Elasticsearch;

/// <summary>The names of the fields of a document in the index.</summary>
internal static class IndexFields
{
    public const string Key = "key";
    public const string Id = "id";
    public const string Culture = "culture";
    public const string Type = "type";
    public const string Title = SearchFields.Title;
    public const string TitlePrefix = "title.prefix";
    public const string Summary = SearchFields.Summary;
    public const string Tags = SearchFields.Tags;
    public const string TagsKeyword = "tags.keyword";
    public const string Body = SearchFields.Body;
    public const string Attachment = SearchFields.Attachment;
    public const string Code = "code";
    public const string CodeText = "code.text";
    public const string Date = "date";
    public const string Year = "year";
    public const string Stamp = "stamp";

    /// <summary>The first and last words of the fields highlights cut passages from; kept in <c>_source</c> only (<see cref="PassageEnds"/>).</summary>
    public const string Ends = "ends";
}

/// <summary>
/// The settings and mappings of a new index.
/// <para>
/// One analyzer serves both cultures, because a document's text is often mixed (an English page
/// falls back to Chinese text; Chinese text names "AI" and standards' codes): the <c>standard</c>
/// tokenizer cuts Han text into single characters, <c>cjk_width</c> folds full-width Latin and
/// half-width kana, <c>lowercase</c>, <c>cjk_bigram</c> joins neighbouring Han characters into
/// bigrams, and the English <c>stemmer</c> (Porter) stems Latin words and leaves Han tokens alone.
/// Documents are indexed with unigrams and bigrams (<c>output_unigrams</c>); queries are analysed
/// into bigrams only, and a lone character stays a unigram, so a one-character query finds every
/// word holding that character and a longer one matches its bigrams, not each of its characters
/// anywhere in the text. See
/// https://www.elastic.co/guide/en/elasticsearch/reference/8.15/analysis-cjk-bigram-tokenfilter.html
/// </para>
/// </summary>
internal static class IndexDefinition
{
    /// <summary>The version of these settings and mappings, part of every document's stamp: changing them re-indexes everything.</summary>
    public const string Version = "es1";

    const string TextAnalyzer = "federation_text";
    const string TextSearchAnalyzer = "federation_text_search";
    const string TitlePrefixAnalyzer = "federation_title_prefix";
    const string TitlePrefixSearchAnalyzer = "federation_title_prefix_search";
    const string CodeNormalizer = "federation_code";

    /// <summary>The longest start of a title that suggestions match as typed.</summary>
    const int MaxTitlePrefix = 30;

    /// <summary>
    /// The name of a new index behind <paramref name="alias"/>: the alias and the time, to the
    /// millisecond, e.g. <c>federation-content-20261126030229123</c>. Index names are lower case.
    /// </summary>
    public static string NewIndexName(string alias, DateTimeOffset now) =>
        $"{alias}-{now.UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}".ToLowerInvariant();

    /// <summary>
    /// The body of <c>PUT /{index}</c>: no replicas and no refreshes while a build writes
    /// (<see cref="LiveSettings"/> restores both at the swap), the analysis and the mappings.
    /// </summary>
    public static JsonObject CreateIndexBody() => new()
    {
        ["settings"] = new JsonObject
        {
            ["index"] = new JsonObject
            {
                ["number_of_shards"] = 1,
                ["number_of_replicas"] = 0,
                ["refresh_interval"] = "-1",
            },
            ["analysis"] = Analysis(),
        },
        ["mappings"] = Mappings(),
    };

    /// <summary>
    /// The body of <c>PUT /{index}/_settings</c> when a build goes live: the default refresh interval
    /// (null resets a setting) and one replica wherever a second node can hold it.
    /// </summary>
    public static JsonObject LiveSettings() => new()
    {
        ["index"] = new JsonObject
        {
            ["refresh_interval"] = null,
            ["auto_expand_replicas"] = "0-1",
        },
    };

    static JsonObject Analysis() => new()
    {
        ["char_filter"] = new JsonObject
        {
            // Codes are written with an em dash (T/SSFSIDC 001—2019) and typed with a hyphen.
            ["federation_code_dashes"] = new JsonObject
            {
                ["type"] = "mapping",
                ["mappings"] = new JsonArray("— => -", "– => -", "－ => -"),
            },
        },
        ["filter"] = new JsonObject
        {
            ["federation_bigrams_and_unigrams"] = new JsonObject { ["type"] = "cjk_bigram", ["output_unigrams"] = true },
            ["federation_bigrams"] = new JsonObject { ["type"] = "cjk_bigram", ["output_unigrams"] = false },
            ["federation_english_stemmer"] = new JsonObject { ["type"] = "stemmer", ["language"] = "english" },
            ["federation_title_prefixes"] = new JsonObject { ["type"] = "edge_ngram", ["min_gram"] = 1, ["max_gram"] = MaxTitlePrefix },
        },
        ["analyzer"] = new JsonObject
        {
            [TextAnalyzer] = Custom("standard", "cjk_width", "lowercase", "federation_bigrams_and_unigrams", "federation_english_stemmer"),
            [TextSearchAnalyzer] = Custom("standard", "cjk_width", "lowercase", "federation_bigrams", "federation_english_stemmer"),
            // The whole title as one token, indexed as its starts: "the title begins with what was typed".
            [TitlePrefixAnalyzer] = Custom("keyword", "cjk_width", "lowercase", "federation_title_prefixes"),
            [TitlePrefixSearchAnalyzer] = Custom("keyword", "cjk_width", "lowercase"),
        },
        ["normalizer"] = new JsonObject
        {
            [CodeNormalizer] = new JsonObject
            {
                ["type"] = "custom",
                ["char_filter"] = new JsonArray("federation_code_dashes"),
                ["filter"] = new JsonArray("cjk_width", "lowercase"),
            },
        },
    };

    static JsonObject Custom(string tokenizer, params string[] filters) => new()
    {
        ["type"] = "custom",
        ["tokenizer"] = tokenizer,
        ["filter"] = new JsonArray([.. filters.Select(f => JsonValue.Create(f))]),
    };

    static JsonObject Mappings() => new()
    {
        // A field the engine does not know is refused, not guessed.
        ["dynamic"] = "strict",
        ["properties"] = new JsonObject
        {
            [IndexFields.Key] = Keyword(),
            [IndexFields.Id] = Keyword(),
            [IndexFields.Culture] = Keyword(),
            [IndexFields.Type] = Keyword(),
            [IndexFields.Title] = Text(offsets: false, new JsonObject
            {
                ["prefix"] = new JsonObject { ["type"] = "text", ["analyzer"] = TitlePrefixAnalyzer, ["search_analyzer"] = TitlePrefixSearchAnalyzer },
            }),
            [IndexFields.Summary] = Text(offsets: true),
            [IndexFields.Tags] = Text(offsets: false, new JsonObject
            {
                ["keyword"] = new JsonObject { ["type"] = "keyword", ["ignore_above"] = 256 },
            }),
            // Long texts keep their offsets, so the highlighter need not analyse them again.
            [IndexFields.Body] = Text(offsets: true),
            [IndexFields.Attachment] = Text(offsets: true),
            [IndexFields.Code] = new JsonObject
            {
                ["type"] = "keyword",
                ["normalizer"] = CodeNormalizer,
                ["fields"] = new JsonObject { ["text"] = Text(offsets: false) },
            },
            [IndexFields.Date] = new JsonObject { ["type"] = "date" },
            [IndexFields.Year] = new JsonObject { ["type"] = "integer" },
            [IndexFields.Stamp] = new JsonObject { ["type"] = "keyword", ["index"] = false },
            [IndexFields.Ends] = new JsonObject { ["type"] = "object", ["enabled"] = false },
        },
    };

    static JsonObject Keyword() => new() { ["type"] = "keyword" };

    static JsonObject Text(bool offsets, JsonObject? fields = null)
    {
        var text = new JsonObject { ["type"] = "text", ["analyzer"] = TextAnalyzer, ["search_analyzer"] = TextSearchAnalyzer };
        if (offsets)
        {
            text["index_options"] = "offsets";
        }

        if (fields is not null)
        {
            text["fields"] = fields;
        }

        return text;
    }
}
