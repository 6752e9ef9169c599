namespace Netwerk.Contracts.Privacy;

/// <summary>One service's answer to <see cref="PersonalDataRequested"/>: its data on the member as a JSON document.</summary>
public sealed record PersonalDataReport(string Service, string Json);
