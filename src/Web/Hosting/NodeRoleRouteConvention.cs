using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Federation.Web.Hosting;

/// <summary>
/// Leaves unrouted the pages of a role this node does not serve: the back office (the Cms area)
/// without <see cref="NodeRoles.Cms"/>, the public pages without <see cref="NodeRoles.Site"/>. The
/// error and status pages stay on every node, so every refusal looks like the site.
/// </summary>
internal sealed class NodeRoleRouteConvention(NodeRoles roles) : IPageRouteModelConvention
{
    static readonly string[] EveryNode = ["/Error", "/Status"];

    public void Apply(PageRouteModel model)
    {
        var served = model.AreaName switch
        {
            "Cms" => roles.HasFlag(NodeRoles.Cms),
            null => roles.HasFlag(NodeRoles.Site) || EveryNode.Contains(model.ViewEnginePath),
            _ => true,
        };
        if (!served)
        {
            model.Selectors.Clear();
        }
    }
}
