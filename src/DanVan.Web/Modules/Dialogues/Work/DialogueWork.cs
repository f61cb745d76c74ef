using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Dialogues.Contracts;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Petitions;
using DanVan.Web.Modules.Petitions.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Dialogues.Work;

/// <summary>
/// The steps of a dialogue, one path for every page and the demo: each checks the user's rights
/// (<see cref="DialogueAccess"/>), lets the entity change itself, asks the owning module for what is not its own
/// (a petition from Petitions, the commitments' tasks from Plans, the minutes' number from Reporting), tells the people
/// who must act, and leaves the save to the caller.
/// </summary>
public sealed class DialogueWork(AppDbContext db, INotifier notifier, IDocumentNumbers numbers, IFollowUpTasks followUp, IPetitionIntake intake, DatabaseLocks locks, TimeProvider clock)
{
    /// <summary>The kinds of unit whose head holds dialogues: Party committees and People's Committees.</summary>
    public static readonly string[] HostKinds = ["dang-uy", "ubnd"];

    public const string MinutesKind = "Biên bản";

    public const string MinutesSymbol = "BB";

    public DateOnly Today => clock.Today();

    public Task<IAsyncDisposable> LockAsync(Guid id, CancellationToken cancellationToken) => locks.AcquireAsync($"dialogue:{id:N}", cancellationToken);

    public async Task<(Dialogue Dialogue, DialogueRights Rights)?> LoadAsync(Guid id, OrgScope scope, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.Include(d => d.Organization!).ThenInclude(o => o.Kind).Include(d => d.Organization!).ThenInclude(o => o.Area).Include(d => d.CoOrganizer!).ThenInclude(o => o.Kind)
            .Include(d => d.Areas).ThenInclude(a => a.Area!).ThenInclude(a => a.Parent)
            .Include(d => d.Questions).ThenInclude(q => q.Area)
            .Include(d => d.Commitments).ThenInclude(c => c.Organization)
            .AsSplitQuery().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dialogue is null)
        {
            return null;
        }

        var rights = DialogueAccess.RightsOf(dialogue, scope);
        return rights.Views ? (dialogue, rights) : null;
    }

    /// <summary>The committees and governments the user may hold a dialogue for.</summary>
    public IQueryable<Organization> Hosts(OrgScope scope) =>
        db.Organizations.VisibleTo(scope, DialoguePermissions.Manage).Where(o => !o.IsArchived && HostKinds.Contains(o.Kind!.Code));

    /// <summary>The Fatherland Front of the host's level (same area), the one unit that may co-organize.</summary>
    public IQueryable<Organization> Fronts(Organization host) =>
        db.Organizations.Where(o => !o.IsArchived && o.AreaId == host.AreaId && o.Kind!.Code == "mttq");

    /// <summary>The areas whose people may be invited: the host's own and those below it (communes, villages).</summary>
    public IQueryable<Area> AudienceOf(Organization host) =>
        db.Areas.Where(a => a.Id == host.AreaId || a.ParentId == host.AreaId || a.Parent!.ParentId == host.AreaId);

    /// <summary>The units a commitment may be given to: the host and its branch, as the host commits its own system.</summary>
    public IQueryable<Organization> CommitmentUnits(Organization host) =>
        db.Organizations.Where(o => !o.IsArchived && (o.Id == host.Id || o.Path.StartsWith(host.Path)));

    public async Task<Dialogue> PlanAsync(OrgScope scope, Guid hostId, Guid? coOrganizerId, DialogueInput input, IReadOnlyCollection<Guid> areaIds, string by, CancellationToken cancellationToken)
    {
        var host = await Hosts(scope).Include(o => o.Kind).SingleOrDefaultAsync(o => o.Id == hostId, cancellationToken)
            ?? throw new AccessDeniedException();
        var (front, audience) = await PartsAsync(host, coOrganizerId, areaIds, cancellationToken);
        var dialogue = Dialogue.Plan(host, front, input, audience, by, clock.GetUtcNow().UtcDateTime);
        db.Dialogues.Add(dialogue);
        await TellFrontAsync(dialogue, front, cancellationToken);
        return dialogue;
    }

    public async Task EditAsync(Dialogue dialogue, DialogueRights rights, Guid? coOrganizerId, DialogueInput input, IReadOnlyCollection<Guid> areaIds, CancellationToken cancellationToken)
    {
        Require(rights.Manages);
        var before = dialogue.CoOrganizerId;
        var (front, audience) = await PartsAsync(dialogue.Organization!, coOrganizerId, areaIds, cancellationToken);
        dialogue.Edit(front, input, audience);
        if (front is not null && front.Id != before)
        {
            await TellFrontAsync(dialogue, front, cancellationToken);
        }
    }

    private async Task<(Organization? Front, IReadOnlyList<Area> Audience)> PartsAsync(Organization host, Guid? coOrganizerId, IReadOnlyCollection<Guid> areaIds, CancellationToken cancellationToken)
    {
        var front = coOrganizerId is { } co
            ? await db.Organizations.Include(o => o.Kind).SingleOrDefaultAsync(o => o.Id == co, cancellationToken) ?? throw new BusinessRuleException("Không tìm thấy đơn vị phối hợp đã chọn.")
            : null;
        var ids = areaIds.Distinct().Take(500).ToList();
        var audience = await db.Areas.Include(a => a.Parent).Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        if (audience.Count != ids.Count)
        {
            throw new BusinessRuleException("Có địa bàn đã chọn không còn trong hệ thống.");
        }

        return (front, audience);
    }

    private async Task TellFrontAsync(Dialogue dialogue, Organization? front, CancellationToken cancellationToken)
    {
        if (front is null)
        {
            return;
        }

        await notifier.NotifyUnitAsync(front.Id, DialoguePermissions.Manage, new NotificationMessage(
            $"Phối hợp tổ chức đối thoại ngày {VietnameseText.FormatDate(dialogue.HeldOn)}",
            $"{dialogue.Organization!.Name} mời {front.Name} phối hợp tổ chức đối thoại “{VietnameseText.Shorten(dialogue.Topic, 150)}” tại {dialogue.Place}, do {dialogue.ChairTitle} {dialogue.ChairName} chủ trì.",
            Link(dialogue), NoticeKinds.Dialogue), cancellationToken);
    }

    public void Hold(Dialogue dialogue, DialogueRights rights, int? participants)
    {
        Require(rights.Manages);
        dialogue.Hold(participants, Today);
    }

    public void Cancel(Dialogue dialogue, DialogueRights rights, string? reason)
    {
        Require(rights.Manages);
        dialogue.Cancel(reason);
    }

    public async Task AskAsync(Dialogue dialogue, DialogueRights rights, QuestionInput input, CancellationToken cancellationToken)
    {
        Require(rights.Records);
        var area = input.AreaId is { } areaId ? await db.Areas.SingleOrDefaultAsync(a => a.Id == areaId, cancellationToken) : null;
        dialogue.Ask(input.Text, input.AskerName, input.Consent, area, input.Answer, input.AnsweredBy);
    }

    public void Answer(Dialogue dialogue, DialogueRights rights, Guid questionId, string? answer, string? by)
    {
        Require(rights.Records);
        dialogue.Answer(questionId, answer, by);
    }

    public void RemoveQuestion(Dialogue dialogue, DialogueRights rights, Guid questionId)
    {
        Require(rights.Records);
        dialogue.RemoveQuestion(questionId);
    }

    public async Task CommitAsync(Dialogue dialogue, DialogueRights rights, string? text, Guid unitId, DateOnly? dueOn, Guid? questionId, CancellationToken cancellationToken)
    {
        Require(rights.Manages);
        var unit = await CommitmentUnits(dialogue.Organization!).SingleOrDefaultAsync(o => o.Id == unitId, cancellationToken)
            ?? throw new BusinessRuleException($"Hãy chọn đơn vị thực hiện trong hệ thống của {dialogue.Organization!.Name}.");
        dialogue.Commit(text, unit, dueOn, questionId);
    }

    public void RemoveCommitment(Dialogue dialogue, DialogueRights rights, Guid commitmentId)
    {
        Require(rights.Manages);
        dialogue.RemoveCommitment(commitmentId);
    }

    /// <summary>The question becomes a petition of the host (or the unit chosen among those serving the area), taken in at the dialogue.</summary>
    public async Task RaiseAsync(Dialogue dialogue, DialogueRights rights, Guid questionId, PetitionKind kind, string? phone, string by, CancellationToken cancellationToken)
    {
        Require(rights.Manages);
        if (DialogueNames.RaisedKinds.All(k => k.Kind != kind))
        {
            throw new BusinessRuleException("Hãy chọn loại đơn: kiến nghị, phản ánh; khiếu nại; hoặc tố cáo.");
        }

        var question = dialogue.Questions.SingleOrDefault(q => q.Id == questionId) ?? throw new BusinessRuleException("Không tìm thấy ý kiến này.");
        var areaId = question.AreaId ?? dialogue.Areas.OrderBy(a => a.Area?.Level).Select(a => a.AreaId).First();
        var raised = await intake.RaiseAsync(new RaiseRequest(areaId, dialogue.OrganizationId, kind,
            VietnameseText.Shorten(question.Text, 200), $"Nêu tại buổi đối thoại ngày {VietnameseText.FormatDate(dialogue.HeldOn)} ({dialogue.Topic}): {question.Text}",
            $"{by} (đối thoại ngày {VietnameseText.FormatDate(dialogue.HeldOn)})", question.AskerName, phone, question.AskerName is not null), cancellationToken);
        dialogue.Raised(questionId, raised.Id, raised.Code);
    }

    /// <summary>Held from before the minutes' number is taken until it is saved: one issuer numbers one document at a time.</summary>
    public Task<IAsyncDisposable> LockNumbersAsync(Guid organizationId, CancellationToken cancellationToken) =>
        locks.AcquireAsync($"document-number:{organizationId:N}", cancellationToken);

    /// <summary>
    /// Issues the minutes (under <see cref="LockNumbersAsync"/>): the host's next "BB" number, the document in the registry
    /// with the commitments as tasks of their units (told by Plans when saved), the co-organizer told.
    /// </summary>
    public async Task IssueMinutesAsync(Dialogue dialogue, DialogueRights rights, MinutesInput input, CancellationToken cancellationToken)
    {
        Require(rights.Manages);
        if (input.IssuedOn is not { } issuedOn)
        {
            throw new BusinessRuleException("Hãy nhập ngày của biên bản (dd/MM/yyyy).");
        }

        var number = await numbers.TakeAsync(dialogue.OrganizationId, MinutesSymbol, issuedOn, cancellationToken);
        for (var skipped = 0; skipped < 100 && await db.Documents.AnyAsync(d => d.Number == number.Symbol, cancellationToken); skipped++)
        {
            number = await numbers.TakeAsync(dialogue.OrganizationId, MinutesSymbol, issuedOn, cancellationToken);
        }

        FollowUpPlan? plan = null;
        var ordered = dialogue.Commitments.OrderBy(c => c.Position).ToList();
        if (ordered.Count > 0)
        {
            plan = await followUp.CreateAsync(new FollowUpRequest(
                dialogue.OrganizationId, MinutesKind, number.Symbol, issuedOn, $"Biên bản đối thoại với Nhân dân: {VietnameseText.Shorten(dialogue.Topic, 300)}",
                ordered.Select(c => new FollowUpItem($"{c.Position}", $"Thực hiện cam kết tại buổi đối thoại ngày {VietnameseText.FormatDate(dialogue.HeldOn)}: {c.Text}", c.OrganizationId, c.DueOn)).ToList(),
                dialogue.Place, dialogue.ChairName, dialogue.ChairTitle), cancellationToken);
        }

        dialogue.IssueMinutes(number.Symbol, issuedOn, input.Conclusion, plan?.PlanId, plan?.DocumentId, plan?.TaskIds ?? []);
        if (dialogue.CoOrganizerId is { } front)
        {
            await notifier.NotifyUnitAsync(front, DialoguePermissions.View, new NotificationMessage(
                $"Đã ban hành biên bản đối thoại số {number.Symbol}",
                $"{VietnameseText.Shorten(dialogue.Topic, 200)}: {ordered.Count} cam kết đã thành nhiệm vụ của các đơn vị, Mặt trận theo dõi, giám sát việc thực hiện.",
                Link(dialogue), NoticeKinds.Dialogue), cancellationToken);
        }
    }

    /// <summary>Where each commitment stands, from its unit's cycle of its task (done on time, late, in progress, overdue).</summary>
    public async Task<IReadOnlyDictionary<Guid, CommitmentState>> StatesAsync(IReadOnlyCollection<DialogueCommitment> commitments, CancellationToken cancellationToken)
    {
        var today = Today;
        var taskIds = commitments.Where(c => c.TaskId is not null).Select(c => c.TaskId!.Value).Distinct().ToList();
        var found = new List<(Guid TaskId, Guid? OrganizationId, DateOnly DueOn, DateOnly? CompletedOn)>();
        foreach (var chunk in taskIds.Chunk(500))
        {
            var rows = await db.TaskCycles.AsNoTracking().Where(c => chunk.Contains(c.Assignment!.TaskId))
                .Select(c => new { c.Assignment!.TaskId, c.Assignment.OrganizationId, c.DueOn, c.CompletedOn }).ToListAsync(cancellationToken);
            found.AddRange(rows.Select(r => (r.TaskId, r.OrganizationId, r.DueOn, r.CompletedOn)));
        }

        return commitments.ToDictionary(c => c.Id, c =>
        {
            if (c.TaskId is not { } taskId)
            {
                return new CommitmentState(null, null);
            }

            var cycle = found.Where(f => f.TaskId == taskId && f.OrganizationId == c.OrganizationId).OrderBy(f => f.DueOn).LastOrDefault();
            return cycle.TaskId == Guid.Empty
                ? new CommitmentState(TaskStates.Of(c.DueOn, null, today), null)
                : new CommitmentState(TaskStates.Of(cycle.DueOn, cycle.CompletedOn, today), cycle.CompletedOn);
        });
    }

    public static string Link(Dialogue dialogue) => $"/Dialogues/Details/{dialogue.Id}";

    private static void Require(bool allowed)
    {
        if (!allowed)
        {
            throw new AccessDeniedException();
        }
    }
}

public sealed record QuestionInput(string? Text, string? AskerName, bool Consent, Guid? AreaId, string? Answer, string? AnsweredBy);

public sealed record MinutesInput(DateOnly? IssuedOn, string? Conclusion);

/// <param name="State">Null while the minutes are not issued (the commitment is not yet a task).</param>
public sealed record CommitmentState(TaskState? State, DateOnly? CompletedOn)
{
    public string Text => State?.Vietnamese() ?? "Chưa thành nhiệm vụ (chờ biên bản)";

    public string Badge => State?.Badge() ?? "text-bg-light";
}
