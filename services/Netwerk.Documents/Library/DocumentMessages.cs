using Netwerk.Contracts.Documents;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Documents.Library;

internal static class DocumentMessages
{
    public static DocumentDetails Details(Document document, PublicLinks links) => new(
        document.Id, document.Title, document.Tags, document.Theme, document.Visibility, document.GroupId, document.AuthorId,
        document.CurrentVersion, links.To($"api/documents/{document.Id}"));
}
