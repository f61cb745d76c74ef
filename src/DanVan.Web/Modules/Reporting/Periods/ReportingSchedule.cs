using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Plans;

namespace DanVan.Web.Modules.Reporting.Periods;

/// <summary>
/// The reporting regime of a plan for one kind of periodic report: the data cut-off window and the deadline,
/// as day and month, so each year's period is computed from it. Defaults follow Nghị định 09/2019 Art. 12
/// (data from 15/12 of the previous year to 14/6 or 14/12; docs/adr/0009 on the deadline).
/// </summary>
public sealed class ReportingSchedule
{
    private ReportingSchedule()
    {
    }

    public Guid PlanId { get; private set; }

    public PeriodKind Kind { get; private set; }

    public bool Enabled { get; private set; }

    public int FromDay { get; private set; }

    public int FromMonth { get; private set; }

    /// <summary>The window opens in the year before the period's year (15/12 of last year).</summary>
    public bool FromPreviousYear { get; private set; }

    public int ToDay { get; private set; }

    public int ToMonth { get; private set; }

    public int DueDay { get; private set; }

    public int DueMonth { get; private set; }

    public static ReportingSchedule DefaultFor(Plan plan, PeriodKind kind) => kind switch
    {
        PeriodKind.SixMonth => new ReportingSchedule { PlanId = plan.Id, Kind = kind, Enabled = plan.ReportsSixMonthly, FromDay = 15, FromMonth = 12, FromPreviousYear = true, ToDay = 14, ToMonth = 6, DueDay = 20, DueMonth = 6 },
        PeriodKind.Annual => new ReportingSchedule { PlanId = plan.Id, Kind = kind, Enabled = plan.ReportsAnnually, FromDay = 15, FromMonth = 12, FromPreviousYear = true, ToDay = 14, ToMonth = 12, DueDay = 20, DueMonth = 12 },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), "Báo cáo theo yêu cầu không có lịch cố định."),
    };

    public void Change(bool enabled, int fromDay, int fromMonth, bool fromPreviousYear, int toDay, int toMonth, int dueDay, int dueMonth)
    {
        Check(fromDay, fromMonth, "Ngày bắt đầu lấy số liệu");
        Check(toDay, toMonth, "Ngày chốt số liệu");
        Check(dueDay, dueMonth, "Hạn gửi báo cáo");
        var candidate = new ReportingSchedule { FromDay = fromDay, FromMonth = fromMonth, FromPreviousYear = fromPreviousYear, ToDay = toDay, ToMonth = toMonth, DueDay = dueDay, DueMonth = dueMonth };
        var (from, to, _) = candidate.DatesFor(2027);
        if (from > to)
        {
            throw new BusinessRuleException("Ngày bắt đầu lấy số liệu phải trước ngày chốt số liệu.");
        }

        if (from <= to.AddYears(-1))
        {
            throw new BusinessRuleException("Một kỳ báo cáo lấy số liệu không quá một năm.");
        }

        (Enabled, FromDay, FromMonth, FromPreviousYear, ToDay, ToMonth, DueDay, DueMonth) = (enabled, fromDay, fromMonth, fromPreviousYear, toDay, toMonth, dueDay, dueMonth);
    }

    /// <summary>The data window and deadline of this kind of report for a year; the deadline falls after the cut-off, in the next year if its day comes earlier.</summary>
    public (DateOnly From, DateOnly To, DateOnly Due) DatesFor(int year)
    {
        var to = new DateOnly(year, ToMonth, ToDay);
        var from = new DateOnly(FromPreviousYear ? year - 1 : year, FromMonth, FromDay);
        var due = new DateOnly(year, DueMonth, DueDay);
        if (due < to)
        {
            due = due.AddYears(1);
        }

        return (from, to, due);
    }

    private static void Check(int day, int month, string what)
    {
        // 29/02 does not exist every year, so a yearly rule may not use it.
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2027, month))
        {
            throw new BusinessRuleException($"{what}: ngày {day}/{month} không hợp lệ.");
        }
    }
}
