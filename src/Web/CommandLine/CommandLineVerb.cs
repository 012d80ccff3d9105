using Federation.Cms.Storage;
using Federation.Cms.Transfer;

namespace Federation.Web.CommandLine;

/// <summary>
/// The host's command-line verbs: <c>export &lt;dir&gt;</c>, <c>import &lt;dir&gt;</c> and <c>reindex</c>. Without a verb the
/// host serves the site. Arguments after the verb's own go to the host as configuration.
/// </summary>
internal sealed record CommandLineVerb(string? Name, string? Directory, string[] HostArgs, string? Error)
{
    public const string Usage = """
        Usage:
          dotnet run --project src/Web                      serve the site
          dotnet run --project src/Web -- export <dir>      write the store out in the content-export format
          dotnet run --project src/Web -- import <dir>      check every file in <dir>, then import them all or nothing
          dotnet run --project src/Web -- reindex           build a new search index beside the live one, then swap it in
        """;

    static readonly string[] Verbs = ["export", "import", "reindex"];

    /// <summary>The verbs that take no folder.</summary>
    static readonly string[] Folderless = ["reindex"];

    public static CommandLineVerb Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') || args[0].Contains('='))
        {
            return new(null, null, args, null);
        }

        if (args[0] is "help" or "/?")
        {
            return new(null, null, args, Usage);
        }

        if (!Verbs.Contains(args[0]))
        {
            return new(null, null, args, $"Unknown command \"{args[0]}\".{Environment.NewLine}{Usage}");
        }

        if (Folderless.Contains(args[0]))
        {
            return new(args[0], null, args[1..], null);
        }

        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            return new(null, null, args, $"\"{args[0]}\" needs a folder.{Environment.NewLine}{Usage}");
        }

        return new(args[0], args[1], args[2..], null);
    }

    // `dotnet run --project src/Web` starts the host in src/Web, but a folder the user names is
    // relative to where they typed the command: the shell's PWD, which the host inherits.
    static string InvocationDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && System.IO.Directory.Exists(pwd) ? pwd : Environment.CurrentDirectory;

    /// <summary>Runs the verb against the configured store; returns the process exit code.</summary>
    public async Task<int> RunAsync(IServiceProvider services)
    {
        await services.GetRequiredService<ContentDbContextFactory>().MigrateAsync(CancellationToken.None);
        if (Name == "reindex")
        {
            return await ReindexCommand.RunAsync(services);
        }

        var directory = Path.GetFullPath(Directory!, InvocationDirectory());
        if (Name == "export")
        {
            var counts = await services.GetRequiredService<ContentExporter>().ExportAsync(directory);
            Console.WriteLine($"Exported {counts.Items} items and {counts.Media} media files to {directory}");
            return 0;
        }

        try
        {
            var counts = await services.GetRequiredService<ContentImporter>().ImportAsync(directory);
            Console.WriteLine($"Imported {counts.Items} items and {counts.Media} media files from {directory}");
            return 0;
        }
        catch (ImportRejectedException e)
        {
            await Console.Error.WriteLineAsync($"Nothing was imported: {e.Problems.Count} bad file(s) in {directory}");
            foreach (var problem in e.Problems)
            {
                await Console.Error.WriteLineAsync($"  {problem.Path}: {problem.Reason}");
            }

            return 1;
        }
    }
}
