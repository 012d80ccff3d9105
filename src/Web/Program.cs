using Federation.Api;
using Federation.Cms;
using Federation.Cms.BackOffice;
using Federation.Web;
using Federation.Web.CommandLine;

var verb = CommandLineVerb.Parse(args);
if (verb.Error is { } error)
{
    await Console.Error.WriteLineAsync(error);
    return 2;
}

var builder = WebApplication.CreateBuilder(verb.HostArgs);
builder.AddFederationCms();
builder.AddFederationBackOffice();
builder.AddFederationApi();
builder.AddFederationSite();

var app = builder.Build();
if (verb.Name is not null)
{
    return await verb.RunAsync(app.Services);
}

app.MapFederationSite();
app.MapFederationCms();
app.MapFederationApi();
await app.RunAsync();
return 0;

/// <summary>The host; public so integration tests can start it.</summary>
public partial class Program;
