using System.Diagnostics;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.CommandLine;

/// <summary>The host's verbs run as a user runs them: a separate process with its own store.</summary>
public sealed class VerbTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("federation-verbs-").FullName;

    [Fact]
    public async Task ImportThenExport_WritesContentExportBackUnchanged()
    {
        var import = await RunAsync("import", RepositoryPaths.ContentExport);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains($"Imported {SeededItem.All.Count} items", import.Output, StringComparison.Ordinal);

        var exported = Path.Combine(folder, "exported");
        var export = await RunAsync("export", exported);

        Assert.Equal(0, export.ExitCode);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.ContentExport, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(exported, Path.GetRelativePath(RepositoryPaths.ContentExport, file));
            Assert.Equal(await File.ReadAllBytesAsync(file), await File.ReadAllBytesAsync(copy));
        }

        Assert.Equal(
            Directory.EnumerateFiles(RepositoryPaths.ContentExport, "*", SearchOption.AllDirectories).Count(),
            Directory.EnumerateFiles(exported, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public async Task Import_BadBatch_ExitsWithTheBadFilesNamedAndImportsNothing()
    {
        var batch = Path.Combine(folder, "batch", "forums");
        Directory.CreateDirectory(batch);
        var good = File.ReadAllText(Path.Combine(RepositoryPaths.ContentExport, "forums", "urban-renewal-forum.json"));
        await File.WriteAllTextAsync(Path.Combine(batch, "urban-renewal-forum.json"), good);
        var bad = Path.Combine(batch, "broken.json");
        await File.WriteAllTextAsync(bad, "not json at all");

        var import = await RunAsync("import", Path.GetDirectoryName(batch)!);

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("Nothing was imported: 1 bad file(s)", import.Error, StringComparison.Ordinal);
        Assert.Contains(bad, import.Error, StringComparison.Ordinal);
        var export = await RunAsync("export", Path.Combine(folder, "after"));
        Assert.Contains("Exported 0 items", export.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_BuildsANewSearchIndex_ShowingItsProgress_AndSwapsItIn()
    {
        await RunAsync("import", RepositoryPaths.ContentExport);

        var first = await RunAsync("reindex");
        var live = File.ReadAllText(Path.Combine(folder, "search", "current"));
        var second = await RunAsync("reindex");

        Assert.Equal(0, first.ExitCode);
        // Not a terminal: a line per tenth rather than a bar redrawn in place.
        Assert.Contains($"] 100 %  {SeededItem.All.Count}/{SeededItem.All.Count} items", first.Output, StringComparison.Ordinal);
        Assert.Contains($"Indexed {SeededItem.All.Count} items in", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        var now = File.ReadAllText(Path.Combine(folder, "search", "current"));
        Assert.NotEqual(live, now);
        // The index the second run replaced is gone; only the live one is left.
        Assert.Equal([Path.Combine(folder, "search", now)], Directory.EnumerateDirectories(Path.Combine(folder, "search")));
    }

    [Fact]
    public async Task UnknownVerb_ExitsWithUsage()
    {
        var run = await RunAsync("exprot", "somewhere");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown command \"exprot\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("export <dir>", run.Error, StringComparison.Ordinal);
    }

    async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__Content"] = $"Data Source={Path.Combine(folder, "content.db")}";
        start.Environment["Media__Root"] = Path.Combine(folder, "media");
        start.Environment["Search__IndexPath"] = Path.Combine(folder, "search");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["PWD"] = folder;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
