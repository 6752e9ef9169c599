using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Membership.Data;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Pagination;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Membership.Directory;

/// <summary>Find colleagues at other schools: active members who agreed to be listed.</summary>
internal static class DirectoryApi
{
    private const int MaximumQueryLength = 100;

    public static void MapDirectoryApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/members").WithTags("Directory").RequireAuthorization(NetwerkPolicies.Member);
        group.MapGet("", ListAsync)
            .WithName("SearchDirectory")
            .WithSummary("Members who consented to the directory; `q` searches name, organisation and job title; `sector` and `groupId` filter.");
        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetDirectoryEntry")
            .WithSummary("One directory entry; 404 for members not in the directory.");
    }

    private static async Task<Results<Ok<Page<DirectoryEntry>>, ValidationProblem>> ListAsync(
        MembershipDbContext db, string? q, string? sector, Guid? groupId, int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors()
            .Require((q?.Length ?? 0) <= MaximumQueryLength, "q", $"Search with at most {MaximumQueryLength} characters.")
            .Require(sector is null || Sector.All.Contains(sector), "sector", "The sector is one of: po, vo, po-vo.");
        var page = PageRequest.Parse(limit, cursor, errors);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var query = Listed(db);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = $"%{EscapeLike(q.Trim())}%";
            query = query.Where(m => EF.Functions.ILike(m.DisplayName, pattern, "\\")
                                     || EF.Functions.ILike(m.OrganisationName, pattern, "\\")
                                     || EF.Functions.ILike(m.JobTitle, pattern, "\\"));
        }
        if (sector is not null) query = query.Where(m => m.Sector == sector);
        if (groupId is not null) query = query.Where(m => db.GroupMemberships.Any(g => g.GroupId == groupId && g.MemberId == m.Id));
        var rows = await MemberOrder.ByRegistration.PageOf(query, page).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, MemberOrder.ByRegistration.CursorOf, DirectoryEntry.From));
    }

    private static async Task<Results<Ok<DirectoryEntry>, NotFound>> GetAsync(Guid id, MembershipDbContext db, CancellationToken cancellationToken)
    {
        var member = await Listed(db).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return member is null ? TypedResults.NotFound() : TypedResults.Ok(DirectoryEntry.From(member));
    }

    private static IQueryable<Member> Listed(MembershipDbContext db) => db.Members.InDirectory();

    /// <summary>A search for "100%" looks for the characters, not for everything.</summary>
    private static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
