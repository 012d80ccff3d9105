using System.Globalization;
using Federation.Cms.Content;
using Federation.Cms.Editing;
using Federation.Cms.Editing.Forms;
using Federation.Cms.Media;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages.Media;

/// <summary>One media item: its alt text and caption in both languages, credit, focal point, and where it is used.</summary>
internal sealed class EditModel(MediaLibrary library, ItemReferences references) : PageModel
{
    public MediaItem? Item { get; private set; }

    public IReadOnlyDictionary<string, MediaText> Texts { get; private set; } = new Dictionary<string, MediaText>();

    public string? Credit { get; private set; }

    public double FocalX { get; private set; } = 50;

    public double FocalY { get; private set; } = 50;

    public IReadOnlyList<ValidationProblem> Problems { get; private set; } = [];

    public IReadOnlyList<(Guid Id, ContentType Type, string Title)> Usage { get; private set; } = [];

    public string? Done { get; private set; }

    public bool CanDelete => Actor.From(User).Can(CmsCapability.Publish);

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken cancellationToken)
    {
        Done = done switch { "saved" => "已保存。", _ => null };
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        (Texts, Credit) = (Item!.Cultures, Item.Credit);
        (FocalX, FocalY) = Item.FocalPoint is { } point ? (Math.Round(point.X * 100, 1), Math.Round(point.Y * 100, 1)) : (50, 50);
        return Page();
    }

    public async Task<IActionResult> OnPostDescribeAsync(Guid id, Dictionary<string, string?> alt, Dictionary<string, string?> caption, string? credit, string? focalX, string? focalY, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Texts = Cultures.All.ToDictionary(c => c, c => new MediaText { Alt = alt.GetValueOrDefault(c), Caption = caption.GetValueOrDefault(c) });
        Credit = credit;
        FocalPoint? point = null;
        var problems = new List<ValidationProblem>();
        if (Item!.IsImage)
        {
            if (Percent(focalX) is { } x && Percent(focalY) is { } y)
            {
                (FocalX, FocalY, point) = (x, y, new FocalPoint(x / 100, y / 100));
            }
            else
            {
                problems.Add(new("focalPoint", "焦点请填写 0 到 100 之间的百分比。"));
            }
        }

        Problems = problems.Count > 0 ? problems : await library.DescribeAsync(Actor.From(User), id, Texts, credit, point, cancellationToken);
        if (Problems.Count == 0)
        {
            return Redirect($"/cms/media/{id}?done=saved");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var users = await library.DeleteAsync(Actor.From(User), id, cancellationToken);
        if (users.Count == 0)
        {
            return Redirect("/cms/media");
        }

        await LoadAsync(id, cancellationToken);
        Problems = [new("", "这个文件正在被使用，不能删除。")];
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = Actor.From(User);
        Item = await library.FindAsync(actor, id, cancellationToken);
        if (Item is null)
        {
            return false;
        }

        var usage = await library.UsageAsync(actor, id, cancellationToken);
        var titles = await references.TitlesAsync(usage, cancellationToken);
        Usage = [.. titles.Select(t => (t.Key, t.Value.Type, t.Value.Title))];
        return true;
    }

    static double? Percent(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number is >= 0 and <= 100 ? number : null;
}
