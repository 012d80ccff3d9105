using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Federation.Api.GraphQL.Schema;
using Federation.Api.Publishing;
using Federation.Cms.Content;
using Federation.Cms.Partners;
using Microsoft.Extensions.Options;

namespace Federation.Api.Webhooks;

/// <summary>
/// The JSON bodies partners receive (docs/graphql.md, "Webhooks"): the event's id, type and time, and
/// the item as the GraphQL API names it (its global id for <c>node(id)</c>), with its title, slug and
/// address in each culture it has. Keys always in the same order; Chinese written as is.
/// </summary>
internal sealed class WebhookPayloads(IPublicSite site, IOptions<WebhookOptions> options) : IWebhookPayloads
{
    static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public string ContentEvent(WebhookContentEvent contentEvent) => Write(contentEvent.EventId, contentEvent.Type, contentEvent.OccurredAt, json =>
    {
        var item = contentEvent.Item;
        json.WriteStartObject("item");
        json.WriteString("id", GlobalId.Of(item));
        json.WriteString("itemId", item.Id);
        json.WriteString("type", ContentTypeInfo.Of(item.Type).Name);
        json.WriteNumber("version", item.Version);
        json.WriteStartObject("cultures");
        foreach (var culture in Cultures.All.Where(item.HasCulture))
        {
            var text = item.Text(culture)!;
            json.WriteStartObject(culture);
            json.WriteString("title", text.Title);
            json.WriteString("slug", text.Slug);
            json.WriteString("url", options.Value.SiteOrigin + site.ItemPath(item, culture));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    });

    public string TestEvent(WebhookTestEvent testEvent) => Write(testEvent.EventId, WebhookEventTypes.Test, testEvent.OccurredAt, json =>
    {
        json.WriteStartObject("webhook");
        json.WriteString("id", testEvent.WebhookId);
        json.WriteEndObject();
    });

    static string Write(Guid eventId, string type, DateTimeOffset occurredAt, Action<Utf8JsonWriter> rest)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Writing))
        {
            json.WriteStartObject();
            json.WriteString("id", eventId);
            json.WriteString("type", type);
            json.WriteString("occurredAt", ShanghaiTime.From(occurredAt));
            rest(json);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
