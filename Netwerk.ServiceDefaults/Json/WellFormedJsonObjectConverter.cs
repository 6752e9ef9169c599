using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Netwerk.ServiceDefaults.Json;

/// <summary>Reads a request body bound as a <see cref="JsonObject"/> (a merge patch) and refuses, at any depth, one
/// that names a property twice (`{"title":"a","title":"b"}`: which one did the client mean?) or holds text that is no
/// text (a lone surrogate such as `"\ud800"`). System.Text.Json's own converter lets both through to the handler,
/// where reading the object throws an <see cref="ArgumentException"/> or <see cref="InvalidOperationException"/>
/// that the framework does not take for an unreadable body: the client got a 500. A <see cref="JsonException"/> here
/// makes it the 400 of every unreadable body.</summary>
internal sealed class WellFormedJsonObjectConverter : JsonConverter<JsonObject>
{
    public override JsonObject? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("Expected a JSON object.");
        var element = JsonElement.ParseValue(ref reader);
        RequireWellFormed(element);
        return JsonObject.Create(element);
    }

    public override void Write(Utf8JsonWriter writer, JsonObject value, JsonSerializerOptions options) => value.WriteTo(writer, options);

    private static void RequireWellFormed(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var name = Text(() => property.Name);
                    if (!seen.Add(name)) throw new JsonException($"The property \"{name}\" appears more than once.");
                    RequireWellFormed(property.Value);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) RequireWellFormed(item);
                break;
            case JsonValueKind.String:
                Text(element.GetString);
                break;
        }
    }

    private static string Text(Func<string?> read)
    {
        try
        {
            return read() ?? "";
        }
        catch (InvalidOperationException exception)
        {
            throw new JsonException("The body holds text that is not valid Unicode (a lone surrogate).", exception);
        }
    }
}
