using System.Globalization;
using Netwerk.Web.Events;
using Netwerk.Web.Shared;

namespace Netwerk.Web.Admin.Events;

/// <summary>What the event form posts. Times come from `datetime-local` inputs, on the clock of Europe/Amsterdam,
/// which the API reads in the time zone sent beside them.</summary>
public sealed class EventInput
{
    public const string TimeZone = DutchTime.ZoneId;

    public string? ETag { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? StartsAt { get; set; }
    public string? EndsAt { get; set; }
    public string? RegistrationClosesAt { get; set; }
    public string? Location { get; set; }
    public string? OnlineUrl { get; set; }
    public string? Capacity { get; set; }
    /// <summary>Text, not a Guid: a value that is no id must be refused at its field, not bound to "the whole network".</summary>
    public string? GroupId { get; set; }

    public static EventInput From(NetworkEvent item, string? etag) => new()
    {
        ETag = etag,
        Title = item.Title,
        Description = item.Description,
        StartsAt = Local(item.LocalStartsAt),
        EndsAt = Local(item.LocalEndsAt),
        RegistrationClosesAt = Local(TimeZoneInfo.ConvertTime(item.RegistrationClosesAt, DutchTime.Amsterdam)),
        Location = item.Location,
        OnlineUrl = item.OnlineUrl,
        Capacity = item.Capacity?.ToString(CultureInfo.InvariantCulture),
        GroupId = item.GroupId?.ToString(),
    };

    /// <summary>The fields whose text the API would never see as a value (a capacity that is not a whole number, a
    /// working group that is not an id), with their messages; none when the form can be sent.</summary>
    public Forms.FormErrors Unreadable()
    {
        var errors = Forms.FormErrors.None;
        if (!string.IsNullOrWhiteSpace(Capacity) && !int.TryParse(Capacity, NumberStyles.None, CultureInfo.InvariantCulture, out _)) errors = errors.Add("capacity", Messages["capacity"]);
        if (!string.IsNullOrWhiteSpace(GroupId) && !Guid.TryParse(GroupId, out _)) errors = errors.Add("groupId", Messages["groupId"]);
        return errors;
    }

    /// <summary>The body of `POST /api/events`, and of a merge patch (every field the form has; empty clears).</summary>
    public object ToRequest() => new
    {
        title = Title ?? "",
        description = Description ?? "",
        startsAt = Blank(StartsAt),
        endsAt = Blank(EndsAt),
        timeZone = TimeZone,
        location = Blank(Location),
        onlineUrl = Blank(OnlineUrl),
        capacity = int.TryParse(Capacity, NumberStyles.None, CultureInfo.InvariantCulture, out var seats) ? seats : (int?)null,
        registrationClosesAt = Blank(RegistrationClosesAt),
        groupId = Guid.TryParse(GroupId, out var group) ? group : (Guid?)null,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Local(DateTimeOffset time) => time.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    public static readonly IReadOnlyDictionary<string, string> Messages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = "Geef de bijeenkomst een titel van 3 tot 200 tekens.",
        ["description"] = "De beschrijving is ten hoogste 20.000 tekens.",
        ["startsAt"] = "Vul een begintijd in die in de toekomst ligt, ten hoogste vijf jaar vooruit.",
        ["endsAt"] = "Vul een eindtijd in die na de begintijd ligt, ten hoogste vijf jaar vooruit.",
        ["registrationClosesAt"] = "Aanmelden sluit voor (of op) het begin van de bijeenkomst.",
        ["location"] = "De locatie is ten hoogste 300 tekens.",
        ["onlineUrl"] = "Vul een volledig webadres in dat begint met https://.",
        ["capacity"] = "Vul een aantal plaatsen in van 1 tot 100.000, of laat het leeg voor onbeperkt.",
        ["groupId"] = "Kies een bestaande werkgroep.",
    };
}
