namespace Netwerk.Documents.Retention;

/// <summary>`Retention:*`: how long a deleted document's bytes are kept (API.md: for a retention period), and how
/// often the purger looks for bytes whose period is over.</summary>
public sealed class RetentionOptions
{
    public TimeSpan DeletedBytesKeptFor { get; set; } = TimeSpan.FromDays(30);
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
