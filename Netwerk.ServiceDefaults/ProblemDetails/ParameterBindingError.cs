using System.Text.Json;
using System.Text.RegularExpressions;

namespace Netwerk.ServiceDefaults.ProblemDetails;

/// <summary>A query or route value the framework could not turn into its parameter (`?limit=abc`, `?from=gisteren`),
/// read back from the framework's exception so the client gets the field and what it should hold, as for every other
/// validation error (API.md: `errors: { field: [messages] }`), instead of a sentence about C# types. The framework
/// names the endpoint's parameter, which in Netwerk's endpoints is the query parameter's own name or, in a record of
/// parameters, that name in PascalCase.</summary>
internal static partial class ParameterBindingError
{
    private const int MaximumEchoedLength = 40;

    /// <summary>The field and its message, or null when <paramref name="frameworkMessage"/> is about something else.</summary>
    public static (string Field, string Message)? From(string frameworkMessage)
    {
        if (NotBound().Match(frameworkMessage) is { Success: true } notBound)
        {
            var value = notBound.Groups["value"].Value;
            var shown = value.Length > MaximumEchoedLength ? value[..MaximumEchoedLength] + "…" : value;
            return (FieldName(notBound.Groups["name"].Value), $"\"{shown}\" is not {Expected(notBound.Groups["type"].Value)}.");
        }
        // A missing body stays the request's problem as a whole: its parameter is not a field the client knows.
        if (NotProvided().Match(frameworkMessage) is { Success: true } missing && missing.Groups["source"].Value is not ("body" or "form"))
        {
            return (FieldName(missing.Groups["name"].Value), "This parameter is required.");
        }
        return null;
    }

    /// <summary>The framework names a property of an <c>[AsParameters]</c> record by the property (<c>Limit</c>); the
    /// client knows the field by its query name, which is the same word in camelCase.</summary>
    private static string FieldName(string parameterName) => JsonNamingPolicy.CamelCase.ConvertName(parameterName);

    private static string Expected(string typeName) => Unwrapped(typeName) switch
    {
        "int" or "long" or "short" or "Int32" or "Int64" or "Int16" => "a whole number",
        "decimal" or "double" or "float" or "Decimal" or "Double" or "Single" => "a number",
        "bool" or "Boolean" => "true or false",
        "Guid" => "an id (a UUID)",
        "DateTimeOffset" or "DateTime" => "a date and time (ISO 8601, such as 2026-09-09T08:30:00Z)",
        "DateOnly" => "a date (such as 2026-09-09)",
        _ => "a value this parameter accepts",
    };

    private static string Unwrapped(string typeName) =>
        typeName.StartsWith("Nullable<", StringComparison.Ordinal) ? typeName["Nullable<".Length..^1] : typeName.TrimEnd('?');

    // ASP.NET Core's wording (RequestDelegateFactory, with ThrowOnBadRequest): `Failed to bind parameter "{type} {name}"
    // from "{value}".` and `Required parameter "{type} {name}" was not provided from {source}.`
    [GeneratedRegex("""^Failed to bind parameter "(?<type>.+) (?<name>[^ "]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex NotBound();

    [GeneratedRegex("""^Required parameter "(?<type>.+) (?<name>[^ "]+)" was not provided from (?<source>.+)\.$""", RegexOptions.Singleline)]
    private static partial Regex NotProvided();
}
