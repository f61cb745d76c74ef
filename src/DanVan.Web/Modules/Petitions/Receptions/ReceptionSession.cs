using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Organizations;

namespace DanVan.Web.Modules.Petitions.Receptions;

/// <summary>
/// A day the head of a committee or government receives citizens (tiếp công dân, QĐ 11-QĐi/TW): scheduled and
/// published in advance, or held for an urgent or mass case. The petitions taken there name it, so who received
/// whom is its list of petitions.
/// </summary>
public sealed class ReceptionSession
{
    private ReceptionSession()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public DateOnly Date { get; private set; }

    public TimeOnly StartsAt { get; private set; }

    public TimeOnly EndsAt { get; private set; }

    public string Place { get; private set; } = "";

    /// <summary>Who receives: the head ("Bí thư Đảng ủy xã Nguyễn Văn A").</summary>
    public string Host { get; private set; } = "";

    /// <summary>Scheduled (published), or held for an urgent or mass case.</summary>
    public bool Scheduled { get; private set; } = true;

    public bool Cancelled { get; private set; }

    public bool IsDemo { get; private set; }

    public static ReceptionSession Create(Organization organization, ReceptionPlan plan, bool isDemo = false)
    {
        var session = new ReceptionSession { OrganizationId = organization.Id, Organization = organization, IsDemo = isDemo };
        session.Update(plan);
        return session;
    }

    public void Update(ReceptionPlan plan)
    {
        var place = (plan.Place ?? "").Trim();
        var host = (plan.Host ?? "").Trim();
        if (place.Length is 0 or > 200)
        {
            throw new BusinessRuleException("Hãy ghi địa điểm tiếp công dân (không quá 200 ký tự).");
        }

        if (host.Length is 0 or > 200)
        {
            throw new BusinessRuleException("Hãy ghi người chủ trì tiếp công dân (chức vụ, họ tên; không quá 200 ký tự).");
        }

        if (plan.EndsAt <= plan.StartsAt)
        {
            throw new BusinessRuleException("Giờ kết thúc phải sau giờ bắt đầu.");
        }

        if (plan.Date.Year is < 2000 or > 2100)
        {
            throw new BusinessRuleException("Ngày tiếp công dân không hợp lệ.");
        }

        (Date, StartsAt, EndsAt, Place, Host, Scheduled) = (plan.Date, plan.StartsAt, plan.EndsAt, place, host, plan.Scheduled);
    }

    public void Cancel() => Cancelled = true;

    /// <summary>Days a month the head must receive: at least one for a province, two for a commune (QĐ 11-QĐi/TW, KL 215-KL/TW).</summary>
    public static int MinimumPerMonth(AreaLevel level) => level == AreaLevel.Province ? 1 : 2;
}

public sealed record ReceptionPlan(DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string? Place, string? Host, bool Scheduled);
