using Netwerk.Messaging.Data;

namespace Netwerk.Documents.Data;

internal sealed class DesignTimeDbContextFactory : DesignTimeServiceDbContextFactory<DocumentsDbContext>;
