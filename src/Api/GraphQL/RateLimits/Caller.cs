namespace Federation.Api.GraphQL.RateLimits;

/// <summary>Who is asking, as far as rate limits go: a partner by its API key, or an anonymous address.</summary>
/// <param name="Id">What the cost is counted under: <c>partner:{id}</c> or <c>address:{ip}</c>.</param>
/// <param name="CostPerMinute">The query cost the caller may spend in a minute.</param>
/// <param name="Partner">The partner's name; null for anonymous callers.</param>
internal sealed record Caller(string Id, int CostPerMinute, string? Partner);
