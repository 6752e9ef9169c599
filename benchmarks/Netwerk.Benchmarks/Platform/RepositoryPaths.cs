namespace Netwerk.Benchmarks.Platform;

/// <summary>Where the Release builds of the services are, found from the repository root.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The built service assembly, e.g. services/Netwerk.Events/bin/Release/net10.0/Netwerk.Events.dll.</summary>
    public static string ServiceAssembly(string projectFolder, string assemblyName)
    {
        var path = Path.Combine(Root, projectFolder, "bin", "Release", "net10.0", assemblyName + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the solution in Release first (./netwerk bench does): {path} is missing.");
    }

    /// <summary>A published app (bin/Release/publish), for what runs as it is deployed: the web app, whose static
    /// assets are compressed and marked immutable only when published.</summary>
    public static string PublishedAssembly(string projectFolder, string assemblyName)
    {
        var path = Path.Combine(Root, projectFolder, "bin", "Release", "publish", assemblyName + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Publish it in Release first (./netwerk bench does): {path} is missing.");
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Netwerk.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
