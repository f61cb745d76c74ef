using DanVan.Web.Infrastructure.Text;

namespace DanVan.Web.Infrastructure.Time;

/// <summary>Deadlines are calendar days in Vietnam (see <see cref="VietnameseText.ToLocalVietnamTime"/>), whatever the server's zone.</summary>
public static class VietnamTime
{
    public static DateOnly Today(this TimeProvider clock) => DateOf(clock.GetUtcNow().UtcDateTime);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(utc.ToLocalVietnamTime());

    /// <summary>Vietnam's offset from UTC; the country keeps no daylight saving time.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The UTC instant a day starts in Vietnam (to filter stored UTC times by a date the user chose).</summary>
    public static DateTime UtcStartOf(DateOnly date) => DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);
}
