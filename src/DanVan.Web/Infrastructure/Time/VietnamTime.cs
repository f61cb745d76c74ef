namespace DanVan.Web.Infrastructure.Time;

/// <summary>
/// Deadlines are calendar days in Vietnam (UTC+7 all year, no daylight saving), whatever the server's zone.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(this TimeProvider clock) => DateOf(clock.GetUtcNow().UtcDateTime);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(utc + Offset);

    public static DateTime Local(DateTime utc) => utc + Offset;
}
