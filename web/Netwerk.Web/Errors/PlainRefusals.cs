using Microsoft.AspNetCore.Antiforgery;

namespace Netwerk.Web.Errors;

/// <summary>Some refusals of a posted form are written by the framework itself, as English plain text: a form without
/// its antiforgery token, a form posted to a page that has no such form. Those bodies are dropped here, so that the
/// status code pages show the Dutch page for the status (<see cref="StatusPage"/>). Only posts, whose answers are
/// pages of a few kilobytes, are held back to look; a page the app rendered itself passes unchanged, whatever its
/// status.</summary>
internal sealed class PlainRefusals(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await next(context);
            return;
        }

        var page = context.Response.Body;
        await using var held = new MemoryStream();
        context.Response.Body = held;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = page;
        }

        var response = context.Response;
        if (response.StatusCode is >= 400 and < 500 && !IsPage(held))
        {
            response.ContentType = null;
            response.ContentLength = null;
            // The status page is shown as a page, not as a post of the refused form: the framework would read that
            // form again and throw on its token.
            context.Features.Set<IAntiforgeryValidationFeature>(null);
            context.Request.Method = HttpMethods.Get;
            return;
        }
        held.Position = 0;
        await held.CopyToAsync(page, context.RequestAborted);
    }

    /// <summary>Every page the app renders starts with its doctype (App.razor); the framework's refusals are bare
    /// sentences, whatever content type they carry.</summary>
    private static bool IsPage(MemoryStream held) =>
        held.Length >= Doctype.Length && held.GetBuffer().AsSpan(0, Doctype.Length).SequenceEqual(Doctype);

    private static readonly byte[] Doctype = "<!DOCTYPE html>"u8.ToArray();
}
