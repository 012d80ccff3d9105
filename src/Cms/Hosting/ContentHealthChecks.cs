using Federation.Cms.Snapshot;
using Federation.Cms.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Federation.Cms.Hosting;

/// <summary>Healthy when the content store answers a query.</summary>
internal sealed class ContentStoreHealthCheck(ContentDbContextFactory store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = store.Create();
            var items = await db.Items.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{store.Provider} store answers", new Dictionary<string, object>
            {
                ["provider"] = store.Provider.ToString(),
                ["items"] = items,
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Public pages still come from the snapshot, so the site is degraded, not down.
            return HealthCheckResult.Degraded($"{store.Provider} store does not answer: {e.Message}");
        }
    }
}

/// <summary>Healthy once the published snapshot is loaded.</summary>
internal sealed class SnapshotHealthCheck(PublishedSnapshotStore snapshots) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = snapshots.Current;
        var data = new Dictionary<string, object>
        {
            ["items"] = snapshot.Count,
            ["cursor"] = snapshot.Cursor,
            ["builtAt"] = snapshot.BuiltAt,
        };
        return Task.FromResult(snapshots.IsLoaded
            ? HealthCheckResult.Healthy($"{snapshot.Count} published items in memory", data)
            : HealthCheckResult.Unhealthy("the published snapshot is not loaded yet", data: data));
    }
}
