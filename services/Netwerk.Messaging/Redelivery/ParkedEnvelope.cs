using System.Globalization;
using System.Text;
using System.Text.Json;
using MassTransit;
using RabbitMQ.Client;

namespace Netwerk.Messaging.Redelivery;

/// <summary>Reads what MassTransit wrote on a message it moved to an error queue: the `MT-Fault-*` headers and the
/// envelope's message id and type.</summary>
internal static class ParkedEnvelope
{
    public static FailedMessage Read(IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body)
    {
        var (envelopeId, envelopeType) = FromEnvelope(body);
        return new FailedMessage(
            properties.MessageId ?? envelopeId,
            envelopeType ?? Header(properties, MessageHeaders.FaultMessageType) ?? "unknown",
            Header(properties, MessageHeaders.FaultExceptionType),
            Header(properties, MessageHeaders.FaultMessage),
            Timestamp(properties));
    }

    /// <summary>Whether a header is one MassTransit added when the message failed; a redelivered message leaves them
    /// behind, so a new failure writes its own.</summary>
    public static bool IsFaultHeader(string name) =>
        name.StartsWith("MT-Fault-", StringComparison.Ordinal) || name == MessageHeaders.Reason;

    private static (string? Id, string? Type) FromEnvelope(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var envelope = JsonDocument.Parse(body);
            var root = envelope.RootElement;
            var id = root.TryGetProperty("messageId", out var messageId) ? messageId.GetString() : null;
            // "urn:message:Netwerk.Contracts.Members:MemberApproved" → "MemberApproved"
            var type = root.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0
                ? types[0].GetString()?.Split(':')[^1]
                : null;
            return (id, type);
        }
        catch (JsonException)
        {
            return (null, null); // not an envelope MassTransit wrote: the headers say what they can
        }
    }

    private static string? Header(IReadOnlyBasicProperties properties, string name) =>
        properties.Headers?.TryGetValue(name, out var value) == true ? Text(value) : null;

    private static DateTimeOffset? Timestamp(IReadOnlyBasicProperties properties)
    {
        if (properties.Headers?.TryGetValue(MessageHeaders.FaultTimestamp, out var value) != true) return null;
        return value switch
        {
            AmqpTimestamp timestamp => DateTimeOffset.FromUnixTimeSeconds(timestamp.UnixTime),
            _ when DateTimeOffset.TryParse(Text(value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed.ToUniversalTime(),
            _ => null,
        };
    }

    private static string? Text(object? value) => value switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        null => null,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
