namespace Netwerk.ServiceDefaults.ProblemDetails;

/// <summary>Reads an enum value a client wrote as text: one of its names, case ignored. Numbers and comma lists, which
/// <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> also takes, are not names a client is offered.</summary>
public static class EnumNames
{
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text?.Trim(), StringComparison.OrdinalIgnoreCase));
        value = name is null ? default : Enum.Parse<TEnum>(name);
        return name is not null;
    }
}
