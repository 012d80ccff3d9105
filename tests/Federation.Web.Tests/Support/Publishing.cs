using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Editing;
using Federation.Cms.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.Support;

/// <summary>What an editor does in the back office, for tests that need content beyond the seeds: save, then publish.</summary>
internal static class Publishing
{
    public static async Task PublishAsync(this FederationSite site, ContentDocument document)
    {
        await site.Services.GetRequiredService<ContentEditor>().SaveAsync(document, "editor");
        await site.Services.GetRequiredService<PublishingService>().PublishAsync(document.Id);
    }

    /// <summary>Publishes a new item of the type its <paramref name="fields"/> belong to.</summary>
    public static async Task<ContentDocument> PublishAsync(this FederationSite site, ContentFields fields, CultureText chinese, CultureText? english = null, Guid? cover = null)
    {
        var type = ContentTypeInfo.All.Single(t => t.FieldsType == fields.GetType()).Type;
        var document = Document(type, fields, chinese, english) with { Cover = cover };
        await site.PublishAsync(document);
        return document;
    }

    public static Task UnpublishAsync(this FederationSite site, Guid id) =>
        site.Services.GetRequiredService<PublishingService>().UnpublishAsync(id);

    /// <summary>A forum announcement; English only when <paramref name="english"/> is given.</summary>
    public static ContentDocument Forum(ForumFields fields, ForumText chinese, ForumText? english = null) =>
        Document(ContentType.Forum, fields, chinese, english);

    public static ContentDocument Document(ContentType type, ContentFields fields, CultureText chinese, CultureText? english = null)
    {
        var cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = chinese };
        if (english is not null)
        {
            cultures[Cultures.English] = english;
        }

        return new ContentDocument { Id = Guid.NewGuid(), Type = type, Fields = fields, Cultures = cultures };
    }
}
