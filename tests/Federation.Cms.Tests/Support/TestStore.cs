using Federation.Cms.Editing;
using Federation.Cms.Hosting;
using Federation.Cms.Outbox;
using Federation.Cms.Publishing;
using Federation.Cms.Snapshot;
using Federation.Cms.Storage;
using Federation.Cms.Transfer;
using Federation.Cms.Versions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Federation.Cms.Tests.Support;

/// <summary>A content store of the test's own: a fresh SQLite file (or the given PostgreSQL database) and media folder.</summary>
internal sealed class TestStore : IAsyncDisposable
{
    readonly IHost host;

    readonly bool ownsFolder;

    TestStore(IHost host, string folder, bool ownsFolder)
    {
        this.host = host;
        this.ownsFolder = ownsFolder;
        Folder = folder;
    }

    public string Folder { get; }

    public FakeTimeProvider Time => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    public IServiceProvider Services => host.Services;

    public ContentEditor Editor => Services.GetRequiredService<ContentEditor>();

    public PublishingService Publishing => Services.GetRequiredService<PublishingService>();

    public VersionHistory History => Services.GetRequiredService<VersionHistory>();

    public PublishedSnapshotStore Snapshots => Services.GetRequiredService<PublishedSnapshotStore>();

    public OutboxDispatcher Dispatcher => Services.GetRequiredService<OutboxDispatcher>();

    public ContentImporter Importer => Services.GetRequiredService<ContentImporter>();

    public ContentExporter Exporter => Services.GetRequiredService<ContentExporter>();

    /// <summary>
    /// Opens a store; with <paramref name="connectionString"/> null, a SQLite file in <paramref name="folder"/>.
    /// A folder the test passes in is the test's to remove; one made here goes when the store is disposed.
    /// <paramref name="services"/> adds what a host would (the Api's webhook bodies, say).
    /// </summary>
    public static async Task<TestStore> OpenAsync(string? connectionString = null, string? folder = null, Action<IServiceCollection>? services = null)
    {
        var ownsFolder = folder is null;
        folder ??= Directory.CreateTempSubdirectory("federation-cms-test-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = folder,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration["ConnectionStrings:Content"] = connectionString ?? $"Data Source={Path.Combine(folder, "content.db")}";
        builder.Configuration["Media:Root"] = Path.Combine(folder, "media");
        builder.Configuration["Content:SeedPath"] = RepositoryPaths.ContentExport;
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8))));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddFederationCms();
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.Services.GetRequiredService<ContentDbContextFactory>().MigrateAsync(CancellationToken.None);
        return new TestStore(host, folder, ownsFolder);
    }

    /// <summary>Runs the start-up the host runs: seed import into an empty store, then the snapshot load.</summary>
    public Task StartAsync() =>
        Services.GetServices<IHostedService>().OfType<ContentStartup>().Single().StartAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Task.Yield();
        if (!ownsFolder)
        {
            return;
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left in the temp folder; it does not affect other tests.
        }
    }
}
