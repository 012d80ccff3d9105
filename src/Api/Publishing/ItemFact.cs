namespace Federation.Api.Publishing;

/// <summary>One fact about an item as the site states it, e.g. 时间 and 2026年12月1日 09:30.</summary>
/// <param name="Label">What the fact is, in the reader's culture.</param>
/// <param name="Value">The fact, formatted for the reader.</param>
public sealed record ItemFact(string Label, string Value);
