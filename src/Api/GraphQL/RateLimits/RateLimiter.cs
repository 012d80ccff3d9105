using Federation.Cms.Partners;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Federation.Api.GraphQL.RateLimits;

/// <summary>
/// Rate limits in query cost per minute: anonymous callers share a low limit per address
/// (<see cref="GraphQLOptions.AnonymousCostPerMinute"/>), a partner sending its key in
/// <c>X-Api-Key</c> gets its own. A request is let through while the caller has cost left this
/// minute, and charged what its answer cost (at least 1). Every answer says where the caller
/// stands in <c>RateLimit-*</c> headers; one over the limit gets 429 with Retry-After. Should the
/// counter fail (Redis away), requests are let through rather than refused.
/// </summary>
internal sealed partial class RateLimiter(
    PartnerDirectory partners, ICostCounter counter, TimeProvider time, IOptions<GraphQLOptions> options, ILogger<RateLimiter> logger)
{
    public const string KeyHeader = "X-Api-Key";

    /// <summary>The caller of <paramref name="request"/>, or null when it sent a key that is not (or no longer) valid.</summary>
    public Caller? Identify(HttpRequest request)
    {
        if (request.Headers[KeyHeader] is { Count: > 0 } keys)
        {
            return partners.FindByApiKey(keys.ToString()) is { } partner
                ? new Caller($"partner:{partner.PartnerId:N}", partner.CostPerMinute, partner.Name)
                : null;
        }

        return new Caller($"address:{request.HttpContext.Connection.RemoteIpAddress}", options.Value.AnonymousCostPerMinute, null);
    }

    /// <summary>Whether <paramref name="caller"/> has cost left this minute; writes the RateLimit headers, and Retry-After when not.</summary>
    public async Task<bool> AdmitAsync(Caller caller, HttpResponse response, CancellationToken cancellationToken)
    {
        var (minute, reset) = Now();
        var spent = await CountAsync(() => counter.ReadAsync(caller.Id, minute, cancellationToken), 0);
        Describe(response, caller, spent, reset);
        if (spent < caller.CostPerMinute)
        {
            return true;
        }

        response.Headers.RetryAfter = reset.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return false;
    }

    /// <summary>Charges <paramref name="caller"/> <paramref name="cost"/> (at least 1) and updates the RateLimit headers.</summary>
    public async Task ChargeAsync(Caller caller, int cost, HttpResponse response, CancellationToken cancellationToken)
    {
        var (minute, reset) = Now();
        var spent = await CountAsync(() => counter.AddAsync(caller.Id, minute, Math.Max(1, cost), cancellationToken), Math.Max(1, cost));
        Describe(response, caller, spent, reset);
    }

    // The current minute, and the seconds until the next.
    (long Minute, int Reset) Now()
    {
        var seconds = time.GetUtcNow().ToUnixTimeSeconds();
        return (seconds / 60, (int)(60 - seconds % 60));
    }

    static void Describe(HttpResponse response, Caller caller, long spent, int reset)
    {
        var headers = response.Headers;
        headers["RateLimit-Policy"] = $"{caller.CostPerMinute};w=60";
        headers["RateLimit-Limit"] = caller.CostPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = Math.Max(0, caller.CostPerMinute - spent).ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["RateLimit-Reset"] = reset.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    async Task<long> CountAsync(Func<Task<long>> count, long fallback)
    {
        try
        {
            return await count();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCounterFailed(e);
            return fallback;
        }
    }

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "The rate-limit counter failed; the request is let through")]
    partial void LogCounterFailed(Exception exception);
}
