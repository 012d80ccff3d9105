using GraphQLParser.AST;

namespace Federation.Api.GraphQL.Limits;

/// <summary>
/// How many fields a document selects once its fragments are spread out, counted without spreading
/// them: each fragment's count is worked out once. A fragment spread twice in a fragment spread
/// twice… doubles at every level, and thirty levels make a billion fields from a document of a few
/// lines; graphql-dotnet's validation would walk them all, and compares the fields of one selection
/// pairwise, so thousands of aliases take it seconds. A document over
/// <see cref="GraphQLOptions.MaxFields"/> is refused before it is validated.
/// </summary>
internal static class DocumentSize
{
    /// <summary>The number of fields the largest operation of <paramref name="document"/> selects, up to <paramref name="limit"/> + 1.</summary>
    public static long FieldsSelected(GraphQLDocument document, long limit)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());
        var counted = new Dictionary<string, long>();
        var counting = new HashSet<string>();

        long Count(GraphQLSelectionSet? set)
        {
            long total = 0;
            foreach (var selection in set?.Selections ?? [])
            {
                total += selection switch
                {
                    GraphQLField field => 1 + Count(field.SelectionSet),
                    GraphQLInlineFragment inline => Count(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Spread(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };
                if (total > limit)
                {
                    return limit + 1;
                }
            }

            return total;
        }

        // A fragment that spreads itself is left to validation to report; here it adds nothing more.
        long Spread(string name)
        {
            if (counted.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!fragments.TryGetValue(name, out var fragment) || !counting.Add(name))
            {
                return 0;
            }

            var count = Count(fragment.SelectionSet);
            counting.Remove(name);
            return counted[name] = count;
        }

        return document.Definitions.OfType<GraphQLOperationDefinition>().Select(o => Count(o.SelectionSet)).DefaultIfEmpty(0).Max();
    }
}
