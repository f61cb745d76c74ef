using DanVan.Web.Infrastructure.Text;

namespace DanVan.Web.Infrastructure.Time;

/// <summary>Deadlines are calendar days in Vietnam (see <see cref="VietnameseText.ToLocalVietnamTime"/>), whatever the server's zone.</summary>
public static class VietnamTime
{
    public static DateOnly Today(this TimeProvider clock) => DateOf(clock.GetUtcNow().UtcDateTime);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(utc.ToLocalVietnamTime());
}
