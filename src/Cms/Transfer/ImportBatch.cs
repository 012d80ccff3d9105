using Federation.Cms.Content;
using Federation.Cms.Media;

namespace Federation.Cms.Transfer;

/// <summary>Everything read from a content-export folder, and everything wrong with it.</summary>
internal sealed class ImportBatch(string directory)
{
    public string Directory { get; } = directory;

    public List<ImportedItem> Items { get; } = [];

    public List<ImportedMedia> Media { get; } = [];

    public List<ImportProblem> Problems { get; } = [];

    public void Reject(string relativePath, string reason) =>
        Problems.Add(new ImportProblem(Path.Combine(Directory, relativePath), reason));
}

/// <summary>An item read from a file.</summary>
internal sealed record ImportedItem(string RelativePath, ContentDocument Document, ItemState State);

/// <summary>A media item read from its metadata file, with where its file is.</summary>
internal sealed record ImportedMedia(string RelativePath, MediaItem Item, string FilePath);

/// <summary>One bad file in an import.</summary>
/// <param name="Path">The file, as found under the folder given to import.</param>
/// <param name="Reason">What is wrong with it.</param>
public sealed record ImportProblem(string Path, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Reason}";
}

/// <summary>An import found bad files and imported nothing.</summary>
public sealed class ImportRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ImportRejectedException() : this([]) { }

    /// <summary>Creates the exception with a message.</summary>
    public ImportRejectedException(string message) : base(message) => Problems = [];

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ImportRejectedException(string message, Exception inner) : base(message, inner) => Problems = [];

    /// <summary>Creates the exception listing each bad file.</summary>
    public ImportRejectedException(IReadOnlyList<ImportProblem> problems)
        : base($"Nothing was imported: {problems.Count} bad file(s).{Environment.NewLine}{string.Join(Environment.NewLine, problems)}") =>
        Problems = problems;

    /// <summary>Each bad file and its reason.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }
}
