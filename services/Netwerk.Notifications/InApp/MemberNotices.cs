using System.Globalization;
using Microsoft.Extensions.Options;
using Netwerk.Contracts.Events;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Email;
using Netwerk.Notifications.Live;
using Netwerk.Notifications.Preferences;
using Netwerk.ServiceDefaults.Links;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Notifications.InApp;

/// <summary>Tells members something (texts in Dutch: members read them), the way each asked for it per category: a
/// notification in the inbox, an e-mail at once or in a digest, both, or neither. Written in the consumer's
/// transaction; once that commits, <see cref="AnnounceCommittedAsync"/> sends the new notifications to open streams
/// and wakes the mail sender.</summary>
public sealed class MemberNotices(NotificationsDbContext db, TimeProvider clock, IOptions<EmailOptions> email, LiveNotificationHub live,
    EmailSignal emailSignal)
{
    public const int MaximumTitle = 200;
    public const int MaximumBody = 2000;
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private readonly List<LiveNotification> _written = [];
    private bool _instantMail;

    public Task ToMemberAsync(Guid memberId, string category, string title, string body, string? link, Guid sourceEventId,
        CancellationToken cancellationToken) =>
        ToMembersAsync([memberId], category, title, body, link, sourceEventId, cancellationToken);

    public async Task ToMembersAsync(IReadOnlyCollection<Guid> memberIds, string category, string title, string body, string? link,
        Guid sourceEventId, CancellationToken cancellationToken)
    {
        if (memberIds.Count == 0) return;
        title = Shorten(title, MaximumTitle);
        body = Shorten(body, MaximumBody);
        var now = clock.Now();
        var preferences = await MemberPreferences.ForCategoryAsync(db, memberIds, category, cancellationToken);
        foreach (var (memberId, preference) in preferences)
        {
            if (preference.InApp)
            {
                var notification = new Notification
                {
                    Id = Guid.CreateVersion7(now),
                    RecipientMemberId = memberId,
                    Category = category,
                    Title = title,
                    Body = body,
                    Link = link,
                    SourceEventId = sourceEventId,
                    CreatedAt = now,
                };
                db.Notifications.Add(notification);
                _written.Add(new LiveNotification(memberId, null, NotificationView.From(notification)));
            }
            if (preference.Email != EmailCadence.Off)
            {
                db.PendingEmails.Add(new PendingEmail
                {
                    Id = Guid.CreateVersion7(now),
                    MemberId = memberId,
                    Category = category,
                    Title = title,
                    Body = body,
                    Link = link,
                    CreatedAt = now,
                    DueAt = DigestSchedule.DueAt(preference.Email, now, email.Value),
                });
                _instantMail |= preference.Email == EmailCadence.Instant;
            }
        }
    }

    /// <summary>To everyone holding <paramref name="role"/> when they look: in the inbox only (preferences are a
    /// member's own; a role's notices are work to do).</summary>
    public void ToRole(string role, Guid? aboutMemberId, string category, string title, string body, string? link, Guid? sourceEventId)
    {
        var now = clock.Now();
        var notification = new Notification
        {
            Id = Guid.CreateVersion7(now),
            RecipientRole = role,
            AboutMemberId = aboutMemberId,
            Category = category,
            Title = Shorten(title, MaximumTitle),
            Body = Shorten(body, MaximumBody),
            Link = link,
            SourceEventId = sourceEventId ?? Guid.Empty,
            CreatedAt = now,
        };
        db.Notifications.Add(notification);
        _written.Add(new LiveNotification(null, role, NotificationView.From(notification)));
    }

    /// <summary>An e-mail to an address outside the membership (a partner's contact), sent at once.</summary>
    public void ToAddress(string address, string title, string body, string? link)
    {
        var now = clock.Now();
        db.PendingEmails.Add(new PendingEmail
        {
            Id = Guid.CreateVersion7(now),
            ToAddress = address,
            Title = Shorten(title, MaximumTitle),
            Body = Shorten(body, MaximumBody),
            Link = link,
            CreatedAt = now,
            DueAt = now,
        });
        _instantMail = true;
    }

    public async Task AnnounceCommittedAsync()
    {
        if (_instantMail) emailSignal.Notify();
        await live.PublishAsync(_written);
        _written.Clear();
        _instantMail = false;
    }

    /// <summary>For a transaction that rolled back: what it wrote will never exist.</summary>
    public void ForgetUncommitted()
    {
        _written.Clear();
        _instantMail = false;
    }

    /// <summary>"donderdag 14 januari om 09:30", on the wall clock of the event's zone.</summary>
    public static string When(NetworkEventDetails networkEvent)
    {
        var local = TimeZoneInfo.TryFindSystemTimeZoneById(networkEvent.TimeZone, out var zone)
            ? TimeZoneInfo.ConvertTime(networkEvent.StartsAt, zone)
            : networkEvent.StartsAt;
        return local.ToString("dddd d MMMM 'om' HH:mm", Dutch);
    }

    public static string EventLink(Guid eventId) => WebPages.Event(eventId);

    private static string Shorten(string text, int maximum) => text.Length <= maximum ? text : text[..(maximum - 1)] + "…";
}
