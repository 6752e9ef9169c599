using Microsoft.AspNetCore.Identity;
using Netwerk.Contracts.Members;
using Netwerk.Membership.Data;
using Netwerk.Membership.Members;
using Netwerk.Messaging.Outbox;

namespace Netwerk.Membership.Registrations;

internal static class NewRegistration
{
    /// <summary>Adds a pending member and its `MemberRegistered` event to the context, to be saved together.
    /// The request must have passed <see cref="RegistrationValidator"/>.</summary>
    public static Member Add(MembershipDbContext db, UserManager<Member> users, RegisterMemberRequest request, DateTimeOffset now)
    {
        var email = request.Email!.Trim();
        var normalizedEmail = users.NormalizeEmail(email);
        var member = new Member
        {
            Id = Guid.CreateVersion7(now),
            UserName = email,
            NormalizedUserName = normalizedEmail,
            Email = email,
            NormalizedEmail = normalizedEmail,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            DisplayName = request.DisplayName!.Trim(),
            OrganisationName = request.Organisation!.Name!.Trim(),
            Brin = ProfileRules.NormalizeBrin(request.Organisation.Brin),
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
        return member;
    }
}
