using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Netwerk.Membership.Account.Pages;

/// <summary>One labelled field of an account form, its error tied to it (`aria-describedby`), for `_Field`. Passwords
/// are never sent back into the page.</summary>
public sealed record FormField(string Name, string Label, string Type, string? Value, string Autocomplete, string? Error, string? Description = null)
{
    public static FormField Of(ModelStateDictionary state, string name, string label, string type, string? value, string autocomplete,
        string? description = null) =>
        new(name, label, type, type == "password" ? null : value, autocomplete,
            state.TryGetValue(name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null, description);
}
