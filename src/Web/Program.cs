using Federation.Api;
using Federation.Cms;
using Federation.Cms.BackOffice;
using Federation.Web;
using Federation.Web.CommandLine;
using Federation.Web.Hosting;

var verb = CommandLineVerb.Parse(args);
if (verb.Error is { } error)
{
    await Console.Error.WriteLineAsync(error);
    return 2;
}

var builder = WebApplication.CreateBuilder(verb.HostArgs);
if (verb.Name is not null)
{
    // A verb's own output says what it did; the host's progress notes would only interleave with it.
    builder.Logging.AddFilter("Federation", LogLevel.Warning);
}

var (roles, rolesError) = NodeRoleSettings.Read(builder.Configuration);
if (rolesError is not null)
{
    await Console.Error.WriteLineAsync(rolesError);
    return 2;
}

builder.AddFederationCms();
builder.AddFederationBackOffice();
builder.AddFederationApi();
builder.AddFederationSite(roles);

await using var app = builder.Build();
if (verb.Name is not null)
{
    return await verb.RunAsync(app.Services);
}

app.MapFederationSite(roles);
if (roles.HasFlag(NodeRoles.Cms))
{
    app.MapFederationCms();
}

if (roles.HasFlag(NodeRoles.Api))
{
    app.MapFederationApi();
}

await app.RunAsync();
return 0;

/// <summary>The host; public so integration tests can start it.</summary>
public partial class Program;
