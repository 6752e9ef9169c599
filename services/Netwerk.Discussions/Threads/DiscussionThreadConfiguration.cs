using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Discussions.Threads;

internal sealed class DiscussionThreadConfiguration : IEntityTypeConfiguration<DiscussionThread>
{
    public const int TitleLength = 200;
    public const int BodyLength = 20_000;
    public const int RepliesTextLength = 100_000;
    public const int MaximumTags = 10;
    public const int TagLength = 40;

    /// <summary>Each text twice: with Dutch stemming (coördinatoren finds coordinator) and unstemmed ('simple': product
    /// names and abbreviations such as ParnasSys, LVS stay whole), accents removed first. The title weighs most.</summary>
    private const string SearchVectorSql =
        "setweight(to_tsvector('dutch', netwerk_unaccent(title)), 'A') || setweight(to_tsvector('simple', netwerk_unaccent(title)), 'A') || " +
        "setweight(to_tsvector('dutch', netwerk_unaccent(body)), 'B') || setweight(to_tsvector('simple', netwerk_unaccent(body)), 'B') || " +
        "setweight(to_tsvector('dutch', netwerk_unaccent(replies_text)), 'C') || setweight(to_tsvector('simple', netwerk_unaccent(replies_text)), 'C')";

    public void Configure(EntityTypeBuilder<DiscussionThread> thread)
    {
        thread.ToTable("threads");
        thread.Property(t => t.Id).ValueGeneratedNever();
        thread.Property(t => t.Kind).HasMaxLength(20);
        thread.Property(t => t.Title).HasMaxLength(TitleLength);
        thread.Property(t => t.Sector).HasMaxLength(10);
        thread.Property(t => t.Body).HasMaxLength(BodyLength);
        thread.Property(t => t.Theme).HasMaxLength(40);
        thread.Property(t => t.Status).HasMaxLength(20);
        thread.Property(t => t.StatusNote).HasMaxLength(Moderation.ModerationConfiguration.NoteLength);
        thread.Property(t => t.Version).IsConcurrencyToken();
        thread.HasIndex(t => t.Tags).HasMethod("gin");
        thread.HasIndex(t => t.AuthorId);
        thread.Property(t => t.SearchVector).HasColumnType("tsvector").HasComputedColumnSql(SearchVectorSql, stored: true);
        thread.HasIndex(t => t.SearchVector).HasMethod("gin");
        thread.HasIndex(t => new { t.LastActivityAt, t.Id });
        // Needs by votes (`kind=need&sort=votes`): read backwards, the most voted of a kind come first without a sort.
        thread.HasIndex(t => new { t.Kind, t.VoteCount, t.LastActivityAt, t.Id });
        thread.HasIndex(t => t.GroupId);
        // Empty by default, so threads written before links existed (and bulk loads that name no links) have none.
        thread.Property(t => t.DocumentIds).HasDefaultValueSql("'{}'");
        thread.Property(t => t.EventIds).HasDefaultValueSql("'{}'");
        thread.HasIndex(t => t.DocumentIds).HasMethod("gin");
        thread.HasIndex(t => t.EventIds).HasMethod("gin");
    }
}
