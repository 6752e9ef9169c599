namespace Netwerk.LocalServers;

/// <summary>A server process to start: what to run, with which arguments and environment.</summary>
public sealed record ServerCommand(
    string Name,
    string FileName,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment,
    string WorkingDirectory,
    int Port);
