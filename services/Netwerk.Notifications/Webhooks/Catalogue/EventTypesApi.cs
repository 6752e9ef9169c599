using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Netwerk.Notifications.Webhooks.Catalogue;

internal static class EventTypesApi
{
    public sealed record EventTypeView(string Name, string Description, JsonNode Schema);

    /// <summary>Generated on the first request and kept: the records, and so the schemas, change only with a release.</summary>
    private static List<EventTypeView>? _catalogue;

    public static void MapEventTypesApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/webhooks/event-types", (IOptions<JsonOptions> json) =>
                TypedResults.Ok(new { items = LazyInitializer.EnsureInitialized(ref _catalogue, () => Catalogue(json.Value.SerializerOptions)) }))
            .WithTags("Webhooks")
            .WithName("ListWebhookEventTypes")
            .WithSummary("Every webhook type with a JSON Schema of its `data`, generated from the records that are sent.")
            .AllowAnonymous();

    private static List<EventTypeView> Catalogue(JsonSerializerOptions options)
    {
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true };
        return WebhookEventTypes.All
            .Select(type => new EventTypeView(type.Name, type.Description, options.GetJsonSchemaAsNode(type.DataType, exporter)))
            .ToList();
    }
}
