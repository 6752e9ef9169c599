using Netwerk.Membership;
using Netwerk.Membership.Account;
using Netwerk.Membership.Audit;
using Netwerk.Membership.Data;
using Netwerk.Membership.Decisions;
using Netwerk.Membership.Demo;
using Netwerk.Membership.Directory;
using Netwerk.Membership.Groups;
using Netwerk.Membership.Identity;
using Netwerk.Membership.Organisations;
using Netwerk.Membership.Privacy;
using Netwerk.Membership.Profiles;
using Netwerk.Membership.Registrations;
using Netwerk.Membership.Roles;
using Netwerk.Messaging.Redelivery;
using Netwerk.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddMembershipServices();

var app = builder.Build();
if (await app.MigrateDatabaseAsync<MembershipDbContext>(args)) return;
await app.SeedIdentityAsync();
await app.SeedAmbitionsAsync();
await app.SeedDemoDataAsync();

app.UseServiceDefaults();
app.MapAuthorizationEndpoint();
app.MapTokenEndpoint();
app.MapUserInfoEndpoint();
app.MapEndSessionEndpoint();
app.MapAccountPages();
app.MapRegistrationsApi();
app.MapDecisionsApi();
app.MapProfileApi();
app.MapRolesApi();
app.MapDirectoryApi();
app.MapGroupsApi();
app.MapOrganisationsApi();
app.MapPrivacyApi();
app.MapAuditApi();
app.MapFailedMessagesApi();

app.Run();
