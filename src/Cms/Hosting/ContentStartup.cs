using Federation.Cms.Snapshot;
using Federation.Cms.Storage;
using Federation.Cms.Transfer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Federation.Cms.Hosting;

/// <summary>
/// Runs before the server takes requests: brings the schema up to date, imports content-export
/// into an empty store, and loads the published snapshot. Public pages then never wait for the database.
/// </summary>
internal sealed partial class ContentStartup(
    ContentDbContextFactory store,
    ContentImporter importer,
    SnapshotLoader loader,
    PublishedSnapshotStore snapshots,
    IOptions<ContentOptions> options,
    IHostEnvironment environment,
    ILogger<ContentStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        if (options.Value.ImportSeedIntoEmptyStore && await IsEmptyAsync(cancellationToken))
        {
            var seed = FindSeed();
            if (seed is null)
            {
                LogNoSeed(environment.ContentRootPath);
            }
            else
            {
                var counts = await importer.ImportAsync(seed, cancellationToken);
                LogSeeded(counts.Items, counts.Media, seed);
            }
        }

        snapshots.Swap(await loader.LoadAllAsync(cancellationToken));
        LogLoaded(snapshots.Current.Count, snapshots.Current.Cursor);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var db = store.Create();
        return !await db.Items.AnyAsync(cancellationToken);
    }

    string? FindSeed()
    {
        if (options.Value.SeedPath is { } configured)
        {
            return Path.GetFullPath(configured, environment.ContentRootPath);
        }

        for (var folder = new DirectoryInfo(environment.ContentRootPath); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "content-export");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Imported {Items} items and {Media} media files from {Seed} into the empty store")]
    partial void LogSeeded(int items, int media, string seed);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "The store is empty and no content-export folder was found from {ContentRoot}; set Content:SeedPath")]
    partial void LogNoSeed(string contentRoot);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Published snapshot loaded: {Items} items, outbox cursor {Cursor}")]
    partial void LogLoaded(int items, long cursor);
}
