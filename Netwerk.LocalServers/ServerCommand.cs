namespace Netwerk.LocalServers;

/// <summary>A server process to start: what to run, with which arguments and environment.</summary>
/// <param name="ReadyLine">What the server writes once it serves: a listener that answers on <paramref name="Port"/>
/// is not proof enough, since it may be another process's that took the port first.</param>
public sealed record ServerCommand(
    string Name,
    string FileName,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment,
    string WorkingDirectory,
    int Port,
    string ReadyLine);
