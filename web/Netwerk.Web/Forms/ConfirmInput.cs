namespace Netwerk.Web.Forms;

/// <summary>What a form for something that cannot be undone posts (delete, cancel, leave): the box ticked to say so.</summary>
public sealed class ConfirmInput
{
    public bool Sure { get; set; }
}
