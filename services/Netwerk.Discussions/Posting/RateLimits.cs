namespace Netwerk.Discussions.Posting;

/// <summary>The discussions' limits (API.md), per member; configured as `RateLimits:{name}:…`.</summary>
internal static class RateLimits
{
    /// <summary>Threads and replies of any member: a script with a member's token cannot flood the network.</summary>
    public const string Posts = "posts";
    /// <summary>A member approved less than a day ago: 3 threads and 10 replies that day.</summary>
    public const string NewMemberThreads = "new-member-threads";
    public const string NewMemberReplies = "new-member-replies";
    /// <summary>Reports: enough for a member who meets a spammer, not enough to hide the network.</summary>
    public const string Reports = "reports";
    /// <summary>Private conversations started: the directory is for finding colleagues, not for mailing them all.</summary>
    public const string Conversations = "conversations";
    /// <summary>Messages in conversations already started.</summary>
    public const string Messages = "messages";
}
