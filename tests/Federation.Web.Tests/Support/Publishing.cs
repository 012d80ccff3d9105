using Federation.Cms.Content;
using Federation.Cms.Editing;
using Federation.Cms.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.Support;

/// <summary>Puts items of a test's own on the site, as an editor would: save, then publish.</summary>
internal static class Publishing
{
    public static async Task<ContentDocument> PublishAsync(this FederationSite site, ContentFields fields, CultureText chinese, CultureText? english = null, Guid? cover = null)
    {
        var cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = chinese };
        if (english is not null)
        {
            cultures[Cultures.English] = english;
        }

        var document = new ContentDocument
        {
            Id = Guid.NewGuid(),
            Type = ContentTypeInfo.All.Single(t => t.FieldsType == fields.GetType()).Type,
            Fields = fields,
            Cover = cover,
            Cultures = cultures,
        };
        await site.Services.GetRequiredService<ContentEditor>().SaveAsync(document, "editor");
        await site.Services.GetRequiredService<PublishingService>().PublishAsync(document.Id);
        return document;
    }
}
