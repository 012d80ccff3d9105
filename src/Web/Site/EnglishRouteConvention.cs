using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Federation.Web.Site;

/// <summary>Gives every public page a second route under <c>/en</c>: <c>/news/{slug}</c> is also <c>/en/news/{slug}</c>.</summary>
internal sealed class EnglishRouteConvention : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        // Only the public site is in two languages; the back office (the Cms area) is not.
        if (model.AreaName is not null)
        {
            return;
        }

        foreach (var selector in model.Selectors.ToList())
        {
            var template = selector.AttributeRouteModel?.Template;
            if (template is null || template.StartsWith("en", StringComparison.Ordinal))
            {
                continue;
            }

            model.Selectors.Add(new SelectorModel
            {
                AttributeRouteModel = new AttributeRouteModel
                {
                    Template = template.Length == 0 ? "en" : "en/" + template,
                    // The zh-CN route generates links; the English one only matches.
                    SuppressLinkGeneration = true,
                },
            });
        }
    }
}
