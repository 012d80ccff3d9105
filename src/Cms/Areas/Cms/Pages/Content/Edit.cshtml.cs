using Federation.Cms.Content;
using Federation.Cms.Editing;
using Federation.Cms.Editing.Forms;
using Federation.Cms.Media;
using Federation.Cms.Users;
using Federation.Cms.Versions;
using Federation.Cms.Workflow;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages.Content;

/// <summary>
/// Creates and edits an item of any type: every field, zh-CN and en side by side, problems beside
/// their fields. Saving is based on the version the editor opened; if someone saved since, the
/// save is refused and the editor's text stays in the form.
/// </summary>
internal sealed class EditModel(
    EditorialWorkflow workflow, VersionHistory history, FormReader reader, ItemReferences references, MediaLibrary media, Catalogue.ItemCatalogue catalogue,
    Preview.PreviewLinks previews, Snapshot.SnapshotLoader loader, EditorPresence presence, Preview.IPublicAddresses? addresses = null) : PageModel
{
    public ContentTypeInfo Type { get; private set; } = null!;

    public ContentForm Form { get; private set; } = null!;

    public FormState State { get; private set; } = new();

    public Guid ItemId { get; private set; }

    /// <summary>The item's state in the store; null for an item not saved yet.</summary>
    public ItemSummary? Item { get; private set; }

    /// <summary>The version the form holds, sent back with the save.</summary>
    public int? BasedOnVersion { get; private set; }

    public string? Done { get; private set; }

    public StaleVersionException? Stale { get; private set; }

    public Actor Actor => Actor.From(User);

    /// <summary>The other editors who have this item open now.</summary>
    public IReadOnlyList<string> OthersEditing { get; private set; } = [];

    readonly Dictionary<string, string> referenceTitles = new(StringComparer.Ordinal);

    /// <summary>The title of the item a line of an item field names, shown beside the field.</summary>
    public string? TitleOf(string line) => referenceTitles.GetValueOrDefault(line);

    public IReadOnlyList<MediaItem> Media { get; private set; } = [];

    /// <summary>Pages an about page may sit under.</summary>
    public IReadOnlyList<Catalogue.CatalogueRow> Pages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string folder, string id, string? done, CancellationToken cancellationToken)
    {
        if (!Resolve(folder, id))
        {
            return NotFound();
        }

        Done = done;
        if (Item is null && id != "new")
        {
            Item = await history.FindItemAsync(ItemId, cancellationToken);
            if (Item is null || Item.Type != Type.Type)
            {
                return NotFound();
            }

            BasedOnVersion = Item.LatestVersion;
            State = await FormValues.FromAsync(await history.GetAsync(ItemId, Item.LatestVersion, cancellationToken), references, cancellationToken);
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public override void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context)
    {
        if (Item is not null && context.Result is PageResult)
        {
            OthersEditing = presence.Touch(ItemId, Actor);
        }
    }

    public Task<IActionResult> OnPostSaveAsync(string folder, string id, CancellationToken cancellationToken) => SaveAsync(folder, id, then: null, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(string folder, string id, CancellationToken cancellationToken) => SaveAsync(folder, id, then: "submitted", cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string folder, string id, CancellationToken cancellationToken) => SaveAsync(folder, id, then: "published", cancellationToken);

    /// <summary>Opens a saved version on its real public page through a signed link that expires in a day.</summary>
    public async Task<IActionResult> OnGetPreviewAsync(string folder, string id, int version, string? culture, CancellationToken cancellationToken)
    {
        if (!Resolve(folder, id) || id == "new" || addresses is null || await loader.LoadVersionAsync(ItemId, version, cancellationToken) is not { } item || item.Type != Type.Type)
        {
            return NotFound();
        }

        var (token, _) = previews.Create(Actor, ItemId, version);
        return Redirect(addresses.PathOf(item, culture == Cultures.English ? Cultures.English : Cultures.Chinese) + "?preview=" + Uri.EscapeDataString(token));
    }

    /// <summary>Publishes a version already saved (the side panel's button).</summary>
    public async Task<IActionResult> OnPostPublishVersionAsync(string folder, string id, int version, CancellationToken cancellationToken)
    {
        if (!Resolve(folder, id) || id == "new")
        {
            return NotFound();
        }

        await workflow.PublishAsync(Actor, ItemId, version, cancellationToken);
        return Redirect(Here("published"));
    }

    /// <summary>Problems with the schedule form, by field (publishAt, unpublishAt).</summary>
    public IReadOnlyList<ValidationProblem> ScheduleProblems { get; private set; } = [];

    public async Task<IActionResult> OnPostScheduleAsync(string folder, string id, string? publishAt, string? unpublishAt, CancellationToken cancellationToken)
    {
        if (!Resolve(folder, id) || id == "new")
        {
            return NotFound();
        }

        var problems = new List<ValidationProblem>();
        var from = ShanghaiInput(publishAt, "publishAt", problems);
        var until = ShanghaiInput(unpublishAt, "unpublishAt", problems);
        if (problems.Count == 0)
        {
            try
            {
                await workflow.ScheduleAsync(Actor, ItemId, from, until, cancellationToken);
                return Redirect(Here(from is null && until is null ? "unscheduled" : "scheduled"));
            }
            catch (ContentValidationException invalid)
            {
                problems.AddRange(invalid.Problems);
            }
        }

        ScheduleProblems = problems;
        var page = await OnGetAsync(folder, id, done: null, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    static DateTimeOffset? ShanghaiInput(string? value, string field, List<ValidationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTime.TryParseExact(value, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var local) && ShanghaiTime.InRange(local))
        {
            return ShanghaiTime.At(local);
        }

        problems.Add(new(field, "请填写日期和时间，如 2026-12-01 09:30。"));
        return null;
    }

    public async Task<IActionResult> OnPostDeleteAsync(string folder, string id, CancellationToken cancellationToken)
    {
        if (!Resolve(folder, id) || id == "new")
        {
            return NotFound();
        }

        try
        {
            await workflow.DeleteAsync(Actor, ItemId, cancellationToken);
        }
        catch (ContentValidationException live)
        {
            return StatusCode(StatusCodes.Status409Conflict, live.Problems[0].Message);
        }

        return Redirect($"/cms/content/{Type.Folder}?deleted=1");
    }

    public async Task<IActionResult> OnPostUnpublishAsync(string folder, string id, CancellationToken cancellationToken)
    {
        if (!Resolve(folder, id) || id == "new")
        {
            return NotFound();
        }

        await workflow.UnpublishAsync(Actor, ItemId, cancellationToken);
        return Redirect(Here("unpublished"));
    }

    async Task<IActionResult> SaveAsync(string folder, string id, string? then, CancellationToken cancellationToken)
    {
        if (!Resolve(folder, id))
        {
            return NotFound();
        }

        // A writer's "save and publish" is refused before anything is saved.
        if (then == "published")
        {
            Actor.Demand(CmsCapability.Publish);
        }

        Item = id == "new" ? null : await history.FindItemAsync(ItemId, cancellationToken);
        if (Item is not null && Item.Type != Type.Type)
        {
            return NotFound();
        }

        BasedOnVersion = int.TryParse(Request.Form["basedOnVersion"], out var based) ? based : null;
        var posted = Request.Form.Where(f => f.Key is not ("__RequestVerificationToken" or "basedOnVersion"))
            .Select(f => KeyValuePair.Create(f.Key, f.Value.ToString()));
        var (document, state) = await reader.ReadAsync(Type.Type, ItemId, posted, cancellationToken);
        State = state;
        if (document is not null)
        {
            try
            {
                var version = await workflow.SaveAsync(Actor, document, Item is null ? null : BasedOnVersion ?? 0, cancellationToken);
                if (then == "submitted")
                {
                    await workflow.SubmitForReviewAsync(Actor, ItemId, cancellationToken);
                }
                else if (then == "published")
                {
                    await workflow.PublishAsync(Actor, ItemId, version, cancellationToken);
                }

                return Redirect(Here(then ?? "saved"));
            }
            catch (StaleVersionException stale)
            {
                Stale = stale;
                Response.StatusCode = StatusCodes.Status409Conflict;
            }
            catch (ContentValidationException invalid)
            {
                foreach (var problem in invalid.Problems)
                {
                    State.AddProblem(problem.Field, ValidationWords.Of(problem));
                }
            }
        }

        if (Stale is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    /// <summary>The id the route names ("new" gets one for the item about to be created, kept in the form across a failed save).</summary>
    bool Resolve(string folder, string id)
    {
        if (ContentTypeInfo.All.FirstOrDefault(t => t.Folder == folder) is not { } type)
        {
            return false;
        }

        (Type, Form) = (type, ContentForm.For(type.Type));
        if (id == "new")
        {
            ItemId = Guid.TryParse(Request.HasFormContentType ? Request.Form["id"] : default(string?), out var posted) ? posted : Guid.NewGuid();
            return true;
        }

        if (!Guid.TryParse(id, out var itemId))
        {
            return false;
        }

        ItemId = itemId;
        return true;
    }

    string Here(string done) => $"/cms/content/{Type.Folder}/{ItemId}?done={done}";

    async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Item ??= BasedOnVersion is null ? null : await history.FindItemAsync(ItemId, cancellationToken);
        var itemFields = Form.Common.Concat(Form.Fields).Where(f => f.Kind == FieldKind.Items)
            .Select(f => (Path: Form.Common.Contains(f) ? f.Name : "fields." + f.Name, f.Target));
        foreach (var (path, target) in itemFields)
        {
            foreach (var line in State.Value(path).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var (ids, _) = await references.ResolveAsync([line], target, cancellationToken);
                if (ids.Count == 1 && (await references.TitlesAsync(ids, cancellationToken)).TryGetValue(ids[0], out var found))
                {
                    referenceTitles[line] = found.Title;
                }
            }
        }

        Media = await media.ListAsync(Actor, cancellationToken: cancellationToken);
        if (Type.Type == ContentType.Page)
        {
            Pages = (await catalogue.ListAsync(Actor, new Catalogue.CatalogueQuery { Type = ContentType.Page, Sort = Catalogue.CatalogueSort.Title, PageSize = 500 }, cancellationToken)).Rows;
        }
    }
}
