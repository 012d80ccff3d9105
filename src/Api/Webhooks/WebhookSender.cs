using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Federation.Cms.Partners;
using Microsoft.Extensions.Options;

namespace Federation.Api.Webhooks;

/// <summary>
/// Makes one attempt at a delivery: a signed POST of its body. Any 2xx delivers it; any other status,
/// no answer within <see cref="WebhookOptions.Timeout"/> or no connection at all is retried on
/// <see cref="WebhookRetrySchedule"/>. Redirects are not followed: a receiver answers where it is.
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, IOptions<WebhookOptions> options, TimeProvider time)
{
    public const string ClientName = "Federation.Webhooks";

    /// <summary>Names the sender to receivers (ASCII only, as header values must be).</summary>
    public const string UserAgent = "Federation-Webhooks/1.0 (Shanghai Modern Service Industry Federation)";

    const int ExcerptBytes = 2048;

    public async Task<WebhookAttemptResult> SendAsync(WebhookDispatch dispatch, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var at = time.GetUtcNow();
        var started = time.GetTimestamp();
        int? status = null;
        string? error = null, excerpt = null;
        if (dispatch.Secret is null)
        {
            error = "The signing secret cannot be read (the data-protection keys changed): give the webhook a new secret.";
        }
        else
        {
            var body = Encoding.UTF8.GetBytes(dispatch.Body);
            using var request = new HttpRequestMessage(HttpMethod.Post, dispatch.Url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(dispatch.Secret, at, body));
            request.Headers.Add("Federation-Event", dispatch.EventType);
            request.Headers.Add("Federation-Delivery", dispatch.DeliveryId.ToString());
            request.Headers.UserAgent.ParseAdd(UserAgent);
            using var timeout = new CancellationTokenSource(settings.Timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                status = (int)response.StatusCode;
                excerpt = await ExcerptAsync(response, linked.Token);
                if (!response.IsSuccessStatusCode)
                {
                    error = $"HTTP {status.Value.ToString(CultureInfo.InvariantCulture)} {response.ReasonPhrase}".TrimEnd();
                }
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                error = $"No answer within {settings.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.";
            }
            catch (HttpRequestException e)
            {
                error = e.InnerException is { } inner && !e.Message.Contains(inner.Message, StringComparison.Ordinal) ? $"{e.Message} ({inner.Message})" : e.Message;
            }
        }

        var delivered = status is >= 200 and < 300;
        var now = time.GetUtcNow();
        return new WebhookAttemptResult(
            at, time.GetElapsedTime(started), status, delivered ? null : error, excerpt, delivered,
            delivered ? null : WebhookRetrySchedule.Next(dispatch.Attempt, dispatch.RetriesFrom, now, settings, Random.Shared));
    }

    /// <summary>The start of the answer's body, as text, without reading more of it than that.</summary>
    static async Task<string?> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[ExcerptBytes];
        var read = 0;
        while (read < buffer.Length && await stream.ReadAsync(buffer.AsMemory(read), cancellationToken) is > 0 and var count)
        {
            read += count;
        }

        if (read == 0)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, read);
        return text.Length > WebhookDeliveries.MaxExcerptLength ? text[..WebhookDeliveries.MaxExcerptLength] : text;
    }
}
