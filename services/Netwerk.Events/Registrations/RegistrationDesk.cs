using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Netwerk.Events.Data;
using Netwerk.Events.Members;
using Netwerk.Messaging.Copies;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Events.Registrations;

/// <summary>Serves registration requests for one event in batches: requests that arrive while a batch is being
/// written wait in this replica's line for that event and go together in the next transaction, which takes the
/// event's row lock once (<see cref="Seats"/>) and admits them in arrival order. Correctness rests on the row lock
/// alone, so replicas may batch side by side; batching only spares the database one lock hand-over and one commit per
/// registration, which is what a rush for a popular event is made of.</summary>
internal sealed class RegistrationDesk(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Large enough to empty a rush's queue in a few transactions, small enough to keep each one short.</summary>
    private const int MaximumBatch = 200;

    private readonly ConcurrentDictionary<Guid, Line> _lines = new();

    public Task<RegistrationOutcome> RegisterAsync(Guid eventId, Caller caller)
    {
        var request = new Waiting(caller, new TaskCompletionSource<RegistrationOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        var line = _lines.GetOrAdd(eventId, _ => new Line());
        bool startServing;
        lock (line)
        {
            line.Requests.Add(request);
            startServing = !line.Serving;
            line.Serving = true;
        }
        if (startServing) _ = Task.Run(() => ServeAsync(eventId, line));
        return request.Outcome.Task;
    }

    private async Task ServeAsync(Guid eventId, Line line)
    {
        while (true)
        {
            List<Waiting> batch;
            lock (line)
            {
                if (line.Requests.Count == 0)
                {
                    line.Serving = false;
                    // An event's line lives while requests for it come in: a replica serves many events over its life.
                    // A request that took this line from the dictionary a moment ago is still served: it finds the
                    // line idle and starts serving it again, beside any new line for the event.
                    _lines.TryRemove(new KeyValuePair<Guid, Line>(eventId, line));
                    return;
                }
                batch = line.Requests.Take(MaximumBatch).ToList();
                line.Requests.RemoveRange(0, batch.Count);
            }
            try
            {
                var outcomes = await AdmitAsync(eventId, batch.Select(w => w.Caller).ToList());
                for (var i = 0; i < batch.Count; i++) batch[i].Outcome.SetResult(outcomes[i]);
            }
            catch (Exception exception)
            {
                foreach (var waiting in batch) waiting.Outcome.TrySetException(exception);
            }
        }
    }

    /// <summary>One transaction for the batch; outcomes in the order of <paramref name="callers"/>.</summary>
    private async Task<RegistrationOutcome[]> AdmitAsync(Guid eventId, List<Caller> callers)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var cancellationToken = CancellationToken.None; // a batch serves many requests: one leaving does not stop it
        await db.KeepNewestAsync(callers.Select(c => c.ToKnownMember()), cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var networkEvent = await Seats.LockEventAsync(db, eventId, cancellationToken);
        if (networkEvent is null) return [.. callers.Select(_ => new RegistrationOutcome(RegistrationOutcome.Kinds.EventNotFound))];
        var now = clock.Now();
        if (Seats.ClosedReason(networkEvent, now) is { } reason)
        {
            return [.. callers.Select(_ => new RegistrationOutcome(RegistrationOutcome.Kinds.Closed, ClosedReason: reason))];
        }

        var ids = callers.Select(c => (Guid?)c.Id).Distinct().ToList();
        var registrations = await db.Registrations.Where(r => r.NetworkEventId == eventId && ids.Contains(r.MemberId))
            .ToDictionaryAsync(r => r.MemberId!.Value, cancellationToken);
        var admitted = new Dictionary<Guid, int?>();
        foreach (var caller in callers)
        {
            if (admitted.ContainsKey(caller.Id)) continue;
            registrations.TryGetValue(caller.Id, out var existing);
            if (existing is not null && existing.Status != RegistrationStatus.Cancelled) continue;
            var registration = registrations[caller.Id] = Seats.Admit(db, networkEvent, caller.Id, existing, now);
            // Everyone waiting was admitted before this one, so the place is the length of the list.
            admitted[caller.Id] = registration.Status == RegistrationStatus.Waitlisted ? networkEvent.WaitlistCount : null;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var outcomes = new RegistrationOutcome[callers.Count];
        var answered = new HashSet<Guid>();
        for (var i = 0; i < callers.Count; i++)
        {
            var registration = registrations[callers[i].Id];
            var isNew = admitted.TryGetValue(callers[i].Id, out var position) && answered.Add(callers[i].Id);
            var view = isNew || admitted.ContainsKey(callers[i].Id)
                ? RegistrationView.From(registration, position)
                : await RegistrationView.ReadAsync(db, registration, cancellationToken);
            outcomes[i] = new RegistrationOutcome(isNew ? RegistrationOutcome.Kinds.Created : RegistrationOutcome.Kinds.Existing, view);
        }
        return outcomes;
    }

    private sealed class Line
    {
        public List<Waiting> Requests { get; } = [];
        public bool Serving { get; set; }
    }

    private sealed record Waiting(Caller Caller, TaskCompletionSource<RegistrationOutcome> Outcome);
}
