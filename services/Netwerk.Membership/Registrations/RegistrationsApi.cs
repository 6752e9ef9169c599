using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Netwerk.Membership.Account.Links;
using Netwerk.Membership.Account.Mail;
using Netwerk.Membership.Data;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.RateLimiting;
using Netwerk.ServiceDefaults.Time;
using Npgsql;

namespace Netwerk.Membership.Registrations;

internal static class RegistrationsApi
{
    public static RouteGroupBuilder MapRegistrationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/members/registrations").WithTags("Registrations");
        group.MapPost("", RegisterAsync)
            .WithName("RegisterMember")
            .WithSummary("Apply for membership of the network: a link to confirm the address is mailed to it; an administrator approves or rejects the registration.")
            .AllowAnonymous()
            .WithRedisRateLimit(RateLimits.Registration);
        return group;
    }

    private static async Task<Results<Created<RegistrationResponse>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterMemberRequest request,
        MembershipDbContext db,
        UserManager<Member> users,
        AccountLinks links,
        SecurityMailQueue mail,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = RegistrationValidator.Validate(request);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var email = request.Email!.Trim();
        var normalizedEmail = users.NormalizeEmail(email);
        if (await db.Members.AnyAsync(m => m.NormalizedEmail == normalizedEmail, cancellationToken))
        {
            return DuplicateEmail();
        }

        var member = NewRegistration.Add(db, users, request, clock.Now());
        var confirmation = links.Issue(member.Id, AccountLinkPurpose.ConfirmEmail, null);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two registrations for one address at the same moment: the unique index decides, the loser hears 409.
            return DuplicateEmail();
        }

        mail.Enqueue(SecurityMails.ConfirmRegistration(member, confirmation));
        return TypedResults.Created($"/api/members/{member.Id}", new RegistrationResponse(member.Id, "pending"));
    }

    private static ProblemHttpResult DuplicateEmail() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "This e-mail address is already registered.",
        detail: "Sign in with it, or ask for a new password.");
}
