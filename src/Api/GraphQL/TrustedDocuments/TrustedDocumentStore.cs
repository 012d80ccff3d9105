using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Federation.Api.GraphQL.TrustedDocuments;

/// <summary>
/// Trusted documents: GraphQL documents known in advance, which a client names by
/// <c>documentId</c> (<c>sha256:</c> and the SHA-256 of the document's UTF-8 bytes in hex) instead
/// of sending them, so its GET requests are short and cacheable. They come from the files in
/// <c>TrustedDocuments/Documents</c> (built into the assembly) and from the sources the host adds,
/// such as the documents registered in the back office.
/// </summary>
internal sealed class TrustedDocumentStore
{
    const string Prefix = "sha256:";

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
            .ToFrozenDictionary(IdOf, StringComparer.Ordinal);
    }

    /// <summary>The ids of the documents built into the assembly.</summary>
    public IEnumerable<string> BuiltIn => files.Keys;

    /// <summary>The id of <paramref name="document"/>: <c>sha256:</c> and the hex SHA-256 of its UTF-8 bytes.</summary>
    public static string IdOf(string document) => Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>Whether <paramref name="documentId"/> has the form of an id: <c>sha256:</c> and 64 hex digits.</summary>
    public static bool IsWellFormed(string documentId) =>
        documentId.Length == Prefix.Length + 64 && documentId.StartsWith(Prefix, StringComparison.Ordinal) && documentId.Skip(Prefix.Length).All(char.IsAsciiHexDigit);

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
