using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace Federation.Web.Tests.Support;

/// <summary>The whole host on a store of its own, seeded from content-export at start-up as on a fresh machine.</summary>
public sealed class FederationSite : WebApplicationFactory<Program>
{
    readonly string folder = Directory.CreateTempSubdirectory("federation-site-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        builder.UseSetting("ConnectionStrings:Content", $"Data Source={Path.Combine(folder, "content.db")}");
        builder.UseSetting("Media:Root", Path.Combine(folder, "media"));
        builder.UseSetting("Content:SeedPath", RepositoryPaths.ContentExport);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
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
