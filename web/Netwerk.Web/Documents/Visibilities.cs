namespace Netwerk.Web.Documents;

/// <summary>Who may see a document, as the API names it and a member reads it.</summary>
public static class Visibilities
{
    public static readonly IReadOnlyList<(string Value, string Text)> All =
    [
        ("members", "Alle leden"),
        ("group", "Alleen de werkgroep"),
        ("public", "Iedereen, ook wie geen lid is"),
    ];

    public static string Dutch(string visibility) => All.FirstOrDefault(v => v.Value == visibility).Text ?? visibility;
}
