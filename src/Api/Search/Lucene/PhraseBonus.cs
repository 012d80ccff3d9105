using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Federation.Api.Search.Lucene;

/// <summary>
/// The bonus for a Chinese run's pairs in a row (<see cref="LuceneQuery"/>), given to the best
/// <see cref="Window"/> matches only, as Elasticsearch's rescore does: a search finds, counts and ranks its
/// matches without it, then scores those first ones with it and ranks them again. Reading every match's positions
/// cost three quarters of a search for 养老服务 among 100,000 items (benchmarks/search.sh); a match outside the
/// first hundred would need its words mostly in the body to be there, and the bonus would not lift it far.
/// </summary>
internal static class PhraseBonus
{
    /// <summary>How many of the best matches are scored again with the bonus.</summary>
    public const int Window = 100;

    /// <summary>
    /// <paramref name="ranked"/> (best first, by the query without the bonus) with its first <see cref="Window"/>
    /// scored by <paramref name="query"/> and ranked by <paramref name="order"/> again; the rest as they were.
    /// </summary>
    public static ScoreDoc[] Rescore(IndexSearcher searcher, Query query, Sort order, ScoreDoc[] ranked)
    {
        var first = ranked.Take(Window).Select(hit => hit.Doc).ToArray();
        if (first.Length == 0)
        {
            return ranked;
        }

        var only = new FilteredQuery(query, new DocumentsFilter(first), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
        var rescored = searcher.Search(only, null, first.Length, order, doDocScores: true, doMaxScore: false).ScoreDocs;
        return [.. rescored, .. ranked.Skip(first.Length)];
    }

    /// <summary>The given documents (by their numbers in the whole index), segment by segment.</summary>
    sealed class DocumentsFilter(int[] documents) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            var inSegment = new FixedBitSet(context.AtomicReader.MaxDoc);
            foreach (var doc in documents)
            {
                var local = doc - context.DocBase;
                if (local >= 0 && local < inSegment.Length)
                {
                    inSegment.Set(local);
                }
            }

            return BitsFilteredDocIdSet.Wrap(inSegment, acceptDocs);
        }
    }
}
