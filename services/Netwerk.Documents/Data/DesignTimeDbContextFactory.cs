using Netwerk.ServiceDefaults.Data;

namespace Netwerk.Documents.Data;

internal sealed class DesignTimeDbContextFactory : DesignTimeServiceDbContextFactory<DocumentsDbContext>;
