using System.Text;
using Federation.Cms.Content;
using Federation.Cms.Snapshot;

namespace Federation.Api.GraphQL.Schema;

/// <summary>Global ids for <c>node(id)</c>: the type's name and the item's id, base64-encoded, e.g. <c>news:…</c>.</summary>
internal static class GlobalId
{
    public static string Of(PublishedItem item) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ContentTypeInfo.Of(item.Document.Type).Name}:{item.Id:N}"));

    /// <summary>The content type and item id inside a global id, or null when it is not one.</summary>
    public static (ContentType Type, Guid Item)? Parse(string id)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && ContentTypeInfo.FromName(text[..colon]) is { } type && Guid.TryParseExact(text[(colon + 1)..], "N", out var guid)
                ? (type.Type, guid)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
