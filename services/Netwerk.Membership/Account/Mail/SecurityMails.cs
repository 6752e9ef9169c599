using Netwerk.Membership.Account.Links;
using Netwerk.Membership.Members;

namespace Netwerk.Membership.Account.Mail;

/// <summary>The Dutch texts of the account mails. Plain text: every mail program shows it, and a link in plain text
/// is the address it says it is.</summary>
public static class SecurityMails
{
    private const string Signature = "\n\nMet vriendelijke groet,\nNetwerk Informatiemanagement po/vo";

    public static SecurityMail ConfirmRegistration(Member member, string link) => new(member.Email!, member.DisplayName,
        "Bevestig je e-mailadres voor Netwerk",
        $"""
        Beste {member.DisplayName},

        Bedankt voor je aanmelding bij Netwerk Informatiemanagement po/vo. Bevestig dat dit jouw e-mailadres is via
        deze link:

        {link}

        De link werkt {Days(AccountLinkPurpose.ConfirmEmail)} dagen en één keer. Een beheerder beoordeelt je aanmelding; je hoort
        van ons zodra je bent toegelaten.

        Heb je je niet aangemeld? Dan kun je dit bericht negeren.
        """ + Signature);

    public static SecurityMail ResetPassword(Member member, string link) => new(member.Email!, member.DisplayName,
        "Nieuw wachtwoord voor Netwerk",
        $"""
        Beste {member.DisplayName},

        Je hebt gevraagd om een nieuw wachtwoord. Kies er een via deze link:

        {link}

        De link werkt één uur en één keer. Na het instellen van je nieuwe wachtwoord word je overal uitgelogd.

        Heb je dit niet zelf gevraagd? Dan hoef je niets te doen: je wachtwoord blijft zoals het is.
        """ + Signature);

    public static SecurityMail ConfirmNewAddress(Member member, string newEmail, string link) => new(newEmail, member.DisplayName,
        "Bevestig je nieuwe e-mailadres voor Netwerk",
        $"""
        Beste {member.DisplayName},

        Je wilt voortaan dit e-mailadres gebruiken voor Netwerk. Bevestig dat via deze link:

        {link}

        De link werkt 24 uur en één keer. Tot je bevestigt, blijft je oude adres in gebruik.
        """ + Signature);

    public static SecurityMail AddressChanged(string oldAddress, Member member, string newEmail) => new(oldAddress, member.DisplayName,
        "Je e-mailadres bij Netwerk is gewijzigd",
        $"""
        Beste {member.DisplayName},

        Het e-mailadres van je account bij Netwerk is gewijzigd in {newEmail}. Je logt voortaan met dat adres in, en
        berichten van Netwerk gaan daarheen.

        Heb je dit niet zelf gedaan? Neem dan direct contact op met de beheerder van Netwerk.
        """ + Signature);

    public static SecurityMail PasswordChanged(Member member) => new(member.Email!, member.DisplayName,
        "Je wachtwoord voor Netwerk is gewijzigd",
        $"""
        Beste {member.DisplayName},

        Het wachtwoord van je account bij Netwerk is zojuist gewijzigd. Je bent op je andere apparaten uitgelogd.

        Heb je dit niet zelf gedaan? Vraag dan direct een nieuw wachtwoord aan via "Wachtwoord vergeten" op de
        inlogpagina, en laat het de beheerder van Netwerk weten.
        """ + Signature);

    private static int Days(AccountLinkPurpose purpose) => (int)AccountLinks.Lifetime(purpose).TotalDays;
}
