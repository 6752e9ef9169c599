using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Members;
using Netwerk.Discussions.Search;
using Netwerk.Discussions.Threads;
using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Discussions.Helpers;

/// <summary>`GET /api/discussions/{id}/helpers`: the network's promise that someone can help. On a question, up to
/// three members who answered similar questions well (an accepted answer counts most, a reply marked helpful too) or
/// who work on its theme (they started or answered threads on it). Only what the caller may see counts as evidence,
/// only members who consented to the directory are named, never the asker or the caller.</summary>
internal static class HelpersApi
{
    public const int MaximumHelpers = 3;
    /// <summary>Similar questions looked at: enough for evidence, few enough to stay fast.</summary>
    private const int SimilarQuestions = 20;
    private const int AcceptedWeight = 3;
    private const int ThemeWeight = 1;

    public static void MapHelpersApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/discussions/{id:guid}/helpers", FindAsync).WithTags("Discussions").RequireAuthorization(NetwerkPolicies.Member)
            .WithName("QuestionHelpers")
            .WithSummary("Up to 3 members in the directory who can likely help with a question: they answered similar questions (accepted or " +
                "marked helpful) or work on its theme; never the asker. Empty for other kinds.");

    private static async Task<Results<Ok<IReadOnlyList<Helper>>, NotFound>> FindAsync(Guid id, ClaimsPrincipal user, DiscussionsDbContext db,
        CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        var question = await participant.Visible(db).AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (question is null) return TypedResults.NotFound();
        if (question.Kind != ThreadKind.Question) return TypedResults.Ok<IReadOnlyList<Helper>>([]);

        var seen = participant.Listed(db).Where(t => t.Id != id);
        var similar = await SimilarThreads.FindAsync(seen.Where(t => t.Kind == ThreadKind.Question), question.Title, null, cancellationToken,
            SimilarQuestions);
        var similarIds = similar.Select(s => s.Id).ToList();
        var answers = await db.Replies.Where(r => similarIds.Contains(r.ThreadId) && r.AuthorId != null && r.DeletedAt == null && r.HiddenAt == null)
            .Join(db.Threads, r => r.ThreadId, t => t.Id, (r, t) => new { MemberId = r.AuthorId!.Value, Accepted = t.AcceptedReplyId == r.Id, r.HelpfulCount })
            .Where(r => r.Accepted || r.HelpfulCount > 0)
            .GroupBy(r => r.MemberId)
            .Select(g => new { MemberId = g.Key, Answers = g.Count(), Score = g.Sum(r => (r.Accepted ? AcceptedWeight : 0) + r.HelpfulCount) })
            .ToListAsync(cancellationToken);

        var onTheme = new HashSet<Guid>();
        if (question.Theme is { } theme)
        {
            var themed = seen.Where(t => t.Theme == theme);
            var authors = await themed.Where(t => t.AuthorId != null).Select(t => t.AuthorId!.Value)
                .Union(db.Replies.Where(r => r.AuthorId != null && r.DeletedAt == null && themed.Any(t => t.Id == r.ThreadId)).Select(r => r.AuthorId!.Value))
                .ToListAsync(cancellationToken);
            onTheme.UnionWith(authors);
        }

        var scores = answers.ToDictionary(a => a.MemberId, a => (a.Answers, Score: a.Score));
        foreach (var member in onTheme) scores[member] = scores.TryGetValue(member, out var s) ? (s.Answers, s.Score + ThemeWeight) : (0, ThemeWeight);
        scores.Remove(participant.MemberId);
        if (question.AuthorId is { } asker) scores.Remove(asker);
        var candidates = scores.Keys.ToList();
        var named = await db.MemberProfiles.Where(p => candidates.Contains(p.MemberId) && p.InDirectory)
            .Join(db.KnownMembers, p => p.MemberId, k => k.MemberId, (p, k) => new { k.MemberId, k.DisplayName })
            .ToDictionaryAsync(m => m.MemberId, m => m.DisplayName, cancellationToken);
        IReadOnlyList<Helper> helpers = [.. named
            .OrderByDescending(m => scores[m.Key].Score).ThenByDescending(m => scores[m.Key].Answers).ThenBy(m => m.Value, StringComparer.Ordinal)
            .Take(MaximumHelpers)
            .Select(m => new Helper(m.Key, m.Value, scores[m.Key].Answers, onTheme.Contains(m.Key)))];
        return TypedResults.Ok(helpers);
    }
}
