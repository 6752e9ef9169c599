namespace Netwerk.AppHost.Infrastructure;

/// <summary>The folder where the local servers keep their data: `.state/` at the repository root (ignored by
/// git), or `Netwerk:StateDirectory` (tests point it at a temporary folder).</summary>
internal static class StateDirectory
{
    public static string Resolve(IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration["Netwerk:StateDirectory"];
        var path = string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".state"))
            : Path.GetFullPath(configured);
        Directory.CreateDirectory(path);
        return path;
    }
}
