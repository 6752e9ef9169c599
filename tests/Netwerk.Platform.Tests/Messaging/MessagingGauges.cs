using System.Diagnostics.Metrics;
using Netwerk.Messaging;

namespace Netwerk.Platform.Tests.Messaging;

/// <summary>The messaging gauges of one host, read the way an exporter reads them: only that host's meters (its own
/// meter factory), since other tests' hosts in this process have gauges of the same names and tags.</summary>
internal sealed class MessagingGauges : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Dictionary<(string Gauge, string? Tag), double> _latest = [];

    public MessagingGauges(IMeterFactory host)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == host && instrument.Meter.Name == MessagingMeter.Name) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>The gauge's value now (for the measurement whose tag has <paramref name="tag"/> as its value, when
    /// given), or null when it reported none.</summary>
    public double? Read(string gauge, string? tag = null)
    {
        lock (_latest) _latest.Clear();
        _listener.RecordObservableInstruments();
        lock (_latest) return _latest.TryGetValue((gauge, tag), out var value) ? value : null;
    }

    public void Dispose() => _listener.Dispose();

    private void Keep(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        lock (_latest)
        {
            _latest[(instrument.Name, null)] = value;
            foreach (var tag in tags) _latest[(instrument.Name, tag.Value?.ToString())] = value;
        }
    }
}
