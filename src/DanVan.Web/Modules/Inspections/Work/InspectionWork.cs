using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Inspections.Contracts;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Inspections.Work;

/// <summary>
/// The steps of an inspection after it is planned, each for whom it is (<see cref="InspectionAccess"/>), each telling
/// the people who must act: the units are told, answer with their self-report, the team records findings and
/// recommendations, the conclusion is issued with its number and becomes the units' tasks, recommendations are
/// carried over or done, the inspection closes. The caller saves (through the form helper), so the notices commit
/// with the change.
/// </summary>
public sealed class InspectionWork(AppDbContext db, INotifier notifier, IDocumentNumbers numbers, IFollowUpTasks followUp, ITaskCycles cycles, DatabaseLocks locks, TimeProvider clock)
{
    /// <summary>The inspection with all it holds, or null when it does not exist or the user may not open it.</summary>
    public async Task<(Inspection Inspection, InspectionRights Rights)?> LoadAsync(Guid id, OrgScope scope, CancellationToken cancellationToken)
    {
        var inspection = await db.Inspections.VisibleTo(db, scope)
            .Include(i => i.Programme!).ThenInclude(p => p.Organization!).ThenInclude(o => o.Kind)
            .Include(i => i.Units).ThenInclude(u => u.Organization)
            .Include(i => i.Team).Include(i => i.Contents).Include(i => i.Findings).Include(i => i.Recommendations)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inspection is null)
        {
            return null;
        }

        var rights = InspectionAccess.RightsOf(inspection, scope);
        return rights.Views ? (inspection, rights) : null;
    }

    public async Task NotifyAsync(Inspection inspection, InspectionRights rights, CancellationToken cancellationToken)
    {
        Require(rights.Manages);
        inspection.Notify(clock.GetUtcNow().UtcDateTime);
        var programme = inspection.Programme!;
        var link = $"/Inspections/Details/{inspection.Id}";
        var when = $"từ {VietnameseText.FormatDate(inspection.StartsOn)} đến {VietnameseText.FormatDate(inspection.EndsOn)}";
        var message = new NotificationMessage(
            $"{Capital(programme.Kind.Activity())} của {programme.Organization!.Name}: {VietnameseText.Shorten(inspection.Title, 120)}",
            $"Đoàn do {inspection.Head?.Name} làm trưởng đoàn làm việc với đơn vị {when} ({inspection.Method.Vietnamese().ToLower(VietnameseText.Culture)}). Đề nghị đơn vị gửi báo cáo tự kiểm tra và tài liệu trên DanVan trước ngày làm việc.",
            link, NoticeKinds.Inspection);
        await notifier.NotifyUnitsAsync(inspection.Units.Select(u => (u.OrganizationId, message)).ToList(), InspectionPermissions.Respond, cancellationToken);
        await notifier.NotifyUsersAsync(inspection.Team.Select(m => (m.UserId, new NotificationMessage($"Anh/chị là {(m.IsHead ? "trưởng đoàn" : "thành viên đoàn")}: {VietnameseText.Shorten(inspection.Title, 120)}", $"Làm việc {when}. Các đơn vị đã được thông báo; ghi kết quả kiểm tra trên trang của cuộc kiểm tra.", link, NoticeKinds.Inspection))).ToList(), cancellationToken);
    }

    public async Task SelfReportAsync(Inspection inspection, InspectionRights rights, Guid unitId, string? text, IReadOnlyList<EvidenceUpload> files, string userName, CancellationToken cancellationToken)
    {
        Require(rights.Answers.Contains(unitId));
        var now = clock.GetUtcNow().UtcDateTime;
        inspection.SelfReport(unitId, text, userName, now);
        var attached = await db.InspectionFiles.CountAsync(f => f.InspectionId == inspection.Id && f.OrganizationId == unitId, cancellationToken);
        foreach (var file in files)
        {
            db.InspectionFiles.Add(inspection.Attach(unitId, file, attached++, userName, now));
        }

        var unit = inspection.Units.Single(u => u.OrganizationId == unitId).Organization!.Name;
        await notifier.NotifyUsersAsync(inspection.Team.Select(m => (m.UserId, new NotificationMessage($"{unit} đã gửi báo cáo tự kiểm tra", VietnameseText.Shorten(inspection.Title, 200), $"/Inspections/Details/{inspection.Id}#unit-{unitId:N}", NoticeKinds.Inspection))).ToList(), cancellationToken);
    }

    public void Find(Inspection inspection, InspectionRights rights, Guid contentId, Guid unitId, FindingText text, string userName)
    {
        Require(rights.Records);
        inspection.Find(contentId, unitId, text, userName, clock.GetUtcNow().UtcDateTime);
    }

    public void Recommend(Inspection inspection, InspectionRights rights, Guid findingId, string? text, DateOnly dueOn)
    {
        Require(rights.Records);
        if (dueOn < clock.Today())
        {
            throw new BusinessRuleException($"Hạn khắc phục {VietnameseText.FormatDate(dueOn)} đã qua.");
        }

        inspection.Recommend(findingId, text, dueOn);
    }

    public void Withdraw(Inspection inspection, InspectionRights rights, Guid recommendationId)
    {
        Require(rights.Records);
        inspection.Withdraw(recommendationId);
    }

    /// <summary>Held from before the conclusion's number is taken until it is saved: one issuer numbers one document at a time.</summary>
    public Task<IAsyncDisposable> LockNumbersAsync(Guid organizationId, CancellationToken cancellationToken) =>
        locks.AcquireAsync($"document-number:{organizationId:N}", cancellationToken);

    /// <summary>
    /// Issues the conclusion (under <see cref="LockNumbersAsync"/>): the next number of the issuer's counter for the
    /// document's type, the document in the registry with the recommendations as tasks of their units (told by the
    /// Plans module when saved), the inspection concluded, its units told.
    /// </summary>
    public async Task ConcludeAsync(Inspection inspection, InspectionRights rights, ConclusionInput input, CancellationToken cancellationToken)
    {
        Require(rights.Manages);
        var programme = inspection.Programme!;
        // The counter's next number, passed over while the registry already holds it (a document entered by hand).
        var number = await numbers.TakeAsync(programme.OrganizationId, programme.Kind.ConclusionSymbol(), input.IssuedOn, cancellationToken);
        for (var skipped = 0; skipped < 100 && await db.Documents.AnyAsync(d => d.Number == number.Symbol, cancellationToken); skipped++)
        {
            number = await numbers.TakeAsync(programme.OrganizationId, programme.Kind.ConclusionSymbol(), input.IssuedOn, cancellationToken);
        }

        var conclusion = new Conclusion(number.Symbol, input.IssuedOn, input.Summary, input.Text, input.Place, input.SignatureAuthority, input.SignerPosition, input.SignerName, input.Recipients);
        FollowUpPlan? plan = null;
        var ordered = inspection.Recommendations.OrderBy(r => r.Position).ToList();
        if (ordered.Count > 0)
        {
            plan = await followUp.CreateAsync(new FollowUpRequest(
                programme.OrganizationId, programme.Kind.ConclusionKind(), number.Symbol, input.IssuedOn, (input.Summary ?? "").Trim(),
                ordered.Select(r => new FollowUpItem($"{r.Position}", $"Khắc phục theo kiến nghị của {programme.Kind.Activity()} “{VietnameseText.Shorten(inspection.Title, 150)}”: {r.Text}", r.OrganizationId, r.DueOn)).ToList(),
                input.Place, input.SignerName, input.SignerPosition), cancellationToken);
        }

        inspection.Conclude(conclusion, plan?.PlanId, plan?.DocumentId, plan?.TaskIds ?? [], clock.GetUtcNow().UtcDateTime);
        var message = new NotificationMessage(
            $"Đã có {programme.Kind.ConclusionName().ToLower(VietnameseText.Culture)} số {number.Symbol}",
            $"{VietnameseText.Shorten(inspection.Title, 200)}. Các kiến nghị đã thành nhiệm vụ của đơn vị, có hạn khắc phục; hãy cập nhật kết quả trên bảng nhiệm vụ.",
            $"/Inspections/Details/{inspection.Id}", NoticeKinds.Inspection);
        await notifier.NotifyUnitsAsync(inspection.Units.Select(u => (u.OrganizationId, message)).ToList(), InspectionPermissions.Respond, cancellationToken);
    }

    /// <summary>Where each recommendation stands, from its task's cycle (done on time, late, open, overdue), or carried over.</summary>
    public async Task<IReadOnlyDictionary<Guid, RecommendationState>> StatesAsync(Inspection inspection, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var result = new Dictionary<Guid, RecommendationState>();
        if (inspection.FollowUpPlanId is not { } planId)
        {
            return result;
        }

        foreach (var unit in inspection.Recommendations.Select(r => r.OrganizationId).Distinct())
        {
            var states = await cycles.OfUnitAsync(planId, unit, DateOnly.MinValue, DateOnly.MaxValue, today, cancellationToken);
            foreach (var recommendation in inspection.Recommendations.Where(r => r.OrganizationId == unit))
            {
                if (recommendation.RemediedOn is { } remedied)
                {
                    // Closed on it: as it stood then.
                    result[recommendation.Id] = new RecommendationState(TaskStates.Of(recommendation.DueOn, remedied, today), remedied, false);
                    continue;
                }

                var cycle = states.FirstOrDefault(c => c.TaskId == recommendation.TaskId);
                result[recommendation.Id] = new RecommendationState(cycle?.State ?? TaskStates.Of(recommendation.DueOn, null, today), cycle?.CompletedOn, recommendation.CarriedOverAt is not null);
            }
        }

        return result;
    }

    public async Task CarryOverAsync(Inspection inspection, InspectionRights rights, Guid recommendationId, string? reason, CancellationToken cancellationToken)
    {
        Require(rights.Manages);
        if ((await StatesAsync(inspection, cancellationToken)).GetValueOrDefault(recommendationId) is { Settled: true, CarriedOver: false })
        {
            throw new BusinessRuleException("Kiến nghị này đơn vị đã khắc phục xong, không chuyển sang kỳ sau được.");
        }

        inspection.CarryOver(recommendationId, reason, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>Held by every step of one inspection until it is saved: two tabs or three clicks take it once.</summary>
    public Task<IAsyncDisposable> LockAsync(Guid inspectionId, CancellationToken cancellationToken) =>
        locks.AcquireAsync($"inspection:{inspectionId:N}", cancellationToken);

    public async Task CloseAsync(Inspection inspection, InspectionRights rights, string? note, CancellationToken cancellationToken)
    {
        Require(rights.Manages);
        var states = await StatesAsync(inspection, cancellationToken);
        var done = inspection.Recommendations.Where(r => r.TaskId is not null && states.TryGetValue(r.Id, out var s) && s.State is TaskState.DoneOnTime or TaskState.DoneLate && s.CompletedOn is not null)
            .ToDictionary(r => r.TaskId!.Value, r => states[r.Id].CompletedOn!.Value);
        inspection.Close(done, note, clock.GetUtcNow().UtcDateTime);
    }

    private static void Require(bool allowed)
    {
        if (!allowed)
        {
            throw new AccessDeniedException();
        }
    }

    private static string Capital(string text) => char.ToUpper(text[0], VietnameseText.Culture) + text[1..];
}

public sealed record ConclusionInput(DateOnly IssuedOn, string? Summary, string? Text, string? Place, string? SignatureAuthority, string? SignerPosition, string? SignerName, string? Recipients);

/// <param name="CarriedOver">Carried over to a later inspection: settled, whatever the task's state.</param>
public sealed record RecommendationState(TaskState State, DateOnly? CompletedOn, bool CarriedOver)
{
    public bool Settled => CarriedOver || State is TaskState.DoneOnTime or TaskState.DoneLate;

    public string Text => CarriedOver ? "Chuyển sang kỳ sau" : State.Vietnamese();

    public string Badge => CarriedOver ? "text-bg-info" : State.Badge();
}
