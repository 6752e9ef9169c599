namespace Netwerk.Web.Shared;

/// <summary>A query string of the values that are set, escaped (`?q=…&sector=vo`, or nothing).</summary>
public static class Query
{
    public static string From(params (string Name, string? Value)[] values)
    {
        var set = values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value!.Trim())}").ToList();
        return set.Count == 0 ? "" : "?" + string.Join('&', set);
    }
}
