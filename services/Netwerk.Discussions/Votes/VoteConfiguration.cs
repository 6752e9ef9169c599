using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netwerk.Discussions.Threads;

namespace Netwerk.Discussions.Votes;

internal sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> vote)
    {
        vote.ToTable("votes");
        vote.HasKey(v => new { v.ThreadId, v.MemberId });
        vote.HasOne<DiscussionThread>().WithMany().HasForeignKey(v => v.ThreadId).OnDelete(DeleteBehavior.Cascade);
    }
}
