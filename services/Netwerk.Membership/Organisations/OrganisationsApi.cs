using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Membership.Data;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Pagination;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Membership.Organisations;

/// <summary>The schools and boards the network's active members in the directory belong to, as the members themselves
/// name them.</summary>
internal static class OrganisationsApi
{
    public static void MapOrganisationsApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/organisations", ListAsync)
            .WithTags("Organisations")
            .WithName("ListOrganisations")
            .WithSummary("Schools and boards with their number of active members in the directory; `q` searches name and BRIN. At most `limit` (100) by name.")
            .RequireAuthorization(NetwerkPolicies.Member);

    private static async Task<Results<Ok<Page<OrganisationSummary>>, ValidationProblem>> ListAsync(
        MembershipDbContext db, string? q, int? limit, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().Require((q?.Length ?? 0) <= 100, "q", "Search with at most 100 characters.");
        var size = PageRequest.ParseLimit(limit, errors);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var members = db.Members.InDirectory();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToUpperInvariant();
            members = members.Where(m => m.OrganisationName.ToUpper().Contains(term) || (m.Brin != null && m.Brin.StartsWith(term)));
        }
        var organisations = await members.GroupBy(m => new { m.OrganisationName, m.Brin })
            .Select(g => new { g.Key.OrganisationName, g.Key.Brin, Count = g.Count() })
            .OrderBy(o => o.OrganisationName).ThenBy(o => o.Brin)
            .Take(size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<OrganisationSummary>(
            [.. organisations.Select(o => new OrganisationSummary(o.OrganisationName, o.Brin, o.Count))], null));
    }
}
