using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Federation.Tests.Site;

/// <summary>The whole host on a store of its own, seeded from content-export at start-up as on a fresh machine.</summary>
public sealed class FederationSite : WebApplicationFactory<Program>
{
    readonly string folder = Directory.CreateTempSubdirectory("federation-site-").FullName;
    readonly IReadOnlyDictionary<string, string> settings;
    readonly Action<IServiceCollection>? services;

    /// <summary>A site on its embedded defaults. The only public constructor: xUnit builds class fixtures with it.</summary>
    public FederationSite()
        : this(new Dictionary<string, string>())
    {
    }

    FederationSite(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? services = null) => (this.settings, this.services) = (settings, services);

    /// <summary>
    /// A site with these configuration settings over its defaults (a Redis or PostgreSQL connection, say),
    /// and <paramref name="services"/> replacing some of the host's (a clock the test moves, say).
    /// </summary>
    public static FederationSite With(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? services = null) => new(settings, services);

    /// <summary>The folder of this site's store and media.</summary>
    public string Folder => folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        builder.UseSetting("ConnectionStrings:Content", $"Data Source={Path.Combine(folder, "content.db")}");
        builder.UseSetting("Media:Root", Path.Combine(folder, "media"));
        builder.UseSetting("Search:IndexPath", Path.Combine(folder, "search"));
        builder.UseSetting("Content:SeedPath", RepositoryPaths.ContentExport);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Kestrel warns that the listener below overrides the default Urls: expected here.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Server.Kestrel", "Error");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>Starts the host and waits until its search index is built, as a visitor would find it a moment after a fresh start.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        SearchIndexWait.UntilBuilt(host.Services);
        return host;
    }

    /// <summary>Starts the host on Kestrel at a free loopback port, for a real browser, and returns its origin.</summary>
    public Uri StartOnLoopback()
    {
        // This endpoint replaces the host's default Urls (localhost:5000): no other test or running site is disturbed.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder; no other test uses it.
        }
    }
}
