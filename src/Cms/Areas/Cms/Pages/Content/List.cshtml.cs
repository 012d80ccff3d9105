using Federation.Cms.Catalogue;
using Federation.Cms.Content;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages.Content;

/// <summary>The items of one type: text filter, status filter, sort and paging, 50 to a page.</summary>
internal sealed class ListModel(ItemCatalogue catalogue) : PageModel
{
    public ContentTypeInfo Type { get; private set; } = null!;

    public string? Text { get; private set; }

    public ContentStatus? Status { get; private set; }

    public CatalogueSort Sort { get; private set; }

    public CataloguePage Result { get; private set; } = null!;

    public bool Deleted => Request.Query.ContainsKey("deleted");

    public async Task<IActionResult> OnGetAsync(string folder, string? q, string? status, string? sort, [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        if (ContentTypeInfo.All.FirstOrDefault(t => t.Folder == folder) is not { } type)
        {
            return NotFound();
        }

        Type = type;
        Text = q;
        var problems = new List<string>();
        Status = Parse<ContentStatus>(status, "status", problems);
        Sort = Parse<CatalogueSort>(sort, "sort", problems) ?? CatalogueSort.Newest;
        var number = 1;
        if (!string.IsNullOrEmpty(page) && (!int.TryParse(page, out number) || number < 1))
        {
            problems.Add($"page \"{page}\" is not a page number");
            number = 1;
        }

        if (problems.Count > 0)
        {
            return BadRequest(string.Join("; ", problems));
        }

        Result = await catalogue.ListAsync(Actor.From(User), new CatalogueQuery { Type = type.Type, Text = q, Status = Status, Sort = Sort, Page = number }, cancellationToken);
        return Page();
    }

    public string PageUrl(int number)
    {
        var query = new QueryBuilder();
        foreach (var (key, value) in Request.Query.Where(p => p.Key != "page"))
        {
            query.Add(key, value.ToArray()!);
        }

        query.Add("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Request.Path + query.ToQueryString().Value;
    }

    static T? Parse<T>(string? value, string name, List<string> problems) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        problems.Add($"{name} \"{value}\" is not one of {string.Join(", ", Enum.GetNames<T>())}");
        return null;
    }
}
