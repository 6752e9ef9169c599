using System.Text.Json;
using System.Text.Json.Serialization;

namespace Netwerk.Web.Discussions;

/// <summary>A count from the needs summary: a number, or `"<3"` when it is too small to share.</summary>
[JsonConverter(typeof(SummaryCountConverter))]
public readonly record struct SummaryCount(int? Value)
{
    /// <summary>What a reader sees: the number, or "minder dan 3".</summary>
    public string Dutch => Value is { } value ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "minder dan 3";

    /// <summary>For a chart's length: a small count drawn as 1, so that it is seen without being told.</summary>
    public int Length => Value ?? 1;
}

internal sealed class SummaryCountConverter : JsonConverter<SummaryCount>
{
    public override SummaryCount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number ? new SummaryCount(reader.GetInt32()) : new SummaryCount(null);

    public override void Write(Utf8JsonWriter writer, SummaryCount value, JsonSerializerOptions options)
    {
        if (value.Value is { } number) writer.WriteNumberValue(number);
        else writer.WriteStringValue("<3");
    }
}

public sealed record SummarisedNeed(string Title, string? Theme, string? Sector, string Status, string? StatusNote, SummaryCount Votes);

public sealed record NeedsCount(string? Theme, string? Sector, string Status, SummaryCount Needs, SummaryCount Votes);

/// <summary>`GET /api/discussions/needs/summary`: the network's needs without names, as a school board reads them.</summary>
public sealed record NeedsSummary(SummaryCount TotalNeeds, SummaryCount TotalVotes, IReadOnlyList<NeedsCount> Counts, IReadOnlyList<SummarisedNeed> Needs);
