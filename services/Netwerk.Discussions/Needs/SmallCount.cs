using System.Text.Json;
using System.Text.Json.Serialization;

namespace Netwerk.Discussions.Needs;

/// <summary>A count shared outside the thread it comes from: below <see cref="Threshold"/> it reads `"<3"` in JSON, so
/// that a need or a vote cannot be traced to one or two schools.</summary>
[JsonConverter(typeof(SmallCountConverter))]
public readonly record struct SmallCount(int Value)
{
    public const int Threshold = 3;
    public const string Few = "<3";

    public bool IsFew => Value < Threshold;

    public override string ToString() => IsFew ? Few : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed class SmallCountConverter : JsonConverter<SmallCount>
{
    public override SmallCount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number ? new SmallCount(reader.GetInt32()) : new SmallCount(0);

    public override void Write(Utf8JsonWriter writer, SmallCount value, JsonSerializerOptions options)
    {
        if (value.IsFew) writer.WriteStringValue(SmallCount.Few);
        else writer.WriteNumberValue(value.Value);
    }
}
