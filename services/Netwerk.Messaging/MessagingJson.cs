using System.Text.Json;

namespace Netwerk.Messaging;

internal static class MessagingJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
