using Federation.Cms.BackOffice;
using Federation.Cms.Content;
using Federation.Cms.Partners;

namespace Federation.Cms.Areas.Cms.Pages.Partners;

/// <summary>How the partner screens name webhooks' events, types and deliveries.</summary>
internal static class PartnerWords
{
    /// <summary>What the form for a new webhook starts with: both events, every type, on.</summary>
    public static WebhookInput NewWebhook { get; } = new(null, OnPublished: true, OnUnpublished: true, [], Active: true);

    public static string Events(WebhookRow webhook) =>
        string.Join("、", new[] { webhook.OnPublished ? "发布" : null, webhook.OnUnpublished ? "下线" : null }.OfType<string>());

    public static string Types(WebhookRow webhook) =>
        webhook.ContentTypes.Count == 0 ? "全部" : string.Join("、", webhook.ContentTypes.Select(BackOfficeWords.Of));

    public static WebhookInput AsInput(WebhookRow webhook) =>
        new(webhook.Url, webhook.OnPublished, webhook.OnUnpublished, [.. webhook.ContentTypes.Select(t => ContentTypeInfo.Of(t).Name)], webhook.Active);

    public static string Event(string type) => type switch
    {
        WebhookEventTypes.Published => "发布",
        WebhookEventTypes.Unpublished => "下线",
        WebhookEventTypes.Test => "测试",
        _ => type,
    };

    public static string Status(DeliveryRow delivery) => delivery.Status switch
    {
        WebhookDeliveryStatus.Pending => delivery.Attempts == 0 ? "等待发送" : "等待重试",
        WebhookDeliveryStatus.Delivered => "已送达",
        WebhookDeliveryStatus.Failed => "失败",
        _ => delivery.Status.ToString(),
    };

    /// <summary>The last answer: a status code, or why there was none.</summary>
    public static string Result(int? statusCode, string? error) =>
        statusCode is { } code ? (error is null ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{code}：{error}") : error ?? "—";
}
