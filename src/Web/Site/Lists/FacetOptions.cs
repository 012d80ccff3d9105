using Federation.Api.Delivery.Queries;

namespace Federation.Web.Site.Lists;

/// <summary>The options of a filter: every counted value, plus the chosen one even when nothing matches it, so a form never forgets the reader's choice.</summary>
internal static class FacetOptions
{
    public static IReadOnlyList<FacetValue<T>> With<T>(IReadOnlyList<FacetValue<T>> values, T? selected) where T : struct =>
        selected is { } chosen && !values.Any(v => EqualityComparer<T>.Default.Equals(v.Value, chosen)) ? [.. values, new(chosen, 0)] : values;

    public static IReadOnlyList<FacetValue<string>> With(IReadOnlyList<FacetValue<string>> values, string? selected) =>
        selected is { } chosen && !values.Any(v => v.Value == chosen) ? [.. values, new(chosen, 0)] : values;
}
