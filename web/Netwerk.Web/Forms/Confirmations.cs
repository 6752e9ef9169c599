namespace Netwerk.Web.Forms;

/// <summary>The Dutch sentences a page may show after a successful action; the redirect names one by its key, so a
/// link cannot make a page say anything else.</summary>
public static class Confirmations
{
    private static readonly Dictionary<string, string> Sentences = new(StringComparer.Ordinal)
    {
        ["werkgroep-lid"] = "Je bent lid van deze werkgroep.",
        ["werkgroep-verlaten"] = "Je bent geen lid meer van deze werkgroep.",
        ["aangemeld"] = "Je bent aangemeld voor deze bijeenkomst.",
        ["wachtlijst"] = "De bijeenkomst is vol: je staat op de wachtlijst.",
        ["afgemeld"] = "Je bent afgemeld voor deze bijeenkomst.",
        ["document-gedeeld"] = "Het document is gedeeld.",
        ["document-gewijzigd"] = "De gegevens van het document zijn opgeslagen.",
        ["versie-toegevoegd"] = "De nieuwe versie is toegevoegd.",
        ["document-verwijderd"] = "Het document is verwijderd.",
        ["gelezen"] = "De meldingen zijn gelezen.",
        ["bericht-verstuurd"] = "Je bericht is verstuurd.",
        ["voorkeuren"] = "Je voorkeuren voor meldingen zijn opgeslagen.",
        ["profiel"] = "Je profiel is opgeslagen.",
        ["goedgekeurd"] = "De aanmelding is goedgekeurd; het nieuwe lid krijgt een e-mail.",
        ["afgewezen"] = "De aanmelding is afgewezen.",
        ["rollen"] = "De rollen zijn opgeslagen.",
        ["bijeenkomst-gepland"] = "De bijeenkomst is gepland.",
        ["bijeenkomst-gewijzigd"] = "De bijeenkomst is gewijzigd; wie zich aanmeldde krijgt bericht.",
        ["bijeenkomst-geannuleerd"] = "De bijeenkomst is geannuleerd; wie zich aanmeldde krijgt bericht.",
        ["aanwezig"] = "De aanwezigheid is genoteerd.",
        ["opnieuw-verstuurd"] = "Het bericht wordt opnieuw verstuurd.",
        ["berichten-opnieuw"] = "De berichten staan weer in de wachtrij van hun dienst. Lukt het weer niet, dan komen ze hier terug.",
        ["vraag-geplaatst"] = "Je bericht is geplaatst. Wie het volgt krijgt een melding van nieuwe reacties.",
        ["reactie-geplaatst"] = "Je reactie is geplaatst; je volgt dit onderwerp nu.",
        ["antwoord-gekozen"] = "Het antwoord is gekozen; wie het gaf krijgt bericht.",
        ["gestemd"] = "Je stem telt mee.",
        ["stem-ingetrokken"] = "Je stem is ingetrokken.",
        ["gevolgd"] = "Je volgt dit onderwerp: je krijgt een melding van nieuwe reacties.",
        ["niet-gevolgd"] = "Je volgt dit onderwerp niet meer.",
        ["gemeld"] = "Dank je: de moderatoren kijken ernaar.",
        ["gesloten"] = "Het onderwerp is gesloten voor reacties.",
        ["geopend"] = "Het onderwerp is weer open voor reacties.",
        ["stap-opgeslagen"] = "De stap is opgeslagen; wie stemde krijgt bericht.",
        ["verborgen"] = "Het bericht is verborgen.",
        ["hersteld"] = "Het bericht is weer zichtbaar.",
    };

    public static string? Text(string? key) => key is null ? null : Sentences.GetValueOrDefault(key);

    /// <summary>The path to send the browser back to after <paramref name="key"/> succeeded.</summary>
    public static string Back(string path, string key) => Sentences.ContainsKey(key)
        ? $"{path}{(path.Contains('?') ? '&' : '?')}gelukt={key}"
        : throw new ArgumentException($"No confirmation named {key}.", nameof(key));
}
