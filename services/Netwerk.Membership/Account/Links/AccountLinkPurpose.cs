namespace Netwerk.Membership.Account.Links;

/// <summary>What an e-mailed link lets its holder do, and for how long.</summary>
public enum AccountLinkPurpose
{
    /// <summary>Sent at registration: the address belongs to the person who registered.</summary>
    ConfirmEmail,
    /// <summary>Forgot password: choose a new one.</summary>
    ResetPassword,
    /// <summary>A new address, sent to that address; it becomes the member's once confirmed.</summary>
    ChangeEmail,
}
