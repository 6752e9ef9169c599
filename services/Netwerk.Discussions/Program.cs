using Netwerk.Discussions;
using Netwerk.Discussions.Conversations;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Follows;
using Netwerk.Discussions.Helpers;
using Netwerk.Discussions.Moderation;
using Netwerk.Discussions.Needs;
using Netwerk.Discussions.Replies;
using Netwerk.Discussions.Search;
using Netwerk.Discussions.Threads;
using Netwerk.Discussions.Votes;
using Netwerk.Messaging.Redelivery;
using Netwerk.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddDiscussionsServices();

var app = builder.Build();
if (await app.MigrateDatabaseAsync<DiscussionsDbContext>(args)) return;

app.UseServiceDefaults();
app.MapThreadsApi();
app.MapSimilarThreadsApi();
app.MapNeedsSummaryApi();
app.MapHelpersApi();
app.MapThreadChangesApi();
app.MapRepliesApi();
app.MapReplyChangesApi();
app.MapAnswersApi();
app.MapHelpfulApi();
app.MapVotesApi();
app.MapFollowsApi();
app.MapModerationApi();
app.MapReportsApi();
app.MapReportQueueApi();
app.MapConversationsApi();
app.MapFailedMessagesApi();

app.Run();
