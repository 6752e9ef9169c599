namespace Netwerk.Events.Scheduling;

/// <summary>Absolute addresses for what leaves the service (partner webhooks, calendar entries): the gateway's public
/// address (`PublicBaseUrl`, else the token issuer, which is the gateway).</summary>
public sealed class PublicLinks(IConfiguration configuration)
{
    private readonly Uri _base = new((configuration["PublicBaseUrl"] ?? configuration["Identity:Issuer"] ?? "http://localhost:5080/").TrimEnd('/') + "/");

    public string Event(Guid id) => new Uri(_base, $"api/events/{id}").ToString();

    public string Calendar(Guid id) => new Uri(_base, $"api/events/{id}/calendar.ics").ToString();

    public string Host => _base.Host;
}
