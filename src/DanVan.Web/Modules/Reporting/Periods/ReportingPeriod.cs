using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Plans;

namespace DanVan.Web.Modules.Reporting.Periods;

/// <summary>
/// A reporting period of a plan (kỳ báo cáo): its data window and deadline. Opening it asks every unit that
/// holds a task of the plan for one report.
/// </summary>
public sealed class ReportingPeriod
{
    private ReportingPeriod()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PlanId { get; private set; }

    public Plan? Plan { get; private set; }

    public PeriodKind Kind { get; private set; }

    public int Year { get; private set; }

    /// <summary>1 for periodic reports; counts the requests of a year for on-request reports.</summary>
    public int Sequence { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly DataFrom { get; private set; }

    public DateOnly DataTo { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>The deadline of the issuer's own report to a body outside DanVan, when its plan reports outside; later than <see cref="DueOn"/>.</summary>
    public DateOnly? ExternalDueOn { get; private set; }

    public DateTime OpenedAt { get; private set; }

    public string OpenedByName { get; private set; } = "";

    public bool IsDemo { get; private set; }

    public static ReportingPeriod Open(Plan plan, PeriodKind kind, int year, int sequence, string? title, DateOnly dataFrom, DateOnly dataTo, DateOnly dueOn, string openedByName, DateTime utcNow, bool isDemo = false)
    {
        if (year is < 2000 or > 2100)
        {
            throw new BusinessRuleException("Năm báo cáo không hợp lệ.");
        }

        if (dataFrom > dataTo)
        {
            throw new BusinessRuleException("Ngày bắt đầu lấy số liệu phải trước ngày chốt số liệu.");
        }

        if (dueOn < dataTo)
        {
            throw new BusinessRuleException("Hạn gửi báo cáo không được trước ngày chốt số liệu.");
        }

        title = (title ?? "").Trim();
        if (title.Length == 0)
        {
            title = kind switch
            {
                PeriodKind.SixMonth => $"Báo cáo sơ kết 06 tháng đầu năm {year}",
                PeriodKind.Annual => $"Báo cáo tổng kết năm {year}",
                _ => throw new BusinessRuleException("Hãy ghi nội dung yêu cầu báo cáo."),
            };
        }

        if (title.Length > 300)
        {
            throw new BusinessRuleException("Tên kỳ báo cáo không quá 300 ký tự.");
        }

        return new ReportingPeriod
        {
            Plan = plan,
            PlanId = plan.Id,
            Kind = kind,
            Year = year,
            Sequence = kind == PeriodKind.OnRequest ? sequence : 1,
            Title = title,
            DataFrom = dataFrom,
            DataTo = dataTo,
            DueOn = dueOn,
            OpenedAt = utcNow,
            OpenedByName = openedByName,
            IsDemo = isDemo,
        };
    }

    /// <summary>Sets the deadline of the issuer's report outside DanVan: not before the units' deadline, since it is drafted from their reports.</summary>
    public void SetExternalDueOn(DateOnly? dueOn)
    {
        if (dueOn is { } due && due < DueOn)
        {
            throw new BusinessRuleException($"Hạn gửi báo cáo ra ngoài hệ thống không được trước hạn các đơn vị gửi báo cáo ({VietnameseText.FormatDate(DueOn)}): báo cáo này được lập từ báo cáo của các đơn vị.");
        }

        if (dueOn is { } late && late > DueOn.AddYears(1))
        {
            throw new BusinessRuleException($"Hạn gửi báo cáo ra ngoài hệ thống không quá một năm sau hạn các đơn vị gửi báo cáo ({VietnameseText.FormatDate(DueOn)}).");
        }

        ExternalDueOn = dueOn;
    }

    public string Window => $"{VietnameseText.FormatDate(DataFrom)} – {VietnameseText.FormatDate(DataTo)}";

    public bool IsOverdueOn(DateOnly today) => today > DueOn;
}
