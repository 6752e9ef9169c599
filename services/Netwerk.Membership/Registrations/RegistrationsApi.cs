using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Members;
using Netwerk.Membership.Data;
using Netwerk.Membership.Members;
using Netwerk.Messaging.Outbox;
using Npgsql;

namespace Netwerk.Membership.Registrations;

internal static class RegistrationsApi
{
    public static RouteGroupBuilder MapRegistrationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/members/registrations").WithTags("Registrations");
        group.MapPost("", RegisterAsync)
            .WithName("RegisterMember")
            .WithSummary("Apply for membership of the network; an administrator approves or rejects the registration.")
            .AllowAnonymous();
        return group;
    }

    private static async Task<Results<Created<RegistrationResponse>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterMemberRequest request,
        MembershipDbContext db,
        UserManager<Member> users,
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

        var now = clock.GetUtcNow();
        var member = new Member
        {
            Id = Guid.CreateVersion7(now),
            UserName = email,
            NormalizedUserName = normalizedEmail,
            Email = email,
            NormalizedEmail = normalizedEmail,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            // Set here because the member is inserted with its event in one SaveChanges, not by UserManager.CreateAsync.
            LockoutEnabled = true,
            DisplayName = request.DisplayName!.Trim(),
            OrganisationName = request.Organisation!.Name!.Trim(),
            Brin = string.IsNullOrWhiteSpace(request.Organisation.Brin) ? null : request.Organisation.Brin.Trim().ToUpperInvariant(),
            JobTitle = request.JobTitle!.Trim(),
            Sector = request.Sector!,
            Region = string.IsNullOrWhiteSpace(request.Region) ? null : request.Region.Trim(),
            ConsentDirectory = request.Consents?.Directory ?? false,
            ConsentPartners = request.Consents?.Partners ?? false,
            RegisteredAt = now,
        };
        member.PasswordHash = users.PasswordHasher.HashPassword(member, request.Password!);
        db.Members.Add(member);
        db.AddIntegrationEvent(new MemberRegistered(Guid.CreateVersion7(now), now, member.Id, member.DisplayName,
            member.OrganisationName, member.Brin, member.Sector));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two registrations for one address at the same moment: the unique index decides, the loser hears 409.
            return DuplicateEmail();
        }

        return TypedResults.Created($"/api/members/{member.Id}", new RegistrationResponse(member.Id, "pending"));
    }

    private static ProblemHttpResult DuplicateEmail() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "This e-mail address is already registered.",
        detail: "Sign in with it, or ask for a new password.");
}
