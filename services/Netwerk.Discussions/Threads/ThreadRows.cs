using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Data;

namespace Netwerk.Discussions.Threads;

/// <summary>A thread's row locked for the rest of the transaction, for the changes that must not cross: a reply and a
/// lock, a vote and a merge, the third report and a moderator's decision. `FOR NO KEY UPDATE` is the lock an update
/// takes anyway; it leaves rows that only refer to the thread (votes, replies) free to be written.</summary>
internal static class ThreadRows
{
    public static Task<DiscussionThread?> LockAsync(DiscussionsDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Threads.FromSqlInterpolated($"SELECT * FROM threads WHERE id = {id} AND deleted_at IS NULL FOR NO KEY UPDATE")
            .AsNoTracking().FirstOrDefaultAsync(cancellationToken);

    /// <summary>Several threads locked in id order, so that two requests locking the same pair cannot deadlock.</summary>
    public static Task<List<DiscussionThread>> LockAsync(DiscussionsDbContext db, Guid[] ids, CancellationToken cancellationToken) =>
        db.Threads.FromSqlInterpolated($"SELECT * FROM threads WHERE id = ANY({ids}) AND deleted_at IS NULL ORDER BY id FOR NO KEY UPDATE")
            .AsNoTracking().ToListAsync(cancellationToken);

    /// <summary>The replies' text search reads, rebuilt after a reply changed, left or came back.</summary>
    public static Task RebuildRepliesTextAsync(DiscussionsDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE threads SET replies_text = left(coalesce((SELECT string_agg(body, E'\n' ORDER BY created_at) FROM replies
                WHERE thread_id = {id} AND deleted_at IS NULL AND hidden_at IS NULL), ''), {DiscussionThreadConfiguration.RepliesTextLength})
            WHERE id = {id}
            """, cancellationToken);
}
