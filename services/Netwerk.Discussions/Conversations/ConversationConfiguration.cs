using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Discussions.Conversations;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>, IEntityTypeConfiguration<ConversationParticipant>,
    IEntityTypeConfiguration<ConversationMessage>
{
    public const int SubjectLength = 200;
    public const int MessageLength = 5_000;
    /// <summary>Others in one conversation at most: a conversation is between colleagues, not a mailing.</summary>
    public const int MaximumRecipients = 10;

    public void Configure(EntityTypeBuilder<Conversation> conversation)
    {
        conversation.ToTable("conversations");
        conversation.HasKey(c => c.Id);
        conversation.Property(c => c.Subject).HasMaxLength(SubjectLength);
    }

    public void Configure(EntityTypeBuilder<ConversationParticipant> participant)
    {
        participant.ToTable("conversation_participants");
        participant.HasKey(p => new { p.ConversationId, p.MemberId });
        // A member's own conversations, the most recent first, come from this index and the conversations' key.
        participant.HasIndex(p => p.MemberId);
        participant.HasOne<Conversation>().WithMany().HasForeignKey(p => p.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ConversationMessage> message)
    {
        message.ToTable("conversation_messages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Body).HasMaxLength(MessageLength);
        message.HasIndex(m => new { m.ConversationId, m.SentAt });
        message.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
