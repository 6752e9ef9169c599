using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netwerk.Documents.Members;

namespace Netwerk.Documents.Library;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>, IEntityTypeConfiguration<DocumentVersion>
{
    public const int TitleLength = 200;
    public const int DescriptionLength = 4_000;
    public const int TagLength = 40;
    public const int MaximumTags = 20;
    public const int FileNameLength = 255;
    /// <summary>PostgreSQL's tsvector holds at most 1 MB; extracted text beyond this is not searched.</summary>
    public const int MaximumContentText = 200_000;

    public void Configure(EntityTypeBuilder<Document> document)
    {
        document.ToTable("documents");
        document.Property(d => d.Title).HasMaxLength(TitleLength);
        document.Property(d => d.Description).HasMaxLength(DescriptionLength);
        document.Property(d => d.Theme).HasMaxLength(40);
        document.Property(d => d.Visibility).HasMaxLength(20);
        document.Property(d => d.Revision).IsConcurrencyToken();
        document.HasOne<KnownMember>().WithMany().HasForeignKey(d => d.AuthorId).OnDelete(DeleteBehavior.SetNull);
        document.Property(d => d.SearchVector).HasComputedColumnSql("""
            setweight(to_tsvector('dutch'::regconfig, coalesce(title, '')), 'A') ||
            setweight(to_tsvector('dutch'::regconfig, coalesce(tags_text, '')), 'B') ||
            setweight(to_tsvector('dutch'::regconfig, coalesce(description, '')), 'C') ||
            setweight(to_tsvector('dutch'::regconfig, coalesce(content_text, '')), 'D')
            """, stored: true);
        document.HasIndex(d => d.SearchVector).HasMethod("GIN");
        document.HasIndex(d => d.Tags).HasMethod("GIN");
        // Lists show the newest first; deleted documents are never listed.
        document.HasIndex(d => new { d.CreatedAt, d.Id }).HasFilter("deleted_at IS NULL");
        document.HasIndex(d => d.AuthorId);
        document.HasIndex(d => d.GroupId);
        document.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DocumentVersion> version)
    {
        version.ToTable("document_versions");
        version.HasKey(v => new { v.DocumentId, v.Number });
        version.Property(v => v.BlobHash).HasMaxLength(64).IsFixedLength();
        version.Property(v => v.ContentType).HasMaxLength(120);
        version.Property(v => v.FileName).HasMaxLength(FileNameLength);
        version.Property(v => v.Note).HasMaxLength(1_000);
        version.Property(v => v.ExtractionState).HasMaxLength(20);
        // The extraction worker's question: what is waiting?
        version.HasIndex(v => v.UploadedAt).HasFilter("extraction_state = 'pending'").HasDatabaseName("ix_document_versions_pending");
        version.HasIndex(v => v.BlobHash);
        version.HasOne<KnownMember>().WithMany().HasForeignKey(v => v.UploadedBy).OnDelete(DeleteBehavior.SetNull);
    }
}
