namespace Netwerk.Web.Shared;

/// <summary>The documents' themes (the API's values) with the Dutch names members read; the same list as the
/// documents service's, which refuses any other value.</summary>
public static class Themes
{
    public static readonly IReadOnlyList<(string Value, string Text)> All =
    [
        ("governance", "Informatiemanagement op de bestuurstafel"),
        ("professionalisation", "Professionalisering"),
        ("needs", "Behoeften ophalen"),
        ("privacy", "Privacy en AVG"),
        ("security", "Informatiebeveiliging"),
        ("learning-resources", "Leermiddelen en de keten"),
        ("data", "Datagedreven werken"),
    ];

    public static string? Dutch(string? theme) => theme is null ? null : All.FirstOrDefault(t => t.Value == theme).Text ?? theme;
}
