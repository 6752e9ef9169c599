using Netwerk.Discussions;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Replies;
using Netwerk.Discussions.Threads;
using Netwerk.Discussions.Votes;
using Netwerk.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddDiscussionsServices();

var app = builder.Build();
if (await app.MigrateDatabaseAsync<DiscussionsDbContext>(args)) return;

app.UseServiceDefaults();
app.MapThreadsApi();
app.MapRepliesApi();
app.MapVotesApi();

app.Run();
