using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netwerk.Discussions.Threads;

namespace Netwerk.Discussions.Follows;

internal sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> follow)
    {
        follow.ToTable("follows");
        follow.HasKey(f => new { f.ThreadId, f.MemberId });
        follow.HasOne<DiscussionThread>().WithMany().HasForeignKey(f => f.ThreadId).OnDelete(DeleteBehavior.Cascade);
        follow.HasIndex(f => f.MemberId);
    }
}
