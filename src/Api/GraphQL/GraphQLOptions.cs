namespace Federation.Api.GraphQL;

/// <summary>Limits of the public GraphQL API (<c>GraphQL:*</c>), with safe defaults.</summary>
public sealed class GraphQLOptions
{
    /// <summary>How long one request may execute. Default 5 seconds.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
