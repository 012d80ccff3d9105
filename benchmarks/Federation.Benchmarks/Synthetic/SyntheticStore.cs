using Federation.Cms;
using Federation.Cms.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Federation.Benchmarks.Synthetic;

/// <summary>A SQLite store of synthetic content, made once per size and kept under FEDERATION_BENCH_DATA (default: the temp folder).</summary>
internal static class SyntheticStore
{
    public static string Folder => Environment.GetEnvironmentVariable("FEDERATION_BENCH_DATA") is { Length: > 0 } folder
        ? folder
        : Path.Combine(Path.GetTempPath(), "federation-bench");

    /// <summary>
    /// A host with the content core on a store holding <paramref name="count"/> synthetic items, generating them the first time;
    /// <paramref name="configure"/> adds what else a benchmark needs. Not started: starting it loads the published snapshot.
    /// </summary>
    public static async Task<IHost> OpenAsync(int count, Action<IHostApplicationBuilder>? configure = null)
    {
        Directory.CreateDirectory(Folder);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Folder, EnvironmentName = Environments.Production });
        builder.Configuration["ConnectionStrings:Content"] = $"Data Source={Path.Combine(Folder, $"synthetic-{count}.db")}";
        builder.Configuration["Media:Root"] = Path.Combine(Folder, "media");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddFederationCms();
        configure?.Invoke(builder);
        var host = builder.Build();
        var store = host.Services.GetRequiredService<ContentDbContextFactory>();
        await store.MigrateAsync(CancellationToken.None);
        await using var db = store.Create();
        var present = await db.Items.CountAsync();
        if (present != count)
        {
            await db.Items.ExecuteDeleteAsync();
            await db.Versions.ExecuteDeleteAsync();
            Console.Error.WriteLine($"Generating {count} synthetic items in {Folder}…");
            await SyntheticContent.AddAsync(store, count, done => Console.Error.Write($"\r{done}/{count}"));
            Console.Error.WriteLine();
        }

        return host;
    }
}
