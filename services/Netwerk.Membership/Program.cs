using Netwerk.Membership;
using Netwerk.Membership.Data;
using Netwerk.Membership.Registrations;
using Netwerk.ServiceDefaults.Data;
using Netwerk.ServiceDefaults.ProblemDetails;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddMembershipServices();

var app = builder.Build();
if (await app.MigrateDatabaseAsync<MembershipDbContext>(args)) return;

app.UseNetwerkProblemDetails();
app.MapDefaultEndpoints();
app.MapOpenApi();
app.MapRegistrationsApi();

app.Run();
