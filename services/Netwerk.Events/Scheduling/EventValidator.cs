using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Events.Scheduling;

/// <summary>The rules an event's values follow, the same for scheduling and for changing it.</summary>
internal static class EventValidator
{
    /// <summary>How far ahead an event may be planned: a year 9999 is a typing error, not a plan.</summary>
    public const int HorizonYears = 5;

    public static ValidEvent? Validate(EventInput input, FieldErrors errors, DateTimeOffset now)
    {
        var title = input.Title?.Trim() ?? "";
        var description = input.Description?.Trim() ?? "";
        var location = NullIfBlank(input.Location);
        var onlineUrl = NullIfBlank(input.OnlineUrl);
        var zoneId = NullIfBlank(input.TimeZone) ?? EventTimes.DefaultTimeZone;

        errors.Require(title.Length is >= 3 and <= NetworkEventConfiguration.TitleLength, "title",
            $"Required, 3 to {NetworkEventConfiguration.TitleLength} characters.");
        errors.Require(description.Length <= NetworkEventConfiguration.DescriptionLength, "description",
            $"At most {NetworkEventConfiguration.DescriptionLength} characters.");
        errors.Require(location is null || location.Length <= NetworkEventConfiguration.LocationLength, "location",
            $"At most {NetworkEventConfiguration.LocationLength} characters.");
        if (onlineUrl is not null)
        {
            errors.Require(onlineUrl.Length <= NetworkEventConfiguration.UrlLength
                && Uri.TryCreate(onlineUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps
                && url.Host.Length > 0, "onlineUrl", "An absolute https URL: a meeting link over plain http could be read or changed on the way.");
        }
        errors.Require(input.Capacity is null or (>= 1 and <= NetworkEventConfiguration.MaximumCapacity), "capacity",
            $"At least 1 and at most {NetworkEventConfiguration.MaximumCapacity}; leave it out for no limit.");

        var zone = EventTimes.FindZone(zoneId);
        if (zone is null)
        {
            errors.Add("timeZone", "An IANA time zone, such as Europe/Amsterdam.");
            return null;
        }
        var startsAt = ReadTime(input.StartsAt, "startsAt", required: true, zone, errors);
        var endsAt = ReadTime(input.EndsAt, "endsAt", required: true, zone, errors);
        var closesAt = ReadTime(input.RegistrationClosesAt, "registrationClosesAt", required: false, zone, errors);
        if (startsAt is { } start && endsAt is { } end) errors.Require(end > start, "endsAt", "The end comes after the start.");
        if (startsAt is { } planned) errors.Require(planned <= now.AddYears(HorizonYears), "startsAt", $"At most {HorizonYears} years ahead.");
        if (endsAt is { } finished) errors.Require(finished <= now.AddYears(HorizonYears).AddDays(31), "endsAt", $"At most {HorizonYears} years ahead.");
        if (startsAt is { } beginning && closesAt is { } closing)
        {
            errors.Require(closing <= beginning, "registrationClosesAt", "Registration closes before the event starts (or when it starts).");
        }
        if (errors.Any) return null;

        return new ValidEvent(title, description, startsAt!.Value, endsAt!.Value, zone.Id, location, onlineUrl, input.Capacity, closesAt,
            input.GroupId);
    }

    private static DateTimeOffset? ReadTime(string? text, string field, bool required, TimeZoneInfo zone, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors.Add(field, "Required.");
            return null;
        }
        var time = EventTimes.Parse(text.Trim(), zone, out var error);
        if (error is not null) errors.Add(field, error);
        return time;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
