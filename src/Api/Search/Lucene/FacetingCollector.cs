using System.Runtime.InteropServices;
using Federation.Api.Search.Engine;
using Federation.Cms.Content;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Federation.Api.Search.Lucene;

/// <summary>
/// Goes once through every document that matches the words: counts it in each facet whose other
/// filters it passes (its own filter left out, so the counts say what choosing another value would
/// give), and hands the documents that pass every filter to <paramref name="hits"/>.
/// </summary>
internal sealed class FacetingCollector(SearchRequest request, ICollector hits) : ICollector
{
    readonly HashSet<ContentType> types = [.. request.Types];
    readonly Dictionary<ContentType, int> typeCounts = [];
    readonly Dictionary<int, int> yearCounts = [];
    readonly Dictionary<string, int> tagCounts = new(StringComparer.Ordinal);

    SegmentFacets? segment;
    int[] segmentTagCounts = [];
    int wantedOrd = -1;

    /// <summary>How many documents passed every filter.</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushTags();
        segment = SegmentFacets.Of(context.AtomicReader);
        segmentTagCounts = new int[segment.TagNames.Length];
        wantedOrd = request.Tag is { } tag ? Array.IndexOf(segment.TagNames, tag) : -1;
        hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var docType = (ContentType)segment!.Type(doc);
        var docYear = segment.Year(doc);
        var docTags = segment.Tags(doc);
        var typeOk = types.Count == 0 || types.Contains(docType);
        var yearOk = request.Year is not { } wanted || docYear == wanted;
        var tagOk = request.Tag is null || (wantedOrd >= 0 && docTags.Contains(wantedOrd));
        if (yearOk && tagOk)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(typeCounts, docType, out _)++;
        }

        if (typeOk && tagOk && docYear != LuceneFields.NoYear)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(yearCounts, docYear, out _)++;
        }

        if (typeOk && yearOk)
        {
            foreach (var ord in docTags)
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
        if (segment is null)
        {
            return;
        }

        for (var ord = 0; ord < segmentTagCounts.Length; ord++)
        {
            if (segmentTagCounts[ord] > 0)
            {
                var name = segment.TagNames[ord];
                tagCounts[name] = tagCounts.GetValueOrDefault(name) + segmentTagCounts[ord];
            }
        }

        segment = null;
        segmentTagCounts = [];
    }
}
