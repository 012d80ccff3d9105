using System.Globalization;
using Federation.Api.Search.Engine;
using Federation.Cms.Content;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Federation.Api.Search.Lucene;

/// <summary>The fields of a document in the Lucene index, and how a <see cref="SearchDocument"/> becomes one.</summary>
internal static class LuceneFields
{
    public const string Key = "key";
    public const string Id = "id";
    public const string Culture = "culture";
    public const string Type = "type";
    public const string Code = "code";
    public const string CodeText = "codetext";
    public const string Tag = "tag";
    public const string Date = "date";
    public const string Year = "year";
    public const string Stamp = "stamp";

    /// <summary>The fields searched, with their weights: title above summary and tags above the body.</summary>
    public static IReadOnlyList<(string Field, float Boost)> Searched { get; } =
    [
        (SearchFields.Title, 8f),
        (CodeText, 6f),
        (SearchFields.Summary, 3f),
        (SearchFields.Tags, 3f),
        (SearchFields.Body, 1f),
        (SearchFields.Attachment, 0.5f),
    ];

    /// <summary>The year of an undated document, counted in no year facet.</summary>
    public const int NoYear = 0;

    public static Document ToLucene(SearchDocument source)
    {
        var document = new Document
        {
            new StringField(Key, source.Key, Field.Store.YES),
            new StringField(Id, source.Id.ToString("N"), Field.Store.YES),
            new StringField(Culture, source.Culture, Field.Store.NO),
            new NumericDocValuesField(Type, (long)source.Type),
            new StoredField(Type, (int)source.Type),
            new TextField(SearchFields.Title, source.Title, Field.Store.YES),
            new TextField(SearchFields.Summary, source.Summary, Field.Store.YES),
            new TextField(SearchFields.Body, source.Body, Field.Store.YES),
            new TextField(SearchFields.Attachment, source.Attachment, Field.Store.YES),
            new NumericDocValuesField(Date, source.Date?.UtcTicks ?? long.MinValue),
            new NumericDocValuesField(Year, source.Date is { } date ? date.ToOffset(ChinaTime).Year : NoYear),
            new StoredField(Stamp, source.Stamp),
        };
        foreach (var tag in source.Tags.Distinct(StringComparer.Ordinal))
        {
            document.Add(new TextField(SearchFields.Tags, tag, Field.Store.YES));
            document.Add(new SortedSetDocValuesField(Tag, new BytesRef(tag)));
        }

        if (NormalizedCode(source.Code) is { } code)
        {
            document.Add(new StringField(Code, code, Field.Store.NO));
            document.Add(new TextField(CodeText, source.Code!, Field.Store.NO));
        }

        return document;
    }

    /// <summary>Dates are the Federation's, in Shanghai time: a year is Shanghai's year.</summary>
    static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    /// <summary>
    /// A standard's code as compared: lower case, full-width folded, without spaces, every kind of dash
    /// one hyphen, so "T/SSFSIDC 001—2019" and "t/ssfsidc 001-2019" are the same code.
    /// </summary>
    public static string? NormalizedCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var folded = TextCut.WellFormed(code).Normalize(System.Text.NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var builder = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation ? '-' : c);
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    public static string KeyOf(Guid id, string culture) => SearchDocument.KeyOf(id, culture);

    public static ContentType TypeOf(long value) => (ContentType)(int)value;
}
