using System.Globalization;

namespace Federation.Web.Tests.Search.Relevance;

/// <summary>
/// How well the engine answered one judged query: the items it returned, best first, scored against the
/// judgements. The definitions are those docs/search.md gives under Relevance.
/// </summary>
/// <param name="Query">The judged query.</param>
/// <param name="Found">The keys of the items returned, best first, at most <see cref="RankDepth"/>.</param>
internal sealed record QueryScore(JudgedQuery Query, IReadOnlyList<string> Found)
{
    /// <summary>How many results precision looks at: a first page's worth above the fold.</summary>
    public const int PrecisionDepth = 5;

    /// <summary>How far down the reciprocal rank looks for the first relevant item; further down counts as not found.</summary>
    public const int RankDepth = 10;

    /// <summary>
    /// Precision at 5: relevant items among the first five, over the most that could be there,
    /// min(5, number judged relevant); so a query with one relevant item found first scores 1, not 0.2.
    /// </summary>
    public double PrecisionAt5 => Found.Take(PrecisionDepth).Count(Query.IsRelevant) / (double)Math.Min(PrecisionDepth, Query.RelevantCount);

    /// <summary>1 / the rank of the first relevant item within the first 10; 0 when none is there.</summary>
    public double ReciprocalRank
    {
        get
        {
            var index = Found.Take(RankDepth).ToList().FindIndex(Query.IsRelevant);
            return index < 0 ? 0 : 1.0 / (index + 1);
        }
    }

    /// <summary>One line for the report: the figures and the first five found, each with its grade.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"P@5 {PrecisionAt5:0.00}  RR {ReciprocalRank:0.00}  {Query,-40}  {string.Join("  ", Found.Take(PrecisionDepth).Select(key => $"{Query.Relevant.GetValueOrDefault(key)}:{key}"))}");
}

/// <summary>The judged set's figures: the means over its queries.</summary>
internal sealed record RelevanceReport(IReadOnlyList<QueryScore> Queries)
{
    /// <summary>Mean precision at 5 over the queries.</summary>
    public double PrecisionAt5 => Queries.Average(q => q.PrecisionAt5);

    /// <summary>Mean reciprocal rank over the queries.</summary>
    public double MeanReciprocalRank => Queries.Average(q => q.ReciprocalRank);

    /// <summary>The same two means over the queries in one culture.</summary>
    public (double PrecisionAt5, double MeanReciprocalRank) In(string culture) =>
        (Queries.Where(q => q.Query.Culture == culture).Average(q => q.PrecisionAt5), Queries.Where(q => q.Query.Culture == culture).Average(q => q.ReciprocalRank));

    /// <summary>The whole report: the means, then each query, worst first.</summary>
    public override string ToString()
    {
        var (zhP, zhR) = In("zh-CN");
        var (enP, enR) = In("en");
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{Queries.Count} queries: P@5 {PrecisionAt5:0.0000}  MRR {MeanReciprocalRank:0.0000}"),
            string.Create(CultureInfo.InvariantCulture, $"zh-CN: P@5 {zhP:0.0000}  MRR {zhR:0.0000};  en: P@5 {enP:0.0000}  MRR {enR:0.0000}"),
        };
        lines.AddRange(Queries.OrderBy(q => q.PrecisionAt5 + q.ReciprocalRank).Select(q => q.ToString()));
        return string.Join('\n', lines);
    }
}
