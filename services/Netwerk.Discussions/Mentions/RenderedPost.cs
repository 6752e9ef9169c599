using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Data;
using Netwerk.ServiceDefaults.Text;

namespace Netwerk.Discussions.Mentions;

/// <summary>A post's Markdown rendered once to sanitised HTML with its mentions as named links, and the members it
/// tells: those it names whom this service knows and who may see the thread (a group's members for a group thread),
/// never the author.</summary>
internal sealed record RenderedPost(string Html, IReadOnlyList<Guid> Mentioned)
{
    public static async Task<RenderedPost> RenderAsync(DiscussionsDbContext db, string markdown, Guid? groupId, Guid authorId,
        CancellationToken cancellationToken)
    {
        var ids = Mentions.In(markdown);
        if (ids.Count == 0) return new RenderedPost(SafeMarkdown.ToSafeHtml(markdown), []);
        var names = await db.KnownMembers.Where(m => ids.Contains(m.MemberId)).ToDictionaryAsync(m => m.MemberId, m => m.DisplayName, cancellationToken);
        var told = names.Keys.Where(id => id != authorId).ToList();
        if (groupId is { } group && told.Count > 0)
        {
            told = await db.GroupMembers.Where(m => m.GroupId == group && told.Contains(m.MemberId)).Select(m => m.MemberId).ToListAsync(cancellationToken);
        }
        return new RenderedPost(SafeMarkdown.ToSafeHtml(Mentions.Linked(markdown, names)), told);
    }
}
