using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.Membership.Data;
using Netwerk.Membership.Members;
using Netwerk.Testing;

namespace Netwerk.Membership.Tests.Identity;

/// <summary>Someone guessing a member's password (issue 26, 2): held back per account and address, so the owner is
/// not locked out by a stranger, and answered alike for known and unknown addresses, with the same work.</summary>
public sealed class PasswordGuessingTests : IAsyncLifetime
{
    private const string WrongPassword = "Verkeerd-wachtwoord-1";
    private readonly CountingPasswordHasher _hasher = new();
    private ServiceFactory<MembershipDbContext> _service = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        _service = new ServiceFactory<MembershipDbContext>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:membershipdb"] = servers.Postgres.NewDatabase("membership_guessing"),
            ["ConnectionStrings:messaging"] = await servers.Broker.NewVirtualHostAsync(),
            ["ConnectionStrings:redis"] = servers.RedisConnectionString,
        }, services => services.AddSingleton<IPasswordHasher<Member>>(_hasher));
        _service.CreateClient().Dispose();
    }

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();

    [Fact]
    public async Task Five_wrong_passwords_hold_back_that_address_for_that_account_while_the_owner_signs_in_from_their_own()
    {
        var guesser = From(RandomAddress("198.51.100"));
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            statuses.Add((await TokenClient.PasswordGrantAsync(guesser, TokenClient.AdminEmail, WrongPassword)).StatusCode);
        }
        var rightFromGuesser = await TokenClient.PasswordGrantAsync(guesser, TokenClient.AdminEmail, TokenClient.AdminPassword);
        var rightFromOwner = await TokenClient.PasswordGrantAsync(From(RandomAddress("203.0.113")), TokenClient.AdminEmail, TokenClient.AdminPassword);
        var otherAccountFromGuesser = await TokenClient.PasswordGrantAsync(guesser, "iemand-anders@school.example", WrongPassword);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.BadRequest, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightFromGuesser.StatusCode);
        Assert.True(int.Parse(rightFromGuesser.Headers.GetValues("Retry-After").Single()) is > 0 and <= 900);
        Assert.Equal(HttpStatusCode.OK, rightFromOwner.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherAccountFromGuesser.StatusCode);
    }

    [Fact]
    public async Task A_known_and_an_unknown_address_held_back_get_the_same_answer_after_the_same_work()
    {
        var known = await HeldBackAnswerAsync(TokenClient.AdminEmail);
        var unknown = await HeldBackAnswerAsync($"{Guid.NewGuid():N}@school.example");

        Assert.Equal(HttpStatusCode.TooManyRequests, known.Status);
        Assert.Equal(known.Status, unknown.Status);
        Assert.Equal(known.Body, unknown.Body);
        // Every answer, held back or not, known or not, cost exactly one password hash.
        Assert.Equal(1, known.Hashes);
        Assert.Equal(1, unknown.Hashes);
    }

    private async Task<(HttpStatusCode Status, string Body, int Hashes)> HeldBackAnswerAsync(string email)
    {
        var client = From(RandomAddress("192.0.2"));
        for (var attempt = 0; attempt < 5; attempt++) await TokenClient.PasswordGrantAsync(client, email, WrongPassword);
        var before = _hasher.Verifications;
        using var response = await TokenClient.PasswordGrantAsync(client, email, WrongPassword);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        // The wait may differ by a second between the two; the kind of answer and its words may not.
        var detail = body.GetProperty("detail").GetString()!;
        return (response.StatusCode, $"{body.GetProperty("title")}|{detail[..detail.IndexOfAny("0123456789".ToCharArray())]}", _hasher.Verifications - before);
    }

    private HttpClient From(string address)
    {
        var client = _service.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private static string RandomAddress(string network) => $"{network}.{Random.Shared.Next(1, 250)}";

    /// <summary>Identity's own hasher, counting how often a password is compared with a hash.</summary>
    private sealed class CountingPasswordHasher : PasswordHasher<Member>
    {
        private int _verifications;
        public int Verifications => Volatile.Read(ref _verifications);

        public override PasswordVerificationResult VerifyHashedPassword(Member user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
