namespace Netwerk.Testing;

/// <summary>One Server-Sent Event as a client's EventSource would see it.</summary>
public sealed record ServerSentEvent(string? Id, string Type, string Data);

/// <summary>Reads Server-Sent Events from an open response, the way a browser's EventSource parses them.</summary>
public sealed class ServerSentEvents(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream);

    /// <summary>The next event of <paramref name="type"/> ("message" for those without a type), skipping others.</summary>
    public async Task<ServerSentEvent> NextAsync(string type = "message", TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            string? id = null, eventType = null;
            var data = new List<string>();
            while (await _reader.ReadLineAsync(deadline.Token) is { } line)
            {
                if (line.Length == 0) break;
                if (line.StartsWith("id:")) id = line[3..].Trim();
                else if (line.StartsWith("event:")) eventType = line[6..].Trim();
                else if (line.StartsWith("data:")) data.Add(line[5..].TrimStart());
            }
            if (data.Count == 0 && id is null && eventType is null) continue;
            var sent = new ServerSentEvent(id, eventType ?? "message", string.Join('\n', data));
            if (sent.Type == type) return sent;
        }
    }

    public void Dispose() => _reader.Dispose();
}
