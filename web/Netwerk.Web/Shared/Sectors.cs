namespace Netwerk.Web.Shared;

/// <summary>The sectors as the API names them (`po`, `vo`, `po-vo`) and as a member reads them.</summary>
public static class Sectors
{
    public static readonly IReadOnlyList<(string Value, string Text)> All =
    [
        ("po", "Primair onderwijs"),
        ("vo", "Voortgezet onderwijs"),
        ("po-vo", "Primair en voortgezet onderwijs"),
    ];

    public static string Dutch(string? sector) => All.FirstOrDefault(s => s.Value == sector).Text ?? sector ?? "";
}
