using DanVan.Web.Infrastructure.Errors;

namespace DanVan.Web.Modules.Plans.Correction;

/// <summary>
/// One correction of a plan after its confirmation, as the plan's page lists it and the units concerned were told:
/// what changed (in words), why, who and when. The field-by-field change is in the audit log too.
/// </summary>
public sealed class PlanCorrection
{
    public const int MaxReason = 500;

    private PlanCorrection()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PlanId { get; private set; }

    /// <summary>The task corrected, added or removed (kept by number: a removed task is gone).</summary>
    public Guid? TaskId { get; private set; }

    public string What { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public string UserName { get; private set; } = "";

    public DateTime At { get; private set; }

    /// <summary>The reason as it is kept: spaces folded; refused when too short to tell anyone anything, or too long.</summary>
    internal static string CleanReason(string? reason)
    {
        reason = string.Join(' ', (reason ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (reason.Length < 5)
        {
            throw new BusinessRuleException("Hãy ghi lý do điều chỉnh (ít nhất 5 ký tự): các đơn vị được giao sẽ đọc nó trong thông báo.");
        }

        return reason.Length > MaxReason ? throw new BusinessRuleException($"Lý do điều chỉnh không quá {MaxReason} ký tự.") : reason;
    }

    internal static PlanCorrection Record(Plan plan, Guid? taskId, string what, string? reason, string userName, DateTime utcNow)
    {
        reason = CleanReason(reason);
        return new PlanCorrection
        {
            PlanId = plan.Id,
            TaskId = taskId,
            What = what.Length > 2000 ? what[..1999] + "…" : what,
            Reason = reason,
            UserName = userName.Length > 256 ? userName[..256] : userName,
            At = utcNow,
        };
    }
}
