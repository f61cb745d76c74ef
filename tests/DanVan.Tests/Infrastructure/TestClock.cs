namespace DanVan.Tests.Infrastructure;

/// <summary>The app's clock in tests: real time unless a test moves it to a given day (in Vietnam), then back.</summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;

    /// <summary>Moves the clock to 09:00 (or <paramref name="time"/>) Vietnam time of <paramref name="day"/> until the returned scope is disposed.</summary>
    public IDisposable At(DateOnly day, TimeOnly? time = null)
    {
        var target = new DateTimeOffset(day.ToDateTime(time ?? new TimeOnly(9, 0)), TimeSpan.FromHours(7));
        offset = target - base.GetUtcNow();
        return new Reset(this);
    }

    private sealed class Reset(TestClock clock) : IDisposable
    {
        public void Dispose() => clock.offset = TimeSpan.Zero;
    }
}
