using System.Globalization;
using Federation.Cms.Audit;
using Federation.Cms.Content;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages.Audit;

/// <summary>The audit log, newest first, filtered by action, actor, item and day (Shanghai).</summary>
internal sealed class IndexModel(AuditLog log) : PageModel
{
    public AuditQuery Query { get; private set; } = new();

    public AuditPage Result { get; private set; } = new([], 0);

    public string? From { get; private set; }

    public string? Until { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? action, string? actor, string? item, string? from, string? until, [FromQuery(Name = "page")] int page = 1)
    {
        var problems = new List<string>();
        AuditAction? parsedAction = null;
        if (!string.IsNullOrEmpty(action))
        {
            if (Enum.TryParse<AuditAction>(action, out var a) && Enum.IsDefined(a)) { parsedAction = a; } else { problems.Add($"action \"{action}\" is unknown"); }
        }

        Guid? itemId = null;
        if (!string.IsNullOrWhiteSpace(item))
        {
            if (Guid.TryParse(item, out var id)) { itemId = id; } else { problems.Add($"item \"{item}\" is not an id"); }
        }

        (From, Until) = (from, until);
        var fromTime = Day(from, "from", problems);
        var untilTime = Day(until, "until", problems)?.AddDays(1);
        if (problems.Count > 0 || page < 1)
        {
            return BadRequest(string.Join("; ", problems.DefaultIfEmpty("page must be 1 or more")));
        }

        Query = new AuditQuery { Action = parsedAction, Actor = actor, ItemId = itemId, From = fromTime, Until = untilTime, Page = page };
        Result = await log.QueryAsync(Actor.From(User), Query);
        return Page();
    }

    public string PageUrl(int number)
    {
        var query = new QueryBuilder(Request.Query.Where(p => p.Key != "page").SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? ""))));
        query.Add("page", number.ToString(CultureInfo.InvariantCulture));
        return Request.Path + query.ToQueryString().Value;
    }

    /// <summary>The start of a day in Shanghai.</summary>
    static DateTimeOffset? Day(string? value, string name, List<string> problems)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return ShanghaiTime.StartOf(day);
        }

        problems.Add($"{name} \"{value}\" is not a date like 2026-11-25");
        return null;
    }
}
