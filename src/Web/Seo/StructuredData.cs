using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;
using Federation.Web.Media;
using Federation.Web.Site;

namespace Federation.Web.Seo;

/// <summary>
/// schema.org JSON-LD for a page (https://schema.org, https://developers.google.com/search/docs/appearance/structured-data):
/// NewsArticle, Event and Course for their types; a standard is a CreativeWork marked as a technical
/// standard (schema.org has no Standard type); the home page is a WebSite with its search.
/// Only what the content says is written; nothing is filled in.
/// </summary>
internal static class StructuredData
{
    /// <summary>Wikidata's "technical standard", the closest published vocabulary term for a group standard.</summary>
    const string TechnicalStandard = "https://www.wikidata.org/wiki/Q317623";

    // Script-safe: <, >, & and quotes are escaped, so the JSON cannot end the <script> element; CJK stays readable.
    static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The JSON text for a <c>&lt;script type="application/ld+json"&gt;</c> element.</summary>
    public static string Serialize(JsonObject data) => data.ToJsonString(Options);

    /// <summary>The home page: the site, its search, and the Federation behind it.</summary>
    public static JsonObject WebSite(string origin, string culture)
    {
        var labels = SiteLabels.For(culture);
        var home = origin + SiteCulture.Localize("/", culture);
        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebSite",
            ["name"] = labels.SiteName,
            ["url"] = home,
            ["inLanguage"] = culture,
            ["publisher"] = Federation(origin, culture),
            ["potentialAction"] = new JsonObject
            {
                ["@type"] = "SearchAction",
                ["target"] = origin + SiteCulture.Localize("/search", culture) + "?q={search_term_string}",
                ["query-input"] = "required name=search_term_string",
            },
        };
    }

    /// <summary>The item's own type with its facts, or null for types that have no fitting schema.org type (pages, showcases).</summary>
    public static JsonObject? ForItem(PublishedItem item, string culture, string origin)
    {
        var type = item.Type switch
        {
            ContentType.News => "NewsArticle",
            ContentType.Forum => "Event",
            ContentType.Course => "Course",
            ContentType.Standard => "CreativeWork",
            _ => null,
        };
        if (type is null)
        {
            return null;
        }

        var text = item.Text(culture) ?? item.Document.ChineseText;
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = type,
            ["name"] = text.Title,
            ["url"] = origin + ContentRoutes.Item(item, culture),
            ["inLanguage"] = item.HasCulture(culture) ? culture : Cultures.Chinese,
        };
        Add(data, "description", text.SeoDescription ?? text.Summary);
        Add(data, "image", item.Cover is { } cover && cover.ContentType.StartsWith("image/", StringComparison.Ordinal) ? origin + MediaUrls.Original(cover) : null);
        Add(data, "keywords", text.Tags.Count > 0 ? string.Join(", ", text.Tags) : null);
        switch (item.Document.Fields)
        {
            case NewsFields news:
                NewsArticle(data, item, (NewsText)text, news, culture, origin);
                break;
            case ForumFields forum:
                Event(data, (ForumText)text, forum);
                break;
            case CourseFields course:
                Course(data, (CourseText)text, course, culture, origin);
                break;
            case StandardFields standard:
                Standard(data, item, (StandardText)text, standard, culture, origin);
                break;
        }

        return data;
    }

    static void NewsArticle(JsonObject data, PublishedItem item, NewsText text, NewsFields news, string culture, string origin)
    {
        data["headline"] = text.Title;
        data["articleSection"] = SiteLabels.For(culture).Of(news.Category);
        Add(data, "datePublished", item.Published is { } published ? SiteFormat.Machine(published) : null);
        Add(data, "dateModified", (item.Updated ?? item.Published) is { } modified ? SiteFormat.Machine(modified) : null);
        data["author"] = string.IsNullOrWhiteSpace(text.Byline) ? Federation(origin, culture) : new JsonObject { ["@type"] = "Person", ["name"] = text.Byline };
        data["publisher"] = Federation(origin, culture);
        Add(data, "sourceOrganization", text.Source);
    }

    static void Event(JsonObject data, ForumText text, ForumFields forum)
    {
        Add(data, "startDate", forum.Start is { } start ? SiteFormat.Machine(start) : null);
        Add(data, "endDate", forum.End is { } end ? SiteFormat.Machine(end) : null);
        if (forum.Start is not null)
        {
            data["eventStatus"] = "https://schema.org/EventScheduled";
        }

        Add(data, "eventAttendanceMode", forum.Format switch
        {
            ForumFormat.OnSite => "https://schema.org/OfflineEventAttendanceMode",
            ForumFormat.Online => "https://schema.org/OnlineEventAttendanceMode",
            ForumFormat.Hybrid => "https://schema.org/MixedEventAttendanceMode",
            _ => null,
        });
        if (!string.IsNullOrWhiteSpace(text.Venue) || !string.IsNullOrWhiteSpace(text.Address))
        {
            var place = new JsonObject { ["@type"] = "Place" };
            Add(place, "name", text.Venue);
            Add(place, "address", text.Address);
            data["location"] = place;
        }

        Add(data, "organizer", Organisations(Facet(text.Organiser).Concat(text.CoOrganisers)));
    }

    static void Course(JsonObject data, CourseText text, CourseFields course, string culture, string origin)
    {
        var labels = SiteLabels.For(culture);
        data["provider"] = Federation(origin, culture);
        Add(data, "educationalLevel", course.Level is { } level ? labels.Of(level) : null);
        Add(data, "educationalCredentialAwarded", text.Certificate);
        Add(data, "occupationalCategory", text.Occupation);
        Add(data, "coursePrerequisites", text.Eligibility);
        var instance = new JsonObject { ["@type"] = "CourseInstance" };
        Add(instance, "courseMode", course.Online switch { true => "online", false => "onsite", null => null });
        Add(instance, "startDate", course.Start is { } start ? SiteFormat.Machine(start) : null);
        Add(instance, "endDate", course.End is { } end ? SiteFormat.Machine(end) : null);
        Add(instance, "location", text.Location);
        if (instance.Count > 1)
        {
            data["hasCourseInstance"] = instance;
        }

        if (course.FeeYuan is { } fee)
        {
            var offer = new JsonObject { ["@type"] = "Offer", ["price"] = fee, ["priceCurrency"] = "CNY", ["category"] = fee == 0 ? "Free" : "Paid" };
            Add(offer, "availabilityEnds", course.RegistrationDeadline is { } deadline ? SiteFormat.Machine(deadline) : null);
            data["offers"] = offer;
        }
    }

    static void Standard(JsonObject data, PublishedItem item, StandardText text, StandardFields standard, string culture, string origin)
    {
        data["additionalType"] = TechnicalStandard;
        data["genre"] = SiteLabels.For(culture).Standards;
        Add(data, "identifier", standard.Code);
        Add(data, "creativeWorkStatus", standard.Status is { } status ? SiteLabels.For(culture).Of(status) : null);
        Add(data, "datePublished", standard.PublicationDate is { } published ? SiteFormat.Machine(published) : null);
        Add(data, "about", text.Domain);
        Add(data, "publisher", Organisations(Facet(text.IssuingBody)));
        Add(data, "contributor", Organisations(text.DraftingOrganisations));
        if (standard.FullText is { } pdf && item.Media.GetValueOrDefault(pdf) is { } file)
        {
            data["encoding"] = new JsonObject { ["@type"] = "MediaObject", ["contentUrl"] = origin + MediaUrls.Original(file), ["encodingFormat"] = file.ContentType };
        }

        Add(data, "sameAs", SafeLinks.OrNull(standard.NationalRegistrationUrl));
    }

    static JsonObject Federation(string origin, string culture) => new()
    {
        ["@type"] = "Organization",
        ["name"] = SiteLabels.For(culture).SiteName,
        ["url"] = origin + SiteCulture.Localize("/", culture),
    };

    static JsonNode? Organisations(IEnumerable<string> names)
    {
        JsonNode[] list = [.. names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => (JsonNode)new JsonObject { ["@type"] = "Organization", ["name"] = n })];
        return list.Length switch { 0 => null, 1 => list[0], _ => new JsonArray(list) };
    }

    static IEnumerable<string> Facet(string? value) => string.IsNullOrWhiteSpace(value) ? [] : [value];

    static void Add(JsonObject data, string key, JsonNode? value)
    {
        if (value is not null && !(value is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s)))
        {
            data[key] = value;
        }
    }
}
