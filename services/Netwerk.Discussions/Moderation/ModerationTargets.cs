using Netwerk.Discussions.Threads;
using Netwerk.Messaging.Audit;

namespace Netwerk.Discussions.Moderation;

/// <summary>What the audit log names a moderated thread by.</summary>
internal static class ModerationTargets
{
    public static AuditTarget Thread(DiscussionThread thread) => new("thread", thread.Id.ToString(), thread.Title);
}
