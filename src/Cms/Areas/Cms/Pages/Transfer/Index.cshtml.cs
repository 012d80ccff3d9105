using Federation.Cms.Transfer;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages.Transfer;

/// <summary>Export the store as a content-export zip; import one (editors only, all or nothing).</summary>
[RequestSizeLimit(1024L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 1024L * 1024 * 1024)]
internal sealed class IndexModel(ContentArchives archives, TimeProvider time) : PageModel
{
    public TransferCounts? Imported { get; private set; }

    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    public bool CanImport => Actor.From(User).Can(CmsCapability.Publish);

    public void OnGet(int? items, int? media)
    {
        if (items is { } i && media is { } m)
        {
            Imported = new TransferCounts(i, m);
        }
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var name = $"federation-content-{Federation.Cms.Content.ShanghaiTime.From(time.GetUtcNow()):yyyyMMdd-HHmm}.zip";
        // Built in a temporary file first, so a failed export never sends half a zip; the file goes when the response is sent.
        var temporary = Path.GetTempFileName();
        try
        {
            await using (var zip = System.IO.File.Create(temporary))
            {
                await archives.ExportAsync(Actor.From(User), zip, cancellationToken);
            }
        }
        catch
        {
            System.IO.File.Delete(temporary);
            throw;
        }

        var stream = new FileStream(temporary, FileMode.Open, FileAccess.Read, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        return File(stream, "application/zip", name);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? archive, CancellationToken cancellationToken)
    {
        if (archive is null || archive.Length == 0)
        {
            Problems = [new ImportProblem("", "请选择要导入的 zip 文件。")];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            await using var stream = archive.OpenReadStream();
            var counts = await archives.ImportAsync(Actor.From(User), stream, archive.FileName, cancellationToken);
            return Redirect($"/cms/transfer?items={counts.Items}&media={counts.Media}");
        }
        catch (ImportRejectedException rejected)
        {
            Problems = rejected.Problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }
}
