namespace Federation.Web.Tests.Support;

/// <summary>Finds the repository's own folders from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ContentExport => Path.Combine(Root, "content-export");

    static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Federation.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Federation.sln not found above " + AppContext.BaseDirectory);
    }
}
