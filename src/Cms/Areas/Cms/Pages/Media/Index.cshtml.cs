using Federation.Cms.Media;
using Federation.Cms.Transfer;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Federation.Cms.Areas.Cms.Pages.Media;

/// <summary>The media library: search, and upload several files at once. The script uploads them one by one with progress and asks for JSON back.</summary>
// Several large files in one request: these limits are per request; each file is still held to Media:MaxUploadBytes.
[RequestSizeLimit(512L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 512L * 1024 * 1024)]
internal sealed class IndexModel(MediaLibrary library, IOptions<MediaOptions> options) : PageModel
{
    public MediaQuery Query { get; private set; } = new();

    public MediaPage Found { get; private set; } = new([], 0);

    public IReadOnlyList<UploadResult> Results { get; private set; } = [];

    public IReadOnlySet<Guid> Uploaded { get; private set; } = new HashSet<Guid>();

    public long MaxUploadMegabytes => options.Value.MaxUploadBytes / 1048576;

    public async Task<IActionResult> OnGetAsync(string? q, string? kind, string? uploaded, [FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (kind is not (null or "" or "image" or "pdf") || page < 1)
        {
            return BadRequest("kind is image or pdf; page is 1 or more.");
        }

        Uploaded = (uploaded ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).ToHashSet();
        await LoadAsync(new MediaQuery { Text = q, Accept = string.IsNullOrEmpty(kind) ? null : kind, Page = page }, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken)
    {
        var form = await Request.ReadFormAsync(cancellationToken);
        var streams = form.Files.Select(f => (f.FileName, f.OpenReadStream())).ToList();
        try
        {
            Results = streams.Count == 0
                ? [new UploadResult("", null, "请选择要上传的文件。")]
                : await library.UploadAsync(Actor.From(User), streams, cancellationToken);
        }
        finally
        {
            streams.ForEach(s => s.Item2.Dispose());
        }

        var failed = Results.All(r => r.Item is null);
        if (Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal))
        {
            return new JsonResult(Results.Select(r => new { file = r.FileName, id = r.Item?.Id, problem = r.Problem })) { StatusCode = failed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK };
        }

        Uploaded = Results.Where(r => r.Item is not null).Select(r => r.Item!.Id).ToHashSet();
        await LoadAsync(new MediaQuery(), cancellationToken);
        Response.StatusCode = failed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return Page();
    }

    async Task LoadAsync(MediaQuery query, CancellationToken cancellationToken)
    {
        Query = query;
        Found = await library.SearchAsync(Actor.From(User), query, cancellationToken);
    }
}
