using Federation.Api.GraphQL.Schema;
using GraphQL;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace Federation.Api.GraphQL.Limits;

/// <summary>
/// What an operation costs, worked out from the document before it runs: 1 per field, multiplied by
/// the page sizes of the lists above it (<c>first</c> or <c>last</c>, else 20). Introspection costs
/// a flat 100 per <c>__schema</c> or <c>__type</c>, since the schema is small and fixed. An
/// operation deeper than <see cref="GraphQLOptions.MaxDepth"/> or dearer than
/// <see cref="GraphQLOptions.MaxCost"/> is refused unrun; the cost is reported in the response's
/// <c>extensions</c> and charged against the caller's rate limit.
/// </summary>
internal static class QueryCost
{
    const string Key = "federation.cost";

    // graphql-dotnet's own estimate: list sizes from first/last, else the default multiplier.
    static readonly Func<FieldImpactContext, FieldComplexityResult> Estimate = new ComplexityOptions().DefaultComplexityImpactDelegate;

    /// <summary>The validation rule that works out the cost and refuses what is over the limits.</summary>
    public static ComplexityValidationRule Rule(GraphQLOptions options) => new(new ComplexityOptions
    {
        MaxDepth = options.MaxDepth,
        MaxComplexity = options.MaxCost,
        DefaultListImpactMultiplier = Paging.DefaultSize,
        DefaultComplexityImpactDelegate = Impact,
        ValidateComplexityDelegate = context =>
        {
            context.ValidationContext.UserContext[Key] = context.TotalImpact;
            return Task.CompletedTask;
        },
    });

    /// <summary>The cost worked out for the request, or null when its document did not get that far.</summary>
    public static double? Of(IDictionary<string, object?> userContext) => userContext.TryGetValue(Key, out var cost) ? (double?)cost : null;

    /// <summary>Adds <c>extensions.cost</c> to <paramref name="result"/>, when the cost is known.</summary>
    public static void Report(ExecutionResult result, IDictionary<string, object?> userContext, GraphQLOptions options)
    {
        if (Of(userContext) is { } cost)
        {
            result.Extensions ??= [];
            result.Extensions["cost"] = new Dictionary<string, object> { ["requested"] = (int)Math.Ceiling(cost), ["maximum"] = options.MaxCost };
        }
    }

    static FieldComplexityResult Impact(FieldImpactContext field) =>
        field.FieldDefinition.Name is "__schema" or "__type"
            ? new FieldComplexityResult(100, 0)
            : Estimate(field);
}
