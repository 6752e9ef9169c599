using Microsoft.EntityFrameworkCore;
using Netwerk.Documents.Groups;
using Netwerk.Documents.Library;
using Netwerk.Documents.Members;
using Netwerk.Messaging;

namespace Netwerk.Documents.Data;

public sealed class DocumentsDbContext(DbContextOptions<DocumentsDbContext> options) : DbContext(options)
{
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<DocumentVersion> Versions => Set<DocumentVersion>();
    public DbSet<KnownMember> KnownMembers => Set<KnownMember>();
    public DbSet<KnownGroup> KnownGroups => Set<KnownGroup>();
    public DbSet<KnownGroupMember> KnownGroupMembers => Set<KnownGroupMember>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DocumentsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
