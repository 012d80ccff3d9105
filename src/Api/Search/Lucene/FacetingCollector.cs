using Federation.Api.Search.Engine;
using Federation.Cms.Content;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Federation.Api.Search.Lucene;

/// <summary>
/// Goes once through every document that matches the words: counts it in each facet whose other
/// filters it passes (its own filter left out, so the counts say what choosing another value would
/// give), and hands the documents that pass every filter to <paramref name="hits"/>.
/// </summary>
internal sealed class FacetingCollector(SearchRequest request, ICollector hits) : ICollector
{
    readonly HashSet<ContentType> types = [.. request.Types];
    readonly BytesRef? wantedTag = request.Tag is { } tag ? new BytesRef(tag) : null;
    readonly Dictionary<ContentType, int> typeCounts = [];
    readonly Dictionary<int, int> yearCounts = [];
    readonly Dictionary<string, int> tagCounts = new(StringComparer.Ordinal);
    readonly List<long> ords = [];

    NumericDocValues? type;
    NumericDocValues? year;
    SortedSetDocValues? tags;
    int[] segmentTagCounts = [];
    long wantedOrd = -1;

    /// <summary>How many documents passed every filter.</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushTags();
        var reader = context.AtomicReader;
        type = reader.GetNumericDocValues(LuceneFields.Type);
        year = reader.GetNumericDocValues(LuceneFields.Year);
        tags = reader.GetSortedSetDocValues(LuceneFields.Tag);
        segmentTagCounts = tags is null ? [] : new int[tags.ValueCount];
        wantedOrd = tags is not null && wantedTag is not null ? tags.LookupTerm(wantedTag) : -1;
        hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var docType = LuceneFields.TypeOf(type?.Get(doc) ?? 0);
        var docYear = (int)(year?.Get(doc) ?? LuceneFields.NoYear);
        ords.Clear();
        if (tags is not null)
        {
            tags.SetDocument(doc);
            for (var ord = tags.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = tags.NextOrd())
            {
                ords.Add(ord);
            }
        }

        var typeOk = types.Count == 0 || types.Contains(docType);
        var yearOk = request.Year is not { } wanted || docYear == wanted;
        var tagOk = wantedTag is null || (wantedOrd >= 0 && ords.Contains(wantedOrd));
        if (yearOk && tagOk)
        {
            typeCounts[docType] = typeCounts.GetValueOrDefault(docType) + 1;
        }

        if (typeOk && tagOk && docYear != LuceneFields.NoYear)
        {
            yearCounts[docYear] = yearCounts.GetValueOrDefault(docYear) + 1;
        }

        if (typeOk && yearOk)
        {
            foreach (var ord in ords)
            {
                segmentTagCounts[ord]++;
            }
        }

        if (typeOk && yearOk && tagOk)
        {
            Total++;
            hits.Collect(doc);
        }
    }

    /// <summary>The counts, once the search is done.</summary>
    public SearchFacets Facets()
    {
        FlushTags();
        return new SearchFacets(
            [.. typeCounts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Select(c => new FacetCount<ContentType>(c.Key, c.Value))],
            [.. yearCounts.OrderByDescending(c => c.Key).Select(c => new FacetCount<int>(c.Key, c.Value))],
            [.. tagCounts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(SearchFacets.MaxTags).Select(c => new FacetCount<string>(c.Key, c.Value))]);
    }

    void FlushTags()
    {
        if (tags is null)
        {
            return;
        }

        var term = new BytesRef();
        for (var ord = 0; ord < segmentTagCounts.Length; ord++)
        {
            if (segmentTagCounts[ord] > 0)
            {
                tags.LookupOrd(ord, term);
                var name = term.Utf8ToString();
                tagCounts[name] = tagCounts.GetValueOrDefault(name) + segmentTagCounts[ord];
            }
        }

        tags = null;
        segmentTagCounts = [];
    }
}
