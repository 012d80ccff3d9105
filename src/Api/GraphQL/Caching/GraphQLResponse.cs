namespace Federation.Api.GraphQL.Caching;

/// <summary>
/// A GraphQL answer as sent: status, body and the cost charged for it. Kept whole in the result
/// cache, so a repeated request is answered with the same bytes and the same ETag.
/// </summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The JSON body.</param>
/// <param name="Cost">The cost worked out for the operation; 0 when it did not get that far.</param>
/// <param name="Allow">The Allow header of a 405, else null.</param>
[System.ComponentModel.ImmutableObject(true)]
internal sealed record GraphQLResponse(int Status, byte[] Body, int Cost, string? Allow = null)
{
    /// <summary>A strong validator of the body: the same bytes always give the same tag.</summary>
    public string ETag { get; } = EntityTags.Of(Body);
}
