using Federation.Cms.Content;
using Federation.Cms.Snapshot;

namespace Federation.Api.GraphQL.Schema;

/// <summary>A published item as a GraphQL object: read in the culture its query asked for.</summary>
/// <param name="Item">The item.</param>
/// <param name="Culture">The culture asked for; an item not yet translated shows its zh-CN text.</param>
internal sealed record Localized(PublishedItem Item, string Culture)
{
    /// <summary>The item's text in <see cref="Culture"/>, or its zh-CN text.</summary>
    public T Text<T>() where T : CultureText => Item.TextOrChinese<T>(Culture);

    /// <summary>The culture of the text shown.</summary>
    public string TextCulture => Item.HasCulture(Culture) ? Culture : Cultures.Chinese;
}
