using System.Threading.Channels;

namespace Netwerk.Membership.Account.Mail;

/// <summary>Security mail waiting to be sent, in this process's memory only. Deliberately not in a table or on the
/// broker: the links in it are credentials, and the one place they may be written down is the member's mailbox. A
/// mail lost to a restart is asked for again (a new link), which is also why the links are short-lived. The form
/// that queues a mail answers at once, so how long sending takes tells nothing about whether an address exists.</summary>
public sealed class SecurityMailQueue
{
    private readonly Channel<SecurityMail> _mail = Channel.CreateBounded<SecurityMail>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public void Enqueue(SecurityMail mail) => _mail.Writer.TryWrite(mail);

    internal ChannelReader<SecurityMail> Reader => _mail.Reader;
}
