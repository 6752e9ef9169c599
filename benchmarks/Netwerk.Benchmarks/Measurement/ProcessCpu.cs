namespace Netwerk.Benchmarks.Measurement;

/// <summary>CPU time (user + system) a process and its children have used so far, from <c>/proc</c>: what a
/// request costs a proxy is the steadier figure on a shared machine, where requests/s move with everything else
/// that runs (nginx does its work in worker processes, hence the children).</summary>
internal static class ProcessCpu
{
    // USER_HZ, the unit of /proc's times: 100 on x86-64 and arm64, whatever the kernel's own tick rate.
    private const double TicksPerSecond = 100;

    public static TimeSpan Used(int processId)
    {
        var ticks = 0L;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var id)) continue;
            if (Read(id) is not { } stat) continue;
            if (id == processId || stat.ParentId == processId) ticks += stat.Ticks;
        }
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private static (int ParentId, long Ticks)? Read(int processId)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{processId}/stat");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null; // ended meanwhile, or not ours to read
        }
        // The command name (field 2) may hold spaces and parentheses; the fields after its closing one are plain.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        // Fields 4 (ppid), 14 (utime) and 15 (stime) of proc(5), counted here from field 3.
        return (int.Parse(fields[1]), long.Parse(fields[11]) + long.Parse(fields[12]));
    }
}
