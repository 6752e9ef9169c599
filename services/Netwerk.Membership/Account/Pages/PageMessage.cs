namespace Netwerk.Membership.Account.Pages;

/// <summary>A message at the top of an account form (`_Alert`): `ok`, `info`, `warning` or `error`.</summary>
public sealed record PageMessage(string Kind, string Text)
{
    public static PageMessage Error(string text) => new("error", text);
    public static PageMessage Ok(string text) => new("ok", text);
    public static PageMessage Info(string text) => new("info", text);
}
