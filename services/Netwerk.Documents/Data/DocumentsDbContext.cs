using Microsoft.EntityFrameworkCore;
using Netwerk.Messaging;

namespace Netwerk.Documents.Data;

public sealed class DocumentsDbContext(DbContextOptions<DocumentsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DocumentsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
