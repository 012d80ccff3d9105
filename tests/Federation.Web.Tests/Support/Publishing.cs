using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Editing;
using Federation.Cms.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.Support;

/// <summary>What an editor does in the back office, for tests that need content beyond the seeds.</summary>
internal static class Publishing
{
    public static async Task PublishAsync(this FederationSite site, ContentDocument document)
    {
        await site.Services.GetRequiredService<ContentEditor>().SaveAsync(document, "editor");
        await site.Services.GetRequiredService<PublishingService>().PublishAsync(document.Id);
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
