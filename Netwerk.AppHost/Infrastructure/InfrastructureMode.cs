using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Netwerk.AppHost.Infrastructure;

/// <summary>Where PostgreSQL, RabbitMQ and Redis come from (ARCHITECTURE.md, "two ways to get them").</summary>
internal enum InfrastructureMode
{
    /// <summary>Aspire's container resources; used where a container runtime answers.</summary>
    Containers,
    /// <summary>Debian's server binaries as Aspire executable resources; machines without a container runtime.</summary>
    Executables,
}

internal static class InfrastructureModeSelector
{
    /// <summary>`Netwerk:Infrastructure` = Containers | Executables forces a mode; Auto (the default) asks
    /// whether docker or podman has a running engine.</summary>
    public static InfrastructureMode Select(IConfiguration configuration)
    {
        var setting = configuration["Netwerk:Infrastructure"] ?? "Auto";
        if (Enum.TryParse<InfrastructureMode>(setting, ignoreCase: true, out var forced)) return forced;
        if (!setting.Equals("Auto", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Netwerk:Infrastructure is '{setting}'; use Auto, Containers or Executables.");
        }
        return ContainerEngineAnswers("docker") || ContainerEngineAnswers("podman")
            ? InfrastructureMode.Containers
            : InfrastructureMode.Executables;
    }

    /// <summary>The docker client can be installed without an engine (as on these machines): only `info`
    /// succeeding proves an engine.</summary>
    private static bool ContainerEngineAnswers(string client)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(client, ["info", "--format", "{{.ServerVersion}}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null) return false;
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }
}
