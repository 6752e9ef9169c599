using Microsoft.EntityFrameworkCore;
using Netwerk.Documents.Library;
using Netwerk.Documents.Members;
using Netwerk.Messaging;

namespace Netwerk.Documents.Data;

public sealed class DocumentsDbContext(DbContextOptions<DocumentsDbContext> options) : DbContext(options)
{
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<DocumentVersion> Versions => Set<DocumentVersion>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<KnownGroup> Groups => Set<KnownGroup>();
    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DocumentsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
