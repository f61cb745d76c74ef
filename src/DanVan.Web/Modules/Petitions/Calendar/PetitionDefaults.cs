using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Petitions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Petitions.Calendar;

/// <summary>
/// The deadlines of the law and the public holidays of 2026–2027 (Bộ luật Lao động 2019, Art. 112; the Tết days the
/// government set for 2026), put in once: afterwards they are the administrator's to keep.
/// </summary>
internal sealed class PetitionDefaults : IStartupTask
{
    public int Order => 6;

    public static readonly IReadOnlyList<(DateOnly Date, string Name)> Holidays =
    [
        (new(2026, 1, 1), "Tết Dương lịch"),
        .. Enumerable.Range(14, 9).Select(d => (new DateOnly(2026, 2, d), "Tết Nguyên đán Bính Ngọ")),
        (new(2026, 4, 27), "Giỗ Tổ Hùng Vương (nghỉ bù)"),
        (new(2026, 4, 30), "Ngày Chiến thắng"),
        (new(2026, 5, 1), "Ngày Quốc tế Lao động"),
        (new(2026, 9, 1), "Quốc khánh"),
        (new(2026, 9, 2), "Quốc khánh"),
        (new(2027, 1, 1), "Tết Dương lịch"),
        (new(2027, 4, 30), "Ngày Chiến thắng"),
        (new(2027, 5, 1), "Ngày Quốc tế Lao động"),
        (new(2027, 9, 2), "Quốc khánh"),
    ];

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) => EnsureAsync(services.GetRequiredService<AppDbContext>(), cancellationToken);

    /// <summary>Puts the defaults in when there are none (at start-up, and before the demo's petitions).</summary>
    public static async Task EnsureAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.DeadlineRules.AnyAsync(cancellationToken))
        {
            db.DeadlineRules.AddRange(DeadlineRule.Defaults());
        }

        if (!await db.Holidays.AnyAsync(cancellationToken))
        {
            db.Holidays.AddRange(Holidays.Select(h => Holiday.Create(h.Date, h.Name)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
