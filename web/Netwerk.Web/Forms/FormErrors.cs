using Netwerk.Web.Api;

namespace Netwerk.Web.Forms;

/// <summary>What a form shows after a refused post: a Dutch message next to each field the API named, and one sentence
/// above the form. The API's own messages are English; each form says per field, in Dutch, what that field needs
/// (<c>dutch</c>, keyed by the API's field name, e.g. <c>organisation.brin</c>).</summary>
public sealed class FormErrors
{
    private const string Unnamed = "Dit veld is niet goed ingevuld.";
    private readonly Dictionary<string, string> _byField = new(StringComparer.OrdinalIgnoreCase);

    public static FormErrors None => new();

    public string? Summary { get; private set; }

    public bool Any => Summary is not null || _byField.Count > 0;

    public IEnumerable<KeyValuePair<string, string>> Fields => _byField;

    /// <summary>The refusal of <paramref name="action"/> (e.g. "Aanmelden"), with its fields' messages.</summary>
    public static FormErrors From(ApiFailure failure, string action, IReadOnlyDictionary<string, string> dutch)
    {
        var errors = new FormErrors { Summary = failure.ActionMessage(action) };
        foreach (var field in failure.Errors?.Keys ?? [])
        {
            errors._byField[field] = dutch.TryGetValue(field, out var message) ? message : Unnamed;
        }
        return errors;
    }

    /// <summary>A check the web app makes itself before it calls the API (a file that is missing, a box not ticked).</summary>
    public FormErrors Add(string field, string message, string summary = "Controleer de velden hieronder.")
    {
        _byField[field] = message;
        Summary ??= summary;
        return this;
    }

    public string? For(string field) => _byField.GetValueOrDefault(field);

    /// <summary>The id of the input an API field name belongs to (`organisation.brin` → `organisation-brin`).</summary>
    public static string InputId(string field) => field.Replace('.', '-').Replace('[', '-').Replace("]", "");
}
