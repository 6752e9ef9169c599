using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Notifications.Data;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Notifications.Preferences;

internal static class PreferencesApi
{
    /// <summary>One category in a request or answer: `inApp` and `email` (`off`, `instant`, `daily`, `weekly`).</summary>
    public sealed record CategoryView(bool InApp, string Email);

    public static void MapPreferencesApi(this IEndpointRouteBuilder routes)
    {
        var preferences = routes.MapGroup("/api/notifications/preferences").WithTags("Notifications").RequireAuthorization(NetwerkPolicies.Member);
        preferences.MapGet("", GetAsync).WithName("GetNotificationPreferences")
            .WithSummary("Per category (membership, documents, events, groups): in the inbox or not, and e-mail off, instant, daily or weekly.");
        preferences.MapPut("", PutAsync).WithName("SetNotificationPreferences")
            .WithSummary("Sets the categories given (the others keep their setting); answers with all of them.");
    }

    private static async Task<Ok<Dictionary<string, CategoryView>>> GetAsync(ClaimsPrincipal user, NotificationsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(View(await MemberPreferences.OfAsync(db, NetwerkClaims.MemberId(user), cancellationToken)));

    private static async Task<Results<Ok<Dictionary<string, CategoryView>>, ValidationProblem>> PutAsync(
        Dictionary<string, JsonElement> request, ClaimsPrincipal user, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var wanted = new Dictionary<string, CategoryPreference>();
        foreach (var (category, value) in request)
        {
            if (!NotificationCategories.All.Contains(category))
            {
                errors.Add(category, $"Not a category; the categories are {string.Join(", ", NotificationCategories.All)}.");
                continue;
            }
            if (Parse(value) is { } preference) wanted[category] = preference;
            else errors.Add(category, "Expected { \"inApp\": true|false, \"email\": \"off\"|\"instant\"|\"daily\"|\"weekly\" }.");
        }
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var memberId = NetwerkClaims.MemberId(user);
        var existing = await db.NotificationPreferences.Where(p => p.MemberId == memberId).ToListAsync(cancellationToken);
        foreach (var (category, preference) in wanted)
        {
            var row = existing.FirstOrDefault(p => p.Category == category);
            if (row is null) db.NotificationPreferences.Add(row = new NotificationPreference { MemberId = memberId, Category = category });
            row.InApp = preference.InApp;
            row.Email = preference.Email;
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(View(await MemberPreferences.OfAsync(db, memberId, cancellationToken)));
    }

    private static CategoryPreference? Parse(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object) return null;
        if (!value.TryGetProperty("inApp", out var inApp) || inApp.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) return null;
        if (!value.TryGetProperty("email", out var email) || email.ValueKind != JsonValueKind.String) return null;
        if (!EnumNames.TryParse<EmailCadence>(email.GetString(), out var cadence)) return null;
        return new CategoryPreference(inApp.GetBoolean(), cadence);
    }

    private static Dictionary<string, CategoryView> View(Dictionary<string, CategoryPreference> preferences) =>
        preferences.ToDictionary(p => p.Key, p => new CategoryView(p.Value.InApp, p.Value.Email.ToString().ToLowerInvariant()));
}
