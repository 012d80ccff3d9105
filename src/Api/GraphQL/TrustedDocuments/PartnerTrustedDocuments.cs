using Federation.Cms.Partners;

namespace Federation.Api.GraphQL.TrustedDocuments;

/// <summary>The trusted documents administrators register in the back office (Partners → trusted documents).</summary>
internal sealed class PartnerTrustedDocuments(PartnerDirectory partners) : ITrustedDocumentSource
{
    public string? Find(string documentId) => partners.FindTrustedDocument(documentId);
}
