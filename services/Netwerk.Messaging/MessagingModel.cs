using Microsoft.EntityFrameworkCore;
using Netwerk.Messaging.Inbox;
using Netwerk.Messaging.Outbox;

namespace Netwerk.Messaging;

public static class MessagingModel
{
    /// <summary>Adds the outbox and inbox tables to a service's model; call from OnModelCreating.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.EventType).HasMaxLength(300);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.Property(m => m.TraceParent).HasMaxLength(128);
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            // The dispatcher's only question is "what is unsent and due?": a partial index answers it without
            // touching the (much larger) history of sent rows.
            outbox.HasIndex(m => m.OccurredAt).HasFilter("sent_at IS NULL").HasDatabaseName("ix_outbox_messages_unsent");
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.EventId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
        });
        return modelBuilder;
    }
}
