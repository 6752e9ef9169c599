using Netwerk.Notifications.Webhooks.Delivery;

namespace Netwerk.Notifications.Tests.Webhooks;

public sealed class RetryScheduleTests
{
    private static readonly WebhookDeliveryOptions Defaults = new();

    [Fact]
    public void The_default_schedule_is_the_one_partners_are_promised()
    {
        Assert.Equal(new[] { "00:00:05", "00:05:00", "00:30:00", "02:00:00", "05:00:00", "10:00:00", "10:00:00" },
            Defaults.Schedule.Select(d => d.ToString()));
        Assert.Equal(TimeSpan.FromSeconds(15), Defaults.Timeout);
    }

    [Fact]
    public void Each_wait_varies_within_twenty_percent_and_not_always_the_same()
    {
        var random = new Random(7);
        var waits = Enumerable.Range(0, 500).Select(_ => RetrySchedule.NextDelay(Defaults, 2, null, random)!.Value).ToList();

        Assert.All(waits, w => Assert.InRange(w, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(6)));
        Assert.True(waits.Distinct().Count() > 400);
        Assert.True(waits.Min() < TimeSpan.FromMinutes(4.2) && waits.Max() > TimeSpan.FromMinutes(5.8));
    }

    [Fact]
    public void After_the_last_wait_the_message_is_failed()
    {
        Assert.NotNull(RetrySchedule.NextDelay(Defaults, 7, null, Random.Shared));
        Assert.Null(RetrySchedule.NextDelay(Defaults, 8, null, Random.Shared));
    }

    [Fact]
    public void Retry_after_is_honoured_up_to_twice_the_scheduled_wait()
    {
        Assert.Equal(TimeSpan.FromSeconds(8), RetrySchedule.NextDelay(Defaults, 1, TimeSpan.FromSeconds(8), Random.Shared));
        Assert.Equal(TimeSpan.FromSeconds(10), RetrySchedule.NextDelay(Defaults, 1, TimeSpan.FromHours(1), Random.Shared));
    }
}
