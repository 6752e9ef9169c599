using System.Runtime.InteropServices;

namespace Netwerk.LocalServers;

/// <summary>PostgreSQL refuses to run as root. When we are root, its programs run as the postgres account instead;
/// setpriv replaces itself with the program, so stop signals reach the server directly.</summary>
internal static class ServiceAccount
{
    public static bool IsRoot => OperatingSystem.IsLinux() && geteuid() == 0;

    public static (string FileName, IReadOnlyList<string> Arguments) RunAs(string account, string program, IReadOnlyList<string> arguments)
    {
        if (!IsRoot) return (program, arguments);
        return ("/usr/bin/setpriv",
            ["--reuid", account, "--regid", account, "--init-groups", "--reset-env", program, .. arguments]);
    }

    public static void GiveTo(string account, string folder)
    {
        if (!IsRoot) return;
        ProcessRunner.RunToCompletion("/bin/chown", ["-R", $"{account}:{account}", folder], folder, TimeSpan.FromSeconds(30));
    }

    [DllImport("libc", SetLastError = true)]
    private static extern uint geteuid();
}
