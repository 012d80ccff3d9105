using Federation.Api.Search.Engine;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;

namespace Federation.Api.Search.Indexing;

/// <summary>Turns a published item into what the index keeps of it: one document per culture of the site.</summary>
internal sealed class SearchDocuments(AttachmentText attachments, string analysisVersion)
{
    /// <summary>The documents of <paramref name="item"/>, one per culture; where it has no text in a culture, its Chinese text stands in.</summary>
    public IEnumerable<SearchDocument> Of(PublishedItem item)
    {
        var stamp = StampOf(item);
        var attachment = Attachment(item);
        foreach (var culture in Cultures.All)
        {
            var text = item.Text(culture) ?? item.Document.ChineseText;
            yield return new SearchDocument
            {
                Id = item.Id,
                Culture = culture,
                Type = item.Type,
                Title = PlainText.Collapse(text.Title),
                Summary = PlainText.Join([text.Summary, text is StandardText s ? PlainText.OfHtml(s.Scope) : null]),
                Body = Body(text),
                Tags = text.Tags,
                Code = item.Type == ContentType.Standard ? item.Fields<StandardFields>().Code : null,
                Attachment = attachment,
                Date = DateOf(item),
                Stamp = stamp,
            };
        }
    }

    /// <summary>
    /// What <see cref="Of"/> makes the documents from, without making them: the analysis, the published
    /// version and when it was saved. An index whose stamp differs holds an older version of the item.
    /// </summary>
    public string StampOf(PublishedItem item) => $"{analysisVersion}:{item.Version}:{item.SavedAt.UtcTicks}";

    string Attachment(PublishedItem item) =>
        item.Type == ContentType.Standard && item.Fields<StandardFields>().FullText is { } pdf && item.Media.GetValueOrDefault(pdf) is { } media
            ? attachments.Of(media)
            : "";

    /// <summary>The date readers know <paramref name="item"/> by: published; else a standard's publication date or a forum's start.</summary>
    public static DateTimeOffset? DateOf(PublishedItem item) => item.Published ?? item.Document.Fields switch
    {
        StandardFields { PublicationDate: { } date } => new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)),
        ForumFields { Start: { } start } => start,
        _ => null,
    };

    static string Body(CultureText text) => text switch
    {
        NewsText t => PlainText.Join([PlainText.OfHtml(t.Body), t.Byline, t.Source]),
        ForumText t => PlainText.Join([PlainText.OfHtml(t.Body), t.Venue, t.Address, t.Organiser, .. t.CoOrganisers, t.Platform, .. t.Agenda.SelectMany(a => (IEnumerable<string?>)[a.Title, .. a.Speakers])]),
        StandardText t => PlainText.Join([PlainText.OfHtml(t.Body), t.Domain, t.IssuingBody, .. t.DraftingOrganisations]),
        CourseText t => PlainText.Join([PlainText.OfHtml(t.Body), t.Occupation, t.Location, t.Eligibility, t.Certificate]),
        ShowcaseText t => PlainText.Join([t.Focus, .. t.TypicalCases, .. t.LeadOrganisations, PlainText.OfHtml(t.Body)]),
        PageText t => PlainText.OfHtml(t.Body),
        _ => "",
    };
}
