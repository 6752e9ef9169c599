using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netwerk.Discussions.Threads;

namespace Netwerk.Discussions.Moderation;

internal sealed class ModerationConfiguration : IEntityTypeConfiguration<Report>, IEntityTypeConfiguration<NeedStatusStep>
{
    public const int ReasonLength = 1000;
    public const int NoteLength = 2000;

    public void Configure(EntityTypeBuilder<Report> report)
    {
        report.ToTable("reports");
        report.Property(r => r.Id).ValueGeneratedNever();
        report.Property(r => r.Reason).HasMaxLength(ReasonLength);
        report.HasOne<DiscussionThread>().WithMany().HasForeignKey(r => r.ThreadId).OnDelete(DeleteBehavior.Cascade);
        // One open report per member and post, a thread's own (no reply) included: of a member's reports sent at once
        // one counts, so three reports are three members.
        report.HasIndex(r => new { r.ThreadId, r.ReplyId, r.ReporterId }).IsUnique().AreNullsDistinct(false).HasFilter("decided_at IS NULL");
        report.HasIndex(r => r.CreatedAt).HasFilter("decided_at IS NULL");
    }

    public void Configure(EntityTypeBuilder<NeedStatusStep> step)
    {
        step.ToTable("need_status_steps");
        step.Property(s => s.Id).ValueGeneratedNever();
        step.Property(s => s.Status).HasMaxLength(20);
        step.Property(s => s.Note).HasMaxLength(NoteLength);
        step.HasOne<DiscussionThread>().WithMany().HasForeignKey(s => s.ThreadId).OnDelete(DeleteBehavior.Cascade);
        step.HasIndex(s => new { s.ThreadId, s.ChangedAt });
    }
}
