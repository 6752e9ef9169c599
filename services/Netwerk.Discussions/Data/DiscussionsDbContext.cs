using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Conversations;
using Netwerk.Discussions.Follows;
using Netwerk.Discussions.Groups;
using Netwerk.Discussions.Links;
using Netwerk.Discussions.Members;
using Netwerk.Discussions.Moderation;
using Netwerk.Discussions.Replies;
using Netwerk.Discussions.Search;
using Netwerk.Discussions.Threads;
using Netwerk.Discussions.Votes;
using Netwerk.Messaging;

namespace Netwerk.Discussions.Data;

public sealed class DiscussionsDbContext(DbContextOptions<DiscussionsDbContext> options) : DbContext(options)
{
    public DbSet<DiscussionThread> Threads => Set<DiscussionThread>();
    public DbSet<Reply> Replies => Set<Reply>();
    public DbSet<Vote> Votes => Set<Vote>();
    public DbSet<HelpfulMark> HelpfulMarks => Set<HelpfulMark>();
    public DbSet<Follow> Follows => Set<Follow>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<NeedStatusStep> NeedStatusSteps => Set<NeedStatusStep>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<ConversationParticipant> ConversationParticipants => Set<ConversationParticipant>();
    public DbSet<ConversationMessage> ConversationMessages => Set<ConversationMessage>();
    public DbSet<KnownMember> KnownMembers => Set<KnownMember>();
    public DbSet<Approval> Approvals => Set<Approval>();
    public DbSet<MemberProfile> MemberProfiles => Set<MemberProfile>();
    public DbSet<KnownGroup> KnownGroups => Set<KnownGroup>();
    public DbSet<KnownGroupMember> GroupMembers => Set<KnownGroupMember>();
    public DbSet<KnownDocument> KnownDocuments => Set<KnownDocument>();
    public DbSet<KnownEvent> KnownEvents => Set<KnownEvent>();
    public DbSet<SearchWord> SearchWords => Set<SearchWord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.MapSearchFunctions();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DiscussionsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
