using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netwerk.Discussions.Threads;

namespace Netwerk.Discussions.Replies;

internal sealed class ReplyConfiguration : IEntityTypeConfiguration<Reply>, IEntityTypeConfiguration<HelpfulMark>
{
    public void Configure(EntityTypeBuilder<Reply> reply)
    {
        reply.ToTable("replies");
        reply.Property(r => r.Id).ValueGeneratedNever();
        reply.Property(r => r.Body).HasMaxLength(DiscussionThreadConfiguration.BodyLength);
        reply.HasOne<DiscussionThread>().WithMany().HasForeignKey(r => r.ThreadId).OnDelete(DeleteBehavior.Cascade);
        reply.HasIndex(r => new { r.ThreadId, r.CreatedAt, r.Id });
        reply.HasIndex(r => r.AuthorId);
    }

    public void Configure(EntityTypeBuilder<HelpfulMark> mark)
    {
        mark.ToTable("helpful_marks");
        mark.HasKey(m => new { m.ReplyId, m.MemberId });
        mark.HasOne<Reply>().WithMany().HasForeignKey(m => m.ReplyId).OnDelete(DeleteBehavior.Cascade);
        mark.HasIndex(m => m.MemberId);
    }
}
