using System.Threading.Channels;
using Microsoft.AspNetCore.Identity;
using Netwerk.Membership.Account.Mail;
using Netwerk.Membership.Data;
using Netwerk.Membership.Members;

namespace Netwerk.Membership.Account.Links;

/// <summary>Addresses for which a reset link was asked, handled after the page has answered: whether the address
/// belongs to a member, and the link made and stored for one, happen here, so the forgotten-password page does the
/// same work and takes the same time for a known and an unknown address. In memory only, like
/// <see cref="SecurityMailQueue"/>: a request lost to a restart is asked again.</summary>
public sealed class ResetLinkRequests(IServiceScopeFactory scopes, SecurityMailQueue mail, ILogger<ResetLinkRequests> logger) : BackgroundService
{
    private readonly Channel<string> _addresses = Channel.CreateBounded<string>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public void Enqueue(string email) => _addresses.Writer.TryWrite(email);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var email in _addresses.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await IssueAsync(email, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next request for the address makes a new link; this one is not tried again.
                logger.LogWarning(exception, "A reset link could not be made");
            }
        }
    }

    private async Task IssueAsync(string email, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var member = await users.FindByEmailAsync(email);
        if (member is not { Status: MemberStatus.Active or MemberStatus.Pending }) return;

        var link = await scope.ServiceProvider.GetRequiredService<AccountLinks>().ReplaceAsync(member.Id, AccountLinkPurpose.ResetPassword, null, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<MembershipDbContext>().SaveChangesAsync(cancellationToken);
        mail.Enqueue(SecurityMails.ResetPassword(member, link));
    }
}
