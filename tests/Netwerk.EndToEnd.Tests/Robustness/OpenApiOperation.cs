using System.Text.Json;

namespace Netwerk.EndToEnd.Tests.Robustness;

/// <summary>One operation of a service's OpenAPI document, as far as the robustness suite needs it: where it is, what
/// it takes in its path and query, and the media types and properties of its body.</summary>
internal sealed record OpenApiOperation(string Service, string Method, string Path, IReadOnlyList<string> PathParameters,
    IReadOnlyList<string> QueryParameters, IReadOnlyList<string> BodyMediaTypes, IReadOnlyList<string> BodyProperties)
{
    public override string ToString() => $"{Method} {Path}";

    public static IEnumerable<OpenApiOperation> All(string service, JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
                string[] Named(string place) =>
                    [.. parameters.Where(p => p.GetProperty("in").GetString() == place).Select(p => p.GetProperty("name").GetString()!)];
                var mediaTypes = new List<string>();
                var properties = new List<string>();
                if (operation.Value.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
                {
                    foreach (var media in content.EnumerateObject())
                    {
                        mediaTypes.Add(media.Name);
                        if (media.Value.TryGetProperty("schema", out var schema)) properties.AddRange(PropertiesOf(document, schema));
                    }
                }
                yield return new OpenApiOperation(service, operation.Name.ToUpperInvariant(), path.Name, Named("path"), Named("query"), mediaTypes,
                    [.. properties.Distinct()]);
            }
        }
    }

    private static IEnumerable<string> PropertiesOf(JsonElement document, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var target = document;
            foreach (var step in reference.GetString()!.TrimStart('#', '/').Split('/')) target = target.GetProperty(step);
            schema = target;
        }
        return schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name) : [];
    }
}
