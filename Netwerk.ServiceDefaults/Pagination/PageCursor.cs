using System.Buffers.Text;
using System.Text;

namespace Netwerk.ServiceDefaults.Pagination;

/// <summary>Where the next page starts: the sort key of the last row a page gave (a time as UTC ticks, a sequence
/// number or a position) and that row's id, which breaks ties. Clients see it only as an opaque string.</summary>
public readonly record struct PageCursor(long Key, Guid Id)
{
    public static PageCursor At(DateTimeOffset time, Guid id) => new(time.UtcTicks, id);

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Key}:{Id:N}"));

    public static bool TryDecode(string text, out PageCursor cursor)
    {
        cursor = default;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(':');
            if (parts.Length != 2 || !long.TryParse(parts[0], out var key) || !Guid.TryParseExact(parts[1], "N", out var id)) return false;
            // Every key a list gives out is also a valid time in ticks, so a list ordered by time can always read one back.
            if (key < DateTimeOffset.MinValue.UtcTicks || key > DateTimeOffset.MaxValue.UtcTicks) return false;
            cursor = new PageCursor(key, id);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
