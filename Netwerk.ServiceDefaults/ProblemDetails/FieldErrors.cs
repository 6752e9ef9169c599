namespace Netwerk.ServiceDefaults.ProblemDetails;

/// <summary>Collects validation messages per field, in the shape `TypedResults.ValidationProblem` takes.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages)) _errors[field] = messages = [];
        messages.Add(message);
        return this;
    }

    /// <summary>Adds the message when the condition does not hold.</summary>
    public FieldErrors Require(bool condition, string field, string message) => condition ? this : Add(field, message);

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
