namespace Netwerk.Contracts.Privacy;

/// <summary>The queues that answer <see cref="PersonalDataRequested"/>, one per service that holds personal data.
/// A service that starts keeping personal data adds its exporter here, and the export asks it too.</summary>
public static class PersonalDataExporters
{
    public static readonly IReadOnlyDictionary<string, Uri> Queues = new Dictionary<string, Uri>
    {
        ["notifications"] = new("queue:notifications-personal-data-exporter"),
        ["events"] = new("queue:events-personal-data-exporter"),
        ["documents"] = new("queue:documents-personal-data-exporter"),
        ["discussions"] = new("queue:discussions-personal-data-exporter"),
    };
}
