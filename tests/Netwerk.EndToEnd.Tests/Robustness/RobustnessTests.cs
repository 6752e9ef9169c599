using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Xunit.Abstractions;

namespace Netwerk.EndToEnd.Tests.Robustness;

/// <summary>Every operation of every service's OpenAPI document, through the gateway, with a fixed, generated set of
/// malformed inputs (<see cref="MalformedInputs"/>): duplicate keys, wrong types, lone surrogates, NUL, huge values,
/// bad ids and cursors, oversized bodies without Expect. No answer may be a 5xx, and none may be a dropped connection.
/// It runs as the administrator (so inputs reach the handlers behind the role checks), from an address of its own on
/// the loopback network so that the per-address rate limits it uses up are not those of the other tests.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RobustnessTests(PlatformFixture platform, ITestOutputHelper output)
{
    private static readonly string[] Services = ["membership", "documents", "events", "discussions", "notifications"];
    /// <summary>Where the summary goes, for `./netwerk test` to print after the run.</summary>
    public static readonly string SummaryFile = Path.Combine(Path.GetTempPath(), "netwerk-robustness-summary.txt");

    [Fact]
    public async Task No_malformed_input_to_any_operation_gets_a_5xx()
    {
        using var client = ClientFromOwnAddress();
        var admin = await DemoTokens.AdministratorAsync(client);
        var operations = new List<OpenApiOperation>();
        foreach (var service in Services)
        {
            operations.AddRange(OpenApiOperation.All(service, await client.GetFromJsonAsync<JsonElement>($"/openapi/{service}.json")));
        }

        var failures = new List<string>();
        var slow = new List<string>();
        var requests = 0;
        var inputs = 0;
        foreach (var operation in operations)
        {
            foreach (var (input, build) in Inputs(operation))
            {
                inputs++;
                for (var attempt = 0; ; attempt++)
                {
                    using var request = build();
                    // Leaving the network would end the suite's own administrator: that one goes without a token.
                    if (!(operation.Method == "DELETE" && operation.Path.EndsWith("/me", StringComparison.Ordinal)))
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
                    }
                    request.Headers.ExpectContinue = false;
                    requests++;
                    var started = System.Diagnostics.Stopwatch.StartNew();
                    try
                    {
                        // The status is what counts; a stream (the live notifications) need not be read to its end.
                        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                        if (started.Elapsed > TimeSpan.FromSeconds(3)) slow.Add($"{operation} [{input}] took {started.Elapsed.TotalSeconds:0.0} s");
                        // The gateway's per-client limit refills within a second or two: wait and send again. A 429 with a
                        // long wait (registration's ten minutes) is an answer below 500 like any other.
                        if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 3
                            && response.Headers.RetryAfter?.Delta is { } wait && wait <= TimeSpan.FromSeconds(2))
                        {
                            await Task.Delay(wait);
                            continue;
                        }
                        if ((int)response.StatusCode >= 500) failures.Add($"{operation} [{input}] → {(int)response.StatusCode}");
                    }
                    catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                    {
                        failures.Add($"{operation} [{input}] → no answer: {exception.Message}");
                    }
                    break;
                }
            }
        }

        var summary = $"Robustness: {operations.Count} operations of {Services.Length} services, {inputs} malformed inputs, {requests} requests " +
                      $"through the gateway, {failures.Count} answered 5xx or not at all.";
        output.WriteLine(summary);
        await File.WriteAllTextAsync(SummaryFile, string.Join(Environment.NewLine, [summary, .. failures.Take(50), .. slow.Take(50)]));
        Assert.True(operations.Count >= 50, $"Only {operations.Count} operations were found in the OpenAPI documents.");
        Assert.True(failures.Count == 0, summary + Environment.NewLine + string.Join(Environment.NewLine, failures.Take(40)));
    }

    /// <summary>The inputs for one operation, each a name and a way to build its request anew (for a retry).</summary>
    private static IEnumerable<(string Name, Func<HttpRequestMessage> Build)> Inputs(OpenApiOperation operation)
    {
        var method = new HttpMethod(operation.Method);
        string PathWith(string? parameter, string value) => operation.PathParameters.Aggregate(operation.Path, (path, name) =>
            path.Replace($"{{{name}}}", name == parameter ? value : name.EndsWith("number", StringComparison.OrdinalIgnoreCase) ? "1" : Guid.NewGuid().ToString()));

        yield return ("as described", () => new HttpRequestMessage(method, PathWith(null, "")));
        foreach (var parameter in operation.PathParameters)
        {
            foreach (var value in MalformedInputs.Values) yield return ($"path {parameter}={value}", () => new HttpRequestMessage(method, PathWith(parameter, value)));
        }
        foreach (var parameter in operation.QueryParameters)
        {
            foreach (var value in MalformedInputs.Values.Append(MalformedInputs.Huge))
            {
                yield return ($"query {parameter}={value[..Math.Min(value.Length, 20)]}", () => new HttpRequestMessage(method, $"{PathWith(null, "")}?{parameter}={value}"));
            }
        }
        var path = PathWith(null, "");
        if (operation.BodyMediaTypes.Any(m => m.Contains("json", StringComparison.Ordinal)))
        {
            foreach (var (name, json) in MalformedInputs.JsonBodies(operation.BodyProperties))
            {
                yield return ($"json {name}", () => new HttpRequestMessage(method, path) { Content = MalformedInputs.Raw(json, "application/json") });
            }
            yield return ("json oversized", () => new HttpRequestMessage(method, path) { Content = MalformedInputs.Oversized("application/json") });
        }
        if (operation.BodyMediaTypes.Any(m => m.StartsWith("multipart/", StringComparison.Ordinal)))
        {
            foreach (var (name, _) in MalformedInputs.MultipartBodies())
            {
                yield return ($"multipart {name}", () => new HttpRequestMessage(method, path) { Content = MalformedInputs.MultipartBodies().First(b => b.Name == name).Content });
            }
            yield return ("multipart oversized", () => new HttpRequestMessage(method, path) { Content = MalformedInputs.Oversized("multipart/form-data; boundary=x") });
        }
        if (operation.BodyMediaTypes.Any(m => m == "application/x-www-form-urlencoded"))
        {
            foreach (var (name, _) in MalformedInputs.FormBodies())
            {
                yield return ($"form {name}", () => new HttpRequestMessage(method, path) { Content = MalformedInputs.FormBodies().First(b => b.Name == name).Content });
            }
        }
    }

    /// <summary>A client of the gateway that connects from 127.0.0.77, an address of the loopback network no other test uses.</summary>
    private HttpClient ClientFromOwnAddress() => platform.ClientFrom("127.0.0.77");
}
