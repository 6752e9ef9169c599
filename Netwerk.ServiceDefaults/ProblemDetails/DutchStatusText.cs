using Netwerk.ServiceDefaults.RateLimiting;

namespace Netwerk.ServiceDefaults.ProblemDetails;

/// <summary>What a refused request means, in the Dutch a member reads: one set of words for the web app's status page
/// and for the pages the gateway and membership show a browser (<see cref="BrowserProblemPage"/>).</summary>
public static class DutchStatusText
{
    public static string Title(int status) => status switch
    {
        400 => "Dit lukte niet",
        403 => "Geen toegang",
        404 or 410 => "Deze pagina bestaat niet",
        413 => "Dat is te groot",
        414 => "Dit webadres is te lang",
        429 => "Even rustig aan…",
        >= 500 => "Tijdelijk niet beschikbaar",
        _ => "Dit lukte niet",
    };

    /// <param name="wait">For a 429: how long to wait, as `Retry-After` says.</param>
    public static string Text(int status, TimeSpan? wait = null) => status switch
    {
        400 => "Je verzoek kon niet worden gelezen, bijvoorbeeld omdat het formulier verlopen is of niet van deze pagina kwam. Ga terug, laad de pagina opnieuw en probeer het nog eens.",
        403 => "Deze pagina is alleen voor beheerders of moderatoren van het netwerk. Denk je dat je hier wel bij moet kunnen? Vraag het een beheerder.",
        404 or 410 => "De pagina die je zoekt is er niet (meer). Misschien is de link oud, of zit er een tikfout in het adres.",
        413 => "Wat je verstuurde is groter dan deze pagina aanneemt. Een bestand delen kan tot 50 MB; een gewoon formulier houdt veel minder tekst. Ga terug en probeer het met minder.",
        414 => "Het adres van deze pagina is langer dan de site aanneemt. Ga terug, of begin opnieuw vanaf de startpagina.",
        429 => $"Er kwamen vanaf jouw adres net te veel verzoeken achter elkaar binnen. Probeer het {RetryAfter.InDutch(wait ?? TimeSpan.FromMinutes(1))} opnieuw.",
        >= 500 => "Een deel van het netwerk is op dit moment niet bereikbaar. Probeer het over een paar minuten opnieuw.",
        _ => "Je verzoek kon niet worden verwerkt. Ga terug en probeer het opnieuw.",
    };
}
