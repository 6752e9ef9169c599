using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts;

namespace Netwerk.Messaging.Outbox;

public static class OutboxExtensions
{
    /// <summary>Queues an integration event in this context; it is stored by the same SaveChanges (and so the same
    /// transaction) as the state change, and published by the <see cref="OutboxDispatcher{TDbContext}"/>.</summary>
    public static void AddIntegrationEvent<TEvent>(this DbContext db, TEvent integrationEvent)
        where TEvent : class, IIntegrationEvent
    {
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            EventType = EventTypeName(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(integrationEvent, MessagingJson.Options),
            OccurredAt = integrationEvent.OccurredAt,
            TraceParent = Activity.Current?.Id,
        });
    }

    /// <summary>Type name without version, so rows written before a deployment still resolve after it.</summary>
    internal static string EventTypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}
