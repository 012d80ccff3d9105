namespace Federation.Web.Hosting;

/// <summary>What one node serves (<c>Hosting:Roles</c>).</summary>
[Flags]
internal enum NodeRoles
{
    /// <summary>The public site: pages, sitemap, robots.txt and media files.</summary>
    Site = 1,

    /// <summary>The machine endpoints: feeds and calendar files.</summary>
    Api = 2,

    /// <summary>The back office at <c>/cms</c>, and running scheduled publishes.</summary>
    Cms = 4,

    /// <summary>Everything: the default, one node on its own.</summary>
    All = Site | Api | Cms,
}

/// <summary>Reads <c>Hosting:Roles</c>: a list such as <c>site,api</c>; absent or empty means every role.</summary>
internal static class NodeRoleSettings
{
    public const string Key = "Hosting:Roles";

    static readonly Dictionary<string, NodeRoles> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["site"] = NodeRoles.Site,
        ["api"] = NodeRoles.Api,
        ["cms"] = NodeRoles.Cms,
    };

    /// <summary>The roles configured, or an error that names the key and what is allowed.</summary>
    public static (NodeRoles Roles, string? Error) Read(IConfiguration configuration)
    {
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return (NodeRoles.All, null);
        }

        var roles = (NodeRoles)0;
        foreach (var name in value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Names.TryGetValue(name, out var role))
            {
                return (0, $"{Key}: \"{name}\" is not a role. A node serves any of: {string.Join(", ", Names.Keys)} (e.g. \"site,api\").");
            }

            roles |= role;
        }

        return (roles, null);
    }
}
