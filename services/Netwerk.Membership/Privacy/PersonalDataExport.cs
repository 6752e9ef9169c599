using System.Text.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Netwerk.Contracts.Privacy;

namespace Netwerk.Membership.Privacy;

/// <summary>Gathers what the other services hold on a member, each asked on its own queue at the same time. A
/// service that does not answer in time makes the export fail rather than look complete.</summary>
internal sealed class PersonalDataExport(IBus bus)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task<JsonObject?> FromOtherServicesAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var answers = await Task.WhenAll(PersonalDataExporters.Queues.Select(async exporter =>
        {
            try
            {
                var client = bus.CreateRequestClient<PersonalDataRequested>(exporter.Value, RequestTimeout.After(s: (int)Timeout.TotalSeconds));
                var response = await client.GetResponse<PersonalDataReport>(new PersonalDataRequested(memberId), cancellationToken);
                return (exporter.Key, Data: JsonNode.Parse(response.Message.Json));
            }
            catch (RequestTimeoutException)
            {
                return (exporter.Key, Data: null);
            }
        }));
        if (answers.Any(a => a.Data is null)) return null;

        var services = new JsonObject();
        foreach (var (service, data) in answers) services[service] = data;
        return services;
    }
}
