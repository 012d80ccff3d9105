using System.Collections.Frozen;
using System.Text;
using Federation.Cms.Partners;

namespace Federation.Api.GraphQL.TrustedDocuments;

/// <summary>
/// Trusted documents: GraphQL documents known in advance, which a client names by
/// <c>documentId</c> (<c>sha256:</c> and the SHA-256 of the document's UTF-8 bytes in hex) instead
/// of sending them, so its GET requests are short and cacheable. They come from the files in
/// <c>TrustedDocuments/Documents</c> (built into the assembly) and from the other sources, such as
/// the documents administrators register in the back office (<see cref="PartnerTrustedDocuments"/>).
/// </summary>
internal sealed class TrustedDocumentStore
{
    readonly FrozenDictionary<string, string> files;
    readonly IEnumerable<ITrustedDocumentSource> sources;

    public TrustedDocumentStore(IEnumerable<ITrustedDocumentSource> sources)
    {
        this.sources = sources;
        var assembly = typeof(TrustedDocumentStore).Assembly;
        files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("trusted/", StringComparison.Ordinal))
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!, Encoding.UTF8);
                return reader.ReadToEnd();
            })
            .ToFrozenDictionary(TrustedDocumentIds.Of, StringComparer.Ordinal);
    }

    /// <summary>The text of the trusted document <paramref name="documentId"/>, or null when none has that id.</summary>
    public string? Find(string documentId) =>
        files.GetValueOrDefault(documentId.ToLowerInvariant()) ?? sources.Select(s => s.Find(documentId.ToLowerInvariant())).FirstOrDefault(d => d is not null);
}

/// <summary>Somewhere besides the repository that trusted documents are registered, such as the back office.</summary>
public interface ITrustedDocumentSource
{
    /// <summary>The text of the document with this id (lower case), or null.</summary>
    string? Find(string documentId);
}
