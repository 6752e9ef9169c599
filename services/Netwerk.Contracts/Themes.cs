namespace Netwerk.Contracts;

/// <summary>The themes documents and discussions are filed under: the network's three ambitions and the subjects members share
/// most about. Identifiers in English (they are API values); members see the Dutch names.</summary>
public static class Themes
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["governance"] = "Informatiemanagement op de bestuurstafel",
        ["professionalisation"] = "Professionalisering",
        ["needs"] = "Behoeften ophalen",
        ["privacy"] = "Privacy en AVG",
        ["security"] = "Informatiebeveiliging",
        ["learning-resources"] = "Leermiddelen en de keten",
        ["data"] = "Datagedreven werken",
    };
}
