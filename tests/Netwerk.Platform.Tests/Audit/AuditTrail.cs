using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Platform.Tests.Audit;

/// <summary>Reads membership's audit log as the seeded administrator, waiting for an entry that travels from another
/// service through the broker.</summary>
internal sealed class AuditTrail(PlatformSlice slice)
{
    public async Task<JsonElement> EntryAsync(string action, string targetId)
    {
        var admin = await slice.AsAdministratorAsync(slice.Membership.CreateClient());
        var entries = await Eventually.ReturnsAsync(
            async () => (await admin.GetFromJsonAsync<JsonElement>($"/api/audit?action={action}&targetId={Uri.EscapeDataString(targetId)}"))
                .GetProperty("items").EnumerateArray().ToList(),
            items => items.Count > 0, TimeSpan.FromSeconds(30));
        return Assert.Single(entries);
    }
}
