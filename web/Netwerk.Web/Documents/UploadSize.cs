using Netwerk.ServiceDefaults.Http;
using Netwerk.Web.Forms;

namespace Netwerk.Web.Documents;

/// <summary>The documents service's file limit as the upload forms use it (the one setting, <see cref="UploadLimits"/>):
/// a larger file is refused here before it is sent on, with 413 and the Dutch message at the file field, and the
/// browser's script is told the limit (the file input's `data-max-bytes`) so that it says the same before sending.</summary>
public sealed class UploadSize(IConfiguration configuration)
{
    public long MaximumBytes { get; } = UploadLimits.FileBytes(configuration);

    public string TooLargeMessage => $"Dit bestand is groter dan {MaximumBytes / (1024 * 1024)} MB.";

    /// <summary>The file input's attributes for the script's check before sending.</summary>
    public IReadOnlyDictionary<string, object> InputAttributes => new Dictionary<string, object>
    {
        ["data-max-bytes"] = MaximumBytes,
        ["data-too-large"] = TooLargeMessage,
    };

    /// <summary>Null when the file may be sent on; else the form's errors, the answer's status set to 413.</summary>
    public FormErrors? Check(HttpContext context, IFormFile file, string action) => file.Length > MaximumBytes ? TooLarge(context, action) : null;

    /// <summary>The form's errors for an upload the API refused: its 413 as the same refusal as this check's, anything
    /// else as <see cref="DocumentInput.UploadErrors"/> says.</summary>
    public FormErrors Refused(HttpContext context, Netwerk.Web.Api.ApiFailure failure, string action) =>
        failure.Status == StatusCodes.Status413PayloadTooLarge ? TooLarge(context, action) : DocumentInput.UploadErrors(failure, action);

    /// <summary>The refusal of a file too large.</summary>
    private FormErrors TooLarge(HttpContext context, string action)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return FormErrors.None.Add("file", TooLargeMessage, $"{action} lukte niet: het bestand is te groot.");
    }
}
