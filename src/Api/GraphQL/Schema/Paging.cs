using System.Text;
using Federation.Api.GraphQL.Loading;
using Federation.Api.Delivery.Queries;
using Federation.Cms.Content;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;

namespace Federation.Api.GraphQL.Schema;

/// <summary>
/// Relay connections over a list in its order: <c>first</c>/<c>after</c>, <c>last</c>/<c>before</c>,
/// 20 entries by default and at most 100. Cursors are opaque positions in the list; a cursor that
/// is not one is an error naming the argument.
/// </summary>
internal static class Paging
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    /// <summary>
    /// A root field listing one content type as a connection, with the arguments every list takes:
    /// <c>culture</c>, <c>tag</c>, and <c>first</c>/<c>after</c>, <c>last</c>/<c>before</c>.
    /// </summary>
    public static ConnectionBuilder<object?> List<TNodeType>(ObjectGraphType query, string name, string description)
        where TNodeType : IGraphType =>
        query.Connection<TNodeType>(name)
            .Description(description)
            .Argument<CultureType>("culture", a => a.DefaultValue = Cultures.Chinese)
            .Argument<StringGraphType>("tag", "A tag in the culture read, matched exactly.")
            .Bidirectional();

    /// <summary>The published items of <paramref name="type"/> that match <paramref name="filter"/>, read in the field's <c>culture</c> argument.</summary>
    public static Connection<Localized> Connect(IResolveConnectionContext context, ContentType type, ListQuery filter)
    {
        var culture = context.GetArgument<string>("culture");
        var matching = ContentReader.Of(context).Matching(type, culture, filter with { Tag = context.GetArgument<string?>("tag") });
        return Connect(matching, i => new Localized(i, culture), context);
    }

    /// <summary>The page of <paramref name="all"/> the context's arguments ask for; only the items on it are made nodes.</summary>
    public static Connection<TNode> Connect<TItem, TNode>(IReadOnlyList<TItem> all, Func<TItem, TNode> make, IResolveConnectionContext context)
    {
        // The arguments as sent: the connection context's own First and Last hide a negative value.
        int? first = context.GetArgument<int?>("first"), last = context.GetArgument<int?>("last");
        var start = context.After is { } after ? Position(after, "after") + 1 : 0;
        var end = context.Before is { } before ? Position(before, "before") : all.Count;
        start = Math.Clamp(start, 0, all.Count);
        end = Math.Clamp(end, start, all.Count);
        if (first is { } firstCount)
        {
            end = Math.Min(end, start + Size(firstCount, "first"));
        }

        if (last is { } lastCount)
        {
            start = Math.Max(start, end - Size(lastCount, "last"));
        }

        if (first is null && last is null)
        {
            end = Math.Min(end, start + DefaultSize);
        }

        var edges = Enumerable.Range(start, end - start).Select(i => new Edge<TNode> { Node = make(all[i]), Cursor = Cursor(i) }).ToList();
        return new Connection<TNode>
        {
            Edges = edges,
            TotalCount = all.Count,
            PageInfo = new PageInfo
            {
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
                HasNextPage = end < all.Count,
                HasPreviousPage = start > 0,
            },
        };
    }

    internal static string Cursor(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"at:{position}"));

    internal static int Position(string cursor, string argument)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("at:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(3), out var position) && position >= 0)
            {
                return position;
            }
        }
        catch (FormatException)
        {
            // Not base64: reported below like any other cursor that is not one of ours.
        }

        throw new ExecutionError($"\"{argument}\" is not a cursor of this list; use a cursor from its edges or pageInfo.") { Code = "INVALID_CURSOR" };
    }

    internal static int Size(int value, string argument) => value is >= 0 and <= MaxSize
        ? value
        : throw new ExecutionError($"\"{argument}\" must be between 0 and {MaxSize}.") { Code = "INVALID_PAGE_SIZE" };
}
