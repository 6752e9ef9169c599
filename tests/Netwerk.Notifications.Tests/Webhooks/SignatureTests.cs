using Netwerk.Notifications.Webhooks.Delivery;
using Netwerk.Notifications.Webhooks.Subscriptions;

namespace Netwerk.Notifications.Tests.Webhooks;

public sealed class SignatureTests
{
    [Fact]
    public void The_signer_matches_the_specifications_public_test_vector_byte_for_byte()
    {
        var signature = WebhookSigner.Sign(["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"], "msg_p5jXN8AQM9LWM0D4loKWxJek",
            DateTimeOffset.FromUnixTimeSeconds(1614265330), "{\"test\": 2432232314}");

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Fact]
    public void During_a_rotation_both_secrets_sign_space_separated()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1614265330);
        var subscription = new WebhookSubscription
        {
            Id = Guid.NewGuid(),
            OwnerClientId = "p",
            Url = "https://example.org",
            EventTypes = [],
            CreatedAt = now,
            Secret = SigningSecret.Create(),
            PreviousSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            PreviousSecretExpiresAt = now.AddHours(24),
        };

        var during = WebhookSigner.Sign(subscription.SigningSecrets(now), "msg_p5jXN8AQM9LWM0D4loKWxJek", now, "{\"test\": 2432232314}").Split(' ');
        var after = WebhookSigner.Sign(subscription.SigningSecrets(now.AddHours(25)), "msg_p5jXN8AQM9LWM0D4loKWxJek", now, "{\"test\": 2432232314}").Split(' ');

        Assert.Equal(2, during.Length);
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", during[1]);
        Assert.Single(after);
        Assert.Equal(during[0], after[0]);
    }

    [Fact]
    public void Secrets_are_whsec_and_at_least_24_random_bytes()
    {
        var secret = SigningSecret.Create();
        Assert.StartsWith("whsec_", secret);
        Assert.True(Convert.FromBase64String(secret["whsec_".Length..]).Length >= 24);
        Assert.NotEqual(secret, SigningSecret.Create());
    }
}
